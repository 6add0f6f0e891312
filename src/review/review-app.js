/*
 * The review copy's page script (a classic script: it runs from file:// with
 * no server). It reads window.REVIEW_DATA (review-data.js), shows each Lao
 * unit beside its English source, keeps the reviewer's decisions in
 * localStorage under a key of this course version, and exports them as one
 * JSON file through a Blob download link. Plain ES2017, no modules, no fetch.
 */
(function () {
  'use strict';
  var data = window.REVIEW_DATA;
  var KEY = 'lsso-course-review:' + data.courseVersion + ':work';
  var LANG_KEY = 'lsso-course-review:' + data.courseVersion + ':ui-language';
  var GROUP_KEY = 'lsso-course-review:' + data.courseVersion + ':part';

  // ---------------------------------------------------------------- storage
  var storageWorks = true;
  function load(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      storageWorks = false;
      return null;
    }
  }
  function store(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (e) {
      storageWorks = false;
    }
  }

  var work = { reviewer: '', units: {} };
  try {
    var saved = JSON.parse(load(KEY) || 'null');
    if (saved && typeof saved === 'object' && saved.units) work = saved;
  } catch (e) {
    /* unreadable saved work: start again */
  }
  var byId = {};
  data.units.forEach(function (u) {
    byId[u.id] = u;
  });
  // Decisions made on text that has changed since are set aside, not applied to the new text.
  var stale = 0;
  Object.keys(work.units).forEach(function (id) {
    var d = work.units[id];
    var u = byId[id];
    if (!u || u.en !== d.en || u.lo !== d.lo) {
      stale++;
      delete work.units[id];
    }
  });
  function save() {
    store(KEY, JSON.stringify(work));
  }
  if (stale) save();

  // ---------------------------------------------------------------- strings
  var lang = load(LANG_KEY) === 'en' ? 'en' : 'lo';
  function t(key, vars) {
    var text = (data.strings[lang] && data.strings[lang][key]) || data.strings.en[key] || key;
    return text.replace(/\{\{(\w+)\}\}/g, function (_, name) {
      return vars && vars[name] !== undefined ? String(vars[name]) : '';
    });
  }

  // ---------------------------------------------------------------- helpers
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') node.textContent = attrs[name];
      else if (name.slice(0, 2) === 'on') node.addEventListener(name.slice(2), attrs[name]);
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }
  function stateOf(id) {
    var d = work.units[id];
    if (!d) return 'open';
    if (d.decision === 'approved') return 'approved';
    if (d.decision === 'changed') return 'changed';
    return d.comment ? 'commented' : 'open';
  }
  function done(id) {
    var s = stateOf(id);
    return s === 'approved' || s === 'changed';
  }
  function entry(unit) {
    if (!work.units[unit.id]) work.units[unit.id] = { decision: 'none', proposed: {}, comment: '', en: unit.en, lo: unit.lo };
    return work.units[unit.id];
  }
  function tidy(unit) {
    var d = work.units[unit.id];
    if (d && d.decision === 'none' && !d.comment && !Object.keys(d.proposed || {}).length) delete work.units[unit.id];
  }

  // ---------------------------------------------------------------- SHA-256 (the export's checksum)
  function sha256(text) {
    var bytes = new TextEncoder().encode(text);
    var K = [];
    var H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var n = 2;
    while (K.length < 64) {
      var prime = true;
      for (var f = 2; f * f <= n; f++) if (n % f === 0) prime = false;
      if (prime) K.push((Math.pow(n, 1 / 3) % 1) * 4294967296 | 0);
      n++;
    }
    var length = bytes.length;
    var words = new Uint32Array((((length + 8) >> 6) + 1) * 16);
    for (var i = 0; i < length; i++) words[i >> 2] |= bytes[i] << (24 - (i % 4) * 8);
    words[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
    words[words.length - 1] = length * 8;
    words[words.length - 2] = Math.floor((length * 8) / 4294967296);
    var w = new Uint32Array(64);
    for (var block = 0; block < words.length; block += 16) {
      var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], g = H[5], h = H[6], k = H[7];
      for (var j = 0; j < 64; j++) {
        if (j < 16) w[j] = words[block + j];
        else {
          var x = w[j - 15], y = w[j - 2];
          var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
          var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
          w[j] = (w[j - 16] + s0 + w[j - 7] + s1) | 0;
        }
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var t1 = (k + S1 + ((e & g) ^ (~e & h)) + K[j] + w[j]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = h; h = g; g = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      H = [H[0] + a, H[1] + b, H[2] + c, H[3] + d, H[4] + e, H[5] + g, H[6] + h, H[7] + k].map(function (v) {
        return v | 0;
      });
    }
    return H.map(function (v) {
      return ('00000000' + (v >>> 0).toString(16)).slice(-8);
    }).join('');
  }

  // ---------------------------------------------------------------- export
  function today() {
    var d = new Date();
    var pad = function (v) {
      return (v < 10 ? '0' : '') + v;
    };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }
  function reviewFile() {
    var units = data.units
      .filter(function (u) {
        var d = work.units[u.id];
        return d && (d.decision !== 'none' || d.comment);
      })
      .map(function (u) {
        var d = work.units[u.id];
        var item = { id: u.id, decision: d.decision };
        if (d.decision === 'changed') item.proposed = d.proposed;
        if (d.comment) item.comment = d.comment;
        item.en = u.en;
        item.lo = u.lo;
        return item;
      });
    var body = { format: 'lsso-review/1', reviewer: work.reviewer.trim(), date: today(), courseVersion: data.courseVersion, units: units };
    body.checksum = sha256(JSON.stringify(body));
    return body;
  }
  function exportReview() {
    var message = document.getElementById('export-message');
    message.textContent = '';
    if (!work.reviewer.trim()) {
      message.textContent = t('review.needName');
      document.getElementById('reviewer').focus();
      return;
    }
    var review = reviewFile();
    if (!review.units.length) {
      message.textContent = t('review.nothing');
      return;
    }
    var name = 'review-' + review.reviewer.replace(/[^\w\u0E80-\u0EFF-]+/g, '-').replace(/^-+|-+$/g, '') + '-' + review.date + '.json';
    var blob = new Blob([JSON.stringify(review, null, 1)], { type: 'application/json' });
    var link = document.getElementById('download');
    if (link.href) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(blob);
    link.setAttribute('download', name);
    link.textContent = t('review.exportAgain');
    link.hidden = false;
    message.textContent = t('review.exportReady', { file: name });
    link.click();
  }

  // ---------------------------------------------------------------- resuming from an exported file
  // On another computer, or after the browser's data was cleared: read back a file this copy exported.
  function loadReview(file) {
    var message = document.getElementById('export-message');
    var reader = new FileReader();
    reader.onload = function () {
      var review;
      try {
        review = JSON.parse(String(reader.result));
      } catch (e) {
        review = null;
      }
      if (!review || review.format !== 'lsso-review/1' || !Array.isArray(review.units)) {
        message.textContent = t('review.loadBad');
        return;
      }
      if (review.courseVersion !== data.courseVersion) {
        message.textContent = t('review.loadOtherVersion', { version: review.courseVersion });
        return;
      }
      var loaded = 0;
      var skipped = 0;
      review.units.forEach(function (item) {
        var u = byId[item.id];
        if (!u || u.en !== item.en || u.lo !== item.lo) {
          skipped++;
          return;
        }
        work.units[u.id] = { decision: item.decision, proposed: item.proposed || {}, comment: item.comment || '', en: u.en, lo: u.lo };
        loaded++;
      });
      if (!work.reviewer && review.reviewer) work.reviewer = review.reviewer;
      document.getElementById('reviewer').value = work.reviewer;
      save();
      renderGroup();
      message.textContent = t('review.loaded', { count: loaded, skipped: skipped });
    };
    reader.readAsText(file);
  }

  // ---------------------------------------------------------------- rendering
  var groups = data.groups;
  var current = Math.min(groups.length - 1, Math.max(0, Number(load(GROUP_KEY)) || 0));
  var onlyOpen = false;

  function groupProgress(group) {
    var units = data.units.filter(function (u) {
      return u.group === group.id;
    });
    return { done: units.filter(function (u) { return done(u.id); }).length, total: units.length };
  }
  function groupTitle(group) {
    return lang === 'lo' ? group.title.lo || group.title.en : group.title.en;
  }

  function renderHeader() {
    document.documentElement.lang = lang;
    document.title = t('review.title');
    document.getElementById('title').textContent = t('review.title');
    document.getElementById('version').textContent = t('review.version', { version: data.courseVersion });
    document.getElementById('lead').textContent = t('review.lead');
    document.getElementById('reviewer-label').textContent = t('review.reviewer');
    document.getElementById('switch-language').textContent = t('review.switchLanguage');
    document.getElementById('export').textContent = t('review.export');
    document.getElementById('load-label').textContent = t('review.load');
    document.getElementById('group-label').textContent = t('review.group');
    document.getElementById('only-open-label').textContent = t('review.onlyOpen');
    document.getElementById('previous').textContent = t('review.previous');
    document.getElementById('next').textContent = t('review.next');
    var notes = [];
    if (stale) notes.push(t('review.stale', { count: stale }));
    if (!storageWorks) notes.push(t('review.noStorage'));
    document.getElementById('notes').textContent = notes.join(' ');
  }

  function renderProgress() {
    var total = data.units.length;
    var count = data.units.filter(function (u) { return done(u.id); }).length;
    document.getElementById('progress-text').textContent = t('review.progress', { done: count, total: total });
    var bar = document.getElementById('progress');
    bar.max = total;
    bar.value = count;
    var select = document.getElementById('group');
    groups.forEach(function (g, i) {
      var p = groupProgress(g);
      var option = select.options[i];
      option.textContent = (p.done === p.total ? '✓ ' : '') + t('review.kind.' + g.kind) + ': ' + groupTitle(g) + ' (' + p.done + '/' + p.total + ')';
    });
    var p = groupProgress(groups[current]);
    document.getElementById('group-progress').textContent = t('review.progressGroup', { done: p.done, total: p.total });
  }

  function renderGroupSelect() {
    var select = document.getElementById('group');
    select.innerHTML = '';
    groups.forEach(function (g, i) {
      select.appendChild(el('option', { value: String(i) }));
    });
    select.value = String(current);
  }

  // A field's key in words: "options.b.text" -> "Option b", "question" -> "Question".
  function keyLabel(key) {
    if (!key) return '';
    var option = /(?:^|\.)options\.([\w-]+)\.text$/.exec(key);
    if (option) return ' · ' + t('review.key.option', { id: option[1] });
    var last = key.split('.').filter(function (part) { return !/^\d+$/.test(part); }).pop();
    var words = data.strings[lang]['review.key.' + last] || data.strings.en['review.key.' + last];
    return ' · ' + (words ? words + (key.indexOf('.') === -1 ? '' : ' (' + key + ')') : key);
  }

  function textBlock(text, language) {
    return el('div', { class: 'text', lang: language, text: text });
  }

  function renderUnit(unit) {
    var state = stateOf(unit.id);
    var d = work.units[unit.id];
    var card = el('article', { class: 'unit', 'data-unit': unit.id, 'data-state': state });
    var heading = el('header', { class: 'unit-head' }, [
      el('span', { class: 'kind', text: t('review.kind.' + unit.kind) }),
      el('h3', { text: unit.label }),
      el('span', { class: 'state state-' + state, text: t('review.state.' + state) }),
    ]);
    card.appendChild(heading);
    if (unit.approvedBy && unit.approvedBy.length) card.appendChild(el('p', { class: 'earlier', text: t('review.alreadyApproved', { names: unit.approvedBy.join(', ') }) }));
    unit.fields.forEach(function (field, i) {
      var row = el('div', { class: 'pair' }, [
        el('div', { class: 'side en' }, [el('p', { class: 'side-label', text: t('review.english') + keyLabel(field.key) }), textBlock(field.en, 'en')]),
        el('div', { class: 'side lo' }, [el('p', { class: 'side-label', text: t('review.lao') + keyLabel(field.key) }), textBlock(field.lo, 'lo')]),
      ]);
      if (state === 'changed' || (d && d.editing)) {
        var id = 'fix-' + unit.id.replace(/[^\w-]/g, '_') + '-' + i;
        var area = el('textarea', { id: id, lang: 'lo', rows: String(Math.min(14, Math.max(2, Math.ceil(field.lo.length / 60) + field.lo.split('\n').length))), 'data-key': field.key });
        area.value = d.proposed && d.proposed[field.key] !== undefined ? d.proposed[field.key] : field.lo;
        area.addEventListener('input', function () {
          var e = entry(unit);
          if (area.value === field.lo) delete e.proposed[field.key];
          else e.proposed[field.key] = area.value;
          e.decision = Object.keys(e.proposed).length ? 'changed' : 'none';
          tidy(unit);
          save();
          card.setAttribute('data-state', stateOf(unit.id));
          var badge = card.querySelector('.state');
          badge.className = 'state state-' + stateOf(unit.id);
          badge.textContent = t('review.state.' + stateOf(unit.id));
          renderProgress();
        });
        row.appendChild(el('div', { class: 'fix' }, [el('label', { for: id, text: t('review.correction') + keyLabel(field.key) }), area]));
      }
      card.appendChild(row);
    });
    if (state === 'changed' || (d && d.editing)) card.appendChild(el('p', { class: 'hint', text: t('review.correctionHint') }));
    var commentId = 'comment-' + unit.id.replace(/[^\w-]/g, '_');
    var comment = el('textarea', { id: commentId, rows: '2', class: 'comment' });
    comment.value = (d && d.comment) || '';
    comment.addEventListener('input', function () {
      var e = entry(unit);
      e.comment = comment.value;
      tidy(unit);
      save();
    });
    var actions = el('div', { class: 'actions' }, [
      el('button', { type: 'button', class: 'approve', 'aria-pressed': String(state === 'approved'), text: t('review.approve'), onclick: function () {
        var e = entry(unit);
        e.decision = 'approved';
        e.proposed = {};
        e.editing = false;
        save();
        renderGroup();
      } }),
      el('button', { type: 'button', class: 'propose', 'aria-pressed': String(state === 'changed'), text: t('review.propose'), onclick: function () {
        var e = entry(unit);
        if (e.decision === 'approved') e.decision = 'none';
        e.editing = true;
        save();
        renderGroup();
        var first = document.querySelector('[data-unit="' + unit.id.replace(/"/g, '\\"') + '"] .fix textarea');
        if (first) first.focus();
      } }),
      state === 'open' && !(d && d.editing) ? null : el('button', { type: 'button', class: 'undo', text: t('review.undo'), onclick: function () {
        var e = entry(unit);
        e.decision = 'none';
        e.proposed = {};
        e.editing = false;
        tidy(unit);
        save();
        renderGroup();
      } }),
    ]);
    card.appendChild(actions);
    card.appendChild(el('div', { class: 'comment-box' }, [el('label', { for: commentId, text: t('review.comment') }), comment]));
    return card;
  }

  function renderGroup() {
    var group = groups[current];
    var list = document.getElementById('units');
    list.innerHTML = '';
    list.appendChild(el('h2', { text: groupTitle(group) }));
    var sub = (lang === 'lo' && group.title.lo ? group.title.en + ' · ' : '') + group.file;
    list.appendChild(el('p', { class: 'group-en', lang: 'en', text: sub }));
    data.units
      .filter(function (u) {
        return u.group === group.id && (!onlyOpen || !done(u.id));
      })
      .forEach(function (u) {
        list.appendChild(renderUnit(u));
      });
    document.getElementById('previous').disabled = current === 0;
    document.getElementById('next').disabled = current === groups.length - 1;
    renderProgress();
  }

  function go(index) {
    current = Math.max(0, Math.min(groups.length - 1, index));
    store(GROUP_KEY, String(current));
    document.getElementById('group').value = String(current);
    renderGroup();
    window.scrollTo(0, 0);
  }

  function renderAll() {
    renderHeader();
    renderGroupSelect();
    renderGroup();
  }

  // ---------------------------------------------------------------- wiring
  var reviewerInput = document.getElementById('reviewer');
  reviewerInput.value = work.reviewer || '';
  reviewerInput.addEventListener('input', function () {
    work.reviewer = reviewerInput.value;
    save();
  });
  document.getElementById('group').addEventListener('change', function (e) {
    go(Number(e.target.value));
  });
  document.getElementById('previous').addEventListener('click', function () {
    go(current - 1);
  });
  document.getElementById('next').addEventListener('click', function () {
    go(current + 1);
  });
  document.getElementById('only-open').addEventListener('change', function (e) {
    onlyOpen = e.target.checked;
    renderGroup();
  });
  document.getElementById('switch-language').addEventListener('click', function () {
    lang = lang === 'lo' ? 'en' : 'lo';
    store(LANG_KEY, lang);
    renderAll();
  });
  document.getElementById('export').addEventListener('click', exportReview);
  document.getElementById('load').addEventListener('change', function (e) {
    if (e.target.files && e.target.files[0]) loadReview(e.target.files[0]);
    e.target.value = '';
  });
  renderAll();
  // For tests and for anyone checking a copy: the export's content, without downloading.
  window.reviewCopy = { reviewFile: reviewFile, sha256: sha256 };
})();
