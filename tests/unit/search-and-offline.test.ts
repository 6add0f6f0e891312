import { describe, expect, it } from 'vitest';
import { segmentLaoRun, icuLaoWords } from '../../src/search/lao-segmenter';
import { tokenize } from '../../src/search/tokenize';
import { makeExcerpt } from '../../src/search/excerpt';
import { SearchEngine } from '../../src/search/search-engine';
import { buildSearchData, extractSections } from '../../src/search/build-search-index';
import { offlineUrl, isExternal } from '../../src/offline/relative-urls';

const vocabulary = new Set(['ການ', 'ກວດກາ', 'ປະກັນສັງຄົມ', 'ແມ່ນ', 'ໜ້າທີ່', 'ຂອງ', 'ສຳນັກງານ']);

describe('Lao word splitting', () => {
  it('splits a phrase with no spaces into the vocabulary’s words', () => {
    expect(segmentLaoRun('ການກວດກາປະກັນສັງຄົມແມ່ນໜ້າທີ່ຂອງສຳນັກງານ', vocabulary)).toEqual(['ການ', 'ກວດກາ', 'ປະກັນສັງຄົມ', 'ແມ່ນ', 'ໜ້າທີ່', 'ຂອງ', 'ສຳນັກງານ']);
  });
  it('keeps unknown letters together as one token, losing nothing', () => {
    const words = segmentLaoRun('ໜ້າທີ່ບັນທຶກຂອງ', vocabulary);
    expect(words).toEqual(['ໜ້າທີ່', 'ບັນທຶກ', 'ຂອງ']);
    expect(words.join('')).toBe('ໜ້າທີ່ບັນທຶກຂອງ');
  });
  it('splits the same text the same way as part of a longer one (index and query agree)', () => {
    const inText = tokenize('ສຳນັກງານປະກັນສັງຄົມ ແມ່ນໜ້າທີ່', vocabulary).map((t) => t.term);
    const query = tokenize('ແມ່ນໜ້າທີ່', vocabulary).map((t) => t.term);
    for (const term of query) expect(inText).toContain(term);
  });
  it('takes its vocabulary from ICU at build time', () => {
    expect(icuLaoWords('ການກວດກາ ປະກັນສັງຄົມ').join('')).toBe('ການກວດກາປະກັນສັງຄົມ');
  });
});

describe('tokens', () => {
  it('stems English words and lower-cases them', () => {
    expect(tokenize('Inspections of Employers', vocabulary).map((t) => t.term)).toEqual(['inspect', 'of', 'employ']);
  });
});

describe('excerpts', () => {
  it('mark matches in the text as written, escaping HTML', () => {
    const query = tokenize('ໜ້າທີ່', vocabulary);
    expect(makeExcerpt('<b> ສຳນັກງານມີໜ້າທີ່ຈະແຈ້ງ', query)).toBe('&lt;b&gt; ສຳນັກງານມີ<mark>ໜ້າທີ່</mark>ຈະແຈ້ງ');
  });
});

describe('search engine', () => {
  const page = (url: string, title: string, body: string) => ({ url, html: `<html><body><h1 id="_top">${title}</h1><div class="sl-markdown-content">${body}</div></body></html>` });
  const data = buildSearchData('lo', [
    page('/lo/a/', 'ໜ້າ ກ', '<h2 id="x">ພາກ</h2><p>ສຳນັກງານປະກັນສັງຄົມແຫ່ງຊາດ ມີໜ້າທີ່ກວດກາ</p><aside data-facilitator-only>ລັບສຳລັບວິທະຍາກອນ</aside>'),
    page('/lo/b/', 'ໜ້າ ຂ', '<p>ການຝຶກອົບຮົມ ແລະ ການປະເມີນຜົນ</p>'),
  ]);

  it('finds a Lao word in the middle of a phrase, and leaves facilitator notes out of the trainee index', () => {
    const engine = new SearchEngine(data);
    expect(engine.search('ໜ້າທີ່')[0].url).toBe('/lo/a/#x');
    expect(data.docs.map((d) => d.text).join(' ')).not.toContain('ວິທະຍາກອນ');
    expect(engine.search('ວິທະຍາກອນ').filter((hit) => hit.excerpt.includes('ວິທະຍາກອນ'))).toEqual([]);
  });

  it('keeps the text as written across bold words and links (no space added inside Lao)', () => {
    const [section] = extractSections(page('/lo/a/', 't', '<p>ສຳນັກງານມີ<strong>ໜ້າທີ່</strong>ຈະແຈ້ງ, <a href="/lo/b/">ປະກັນສັງຄົມ</a>.</p><p>ກ &amp; ຂ</p>'));
    expect(section.text).toBe('ສຳນັກງານມີໜ້າທີ່ຈະແຈ້ງ, ປະກັນສັງຄົມ. ກ & ຂ');
  });

  it('indexes facilitator notes for the facilitator copy', () => {
    const sections = extractSections(page('/lo/a/', 't', '<p>ກ</p><aside data-facilitator-only>ລັບສຳລັບວິທະຍາກອນ</aside>'), true);
    expect(sections[0].text).toContain('ວິທະຍາກອນ');
  });
});

describe('links that work from file://', () => {
  it('makes root links relative and points folders at index.html', () => {
    expect(offlineUrl('/lo/day-1/opening/', 'en/day-1/ethics/index.html')).toBe('../../../lo/day-1/opening/index.html');
    expect(offlineUrl('/en/glossary/#term-x', 'en/day-1/ethics/index.html')).toBe('../../glossary/index.html#term-x');
    expect(offlineUrl('/_astro/a.css', 'index.html')).toBe('_astro/a.css');
    expect(offlineUrl('lo/', 'index.html')).toBe('lo/index.html');
    expect(offlineUrl('/', 'lo/index.html')).toBe('../index.html');
  });
  it('leaves outside links and anchors alone', () => {
    for (const url of ['https://normlex.ilo.org/', 'mailto:a@b.c', '#top', '//cdn.example/x.js']) {
      expect(isExternal(url)).toBe(true);
      expect(offlineUrl(url, 'index.html')).toBe(url);
    }
  });
});
