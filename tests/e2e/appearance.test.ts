/**
 * What a user sees, read back from the browser: computed styles, line boxes
 * and geometry on the built site (over HTTP) and the offline copy (file://).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../src/print/pdf-printer';
import { serveDirectory, type StaticServer } from '../../src/print/static-server';
import { PROJECT_ROOT } from '../helpers/scratch-project';
import { builtSections } from '../helpers/search-data';

const dist = join(PROJECT_ROOT, 'dist');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDirectory(join(dist, 'site'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Lao words that must never be cut at a line end. */
const WHOLE_WORDS = ['ການກວດກາ', 'ປະກັນສັງຄົມ', 'ຜູ້ອອກແຮງງານ'];

async function open(url: string, options: { width?: number; theme?: 'dark' | 'light' } = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: options.width ?? 1280, height: 900 });
  if (options.theme) await page.evaluateOnNewDocument((theme) => localStorage.setItem('starlight-theme', theme), options.theme);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const copies = [
  { name: 'site over HTTP', url: (path: string) => `${server.origin}/${path}` },
  { name: 'offline copy from file://', url: (path: string) => `${pathToFileURL(join(dist, 'offline')).href}/${path}index.html` },
];

describe.each(copies)('search results look like results ($name)', ({ url }) => {
  it.each([
    { lang: 'en', query: 'owed' },
    { lang: 'lo', query: 'ການກວດກາ' },
  ])('$lang: a distinct title, a plain excerpt cut at word boundaries', async ({ lang, query }) => {
    const page = await open(url(`${lang}/`));
    await page.click('[data-open-search]');
    await page.type('course-search input', query);
    await page.waitForFunction((q) => (document.querySelector('course-search .course-search-status')?.textContent ?? '').includes(q), { timeout: 15_000 }, query);
    const results = await page.$$eval('course-search .course-search-results a', (links) =>
      links.slice(0, 8).map((a) => {
        const title = a.querySelector('.course-search-title')!;
        const excerpt = a.querySelector('.course-search-excerpt')!;
        const [ts, es, as] = [getComputedStyle(title), getComputedStyle(excerpt), getComputedStyle(a)];
        return {
          href: (a as HTMLAnchorElement).href,
          title: { weight: Number(ts.fontWeight), size: parseFloat(ts.fontSize), bottom: title.getBoundingClientRect().bottom },
          excerpt: { weight: Number(es.fontWeight), size: parseFloat(es.fontSize), top: excerpt.getBoundingClientRect().top, text: excerpt.textContent ?? '' },
          linkDecoration: as.textDecorationLine,
          excerptDecoration: es.textDecorationLine,
        };
      }),
    );
    expect(results.length).toBeGreaterThan(0);
    const data = builtSections(join(dist, 'site'), lang);
    for (const r of results) {
      expect(r.title.weight, r.href).toBeGreaterThanOrEqual(600);
      expect(r.excerpt.weight, r.href).toBeLessThan(500);
      expect(r.title.size, r.href).toBeGreaterThan(r.excerpt.size);
      expect(r.excerpt.top, `${r.href}: the excerpt starts below the title`).toBeGreaterThanOrEqual(r.title.bottom - 1);
      expect(r.linkDecoration).toBe('none');
      expect(r.excerptDecoration).toBe('none');
      // The excerpt's edges are word boundaries of the section's text.
      const shown = r.excerpt.text.replace(/^… /, '').replace(/ …$/, '');
      const section = data.find((d) => r.href.endsWith(d.url.replace(/^\//, '').replace(/#/, 'index.html#')) || r.href.endsWith(d.url.replace(/^\//, '')))
        ?? data.find((d) => d.text.includes(shown));
      expect(section, r.href).toBeDefined();
      const at = section!.text.indexOf(shown);
      expect(at, `${r.href}: "${shown.slice(0, 30)}…" is in the section`).toBeGreaterThanOrEqual(0);
      const before = section!.text[at - 1] ?? ' ';
      const after = section!.text[at + shown.length] ?? ' ';
      if (lang === 'en') {
        expect(/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(shown[0]), `starts mid-word: "…${section!.text.slice(at - 5, at + 10)}"`).toBe(false);
        expect(/[\p{L}\p{N}]/u.test(after) && /[\p{L}\p{N}]/u.test(shown.at(-1)!), `ends mid-word: "${section!.text.slice(at + shown.length - 10, at + shown.length + 5)}…"`).toBe(false);
      } else {
        // never between a consonant and its vowel sign or tone mark
        expect(/^[\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD]/.test(shown)).toBe(false);
      }
    }
    await page.close();
  });
});

/** Where each occurrence of `word` in the main content lies: the tops of its line boxes (one top: not cut at a line end). */
async function lineTopsOfWord(page: Page, word: string): Promise<number[][]> {
  return page.evaluate((word) => {
    const root = document.querySelector('.sl-markdown-content') ?? document.body;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes.map((n) => n.data).join('');
    const starts: number[] = [];
    let offset = 0;
    for (const n of nodes) {
      starts.push(offset);
      offset += n.data.length;
    }
    const locate = (i: number): [Text, number] => {
      let k = starts.length - 1;
      while (starts[k] > i) k--;
      return [nodes[k], i - starts[k]];
    };
    const found: number[][] = [];
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      const range = document.createRange();
      range.setStart(...locate(at));
      const [endNode, endOffset] = locate(at + word.length - 1);
      range.setEnd(endNode, endOffset + 1);
      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
      found.push([...new Set(tops)]);
    }
    return found;
  }, word);
}

describe('Lao words stay whole at line ends on a phone', () => {
  it.each(['lo/day-1/principles/', 'lo/day-1/legal-framework/', 'lo/glossary/'])('%s', async (path) => {
    const page = await open(`${server.origin}/${path}`, { width: 390 });
    let occurrences = 0;
    for (const word of WHOLE_WORDS) {
      const all = await lineTopsOfWord(page, word);
      occurrences += all.length;
      const cut = all.filter((tops) => tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 8);
      expect(cut.length, `${word} cut at a line end ${cut.length} time(s)`).toBe(0);
    }
    expect(occurrences).toBeGreaterThan(0);
    // Chrome that lays its label out with flexbox keeps the words together: "ໃນໜ້ານີ້" on the mobile contents button is one line, no gaps.
    const label = await page.$eval('mobile-starlight-toc summary .toggle', (toggle) => {
      const range = document.createRange();
      range.selectNodeContents(toggle);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const text = [...toggle.childNodes].filter((n) => n.nodeName !== 'svg').map((n) => n.textContent).join('');
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(toggle).font;
      probe.style.position = 'absolute';
      probe.textContent = text;
      document.body.append(probe);
      const natural = probe.getBoundingClientRect().width;
      probe.remove();
      const svg = toggle.querySelector('svg')?.getBoundingClientRect();
      const textRects = rects.filter((r) => !svg || r.right <= svg.left + 1);
      return { text, natural, width: Math.max(...textRects.map((r) => r.right)) - Math.min(...textRects.map((r) => r.left)) };
    });
    expect(label.text).toBe('ໃນໜ້ານີ້');
    expect(label.width, JSON.stringify(label)).toBeLessThanOrEqual(label.natural + 2);
    // The text reads (and copies) as written: no invisible characters were added.
    const text = await page.$eval('.sl-markdown-content', (el) => el.textContent ?? '');
    expect(text).not.toMatch(/[\u200B\u2060\u00AD]/);
    expect(text).toContain('ການກວດກາ');
    await page.close();
  });
});

/** Contrast ratio of two CSS rgb() colours (WCAG 2). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('self-check quiz', () => {
  it.each(['light', 'dark'] as const)('numbers the question, not option A; styled button; readable feedback (%s)', async (theme) => {
    const page = await open(`${server.origin}/en/day-1/principles/`, { theme });
    const item = await page.$('.quiz-item');
    const geometry = await item!.evaluate((li) => ({
      marker: getComputedStyle(li).listStyleType,
      question: li.querySelector('.quiz-question')!.getBoundingClientRect().top,
      firstOption: li.querySelector('.quiz-options li')!.getBoundingClientRect().top,
      number: getComputedStyle(li.querySelector('.quiz-question')!, '::before').content,
    }));
    expect(geometry.marker).toBe('none');
    expect(geometry.number).toMatch(/counter|"1\. "|1/);
    expect(geometry.question).toBeLessThan(geometry.firstOption);
    const button = await item!.$eval('.quiz-check', (b) => {
      const s = getComputedStyle(b);
      return { background: s.backgroundColor, color: s.color, radius: parseFloat(s.borderTopLeftRadius) };
    });
    expect(button.radius).toBeGreaterThan(0);
    expect(contrast(button.color, button.background)).toBeGreaterThanOrEqual(4.5);
    for (const pick of ['wrong', 'right'] as const) {
      await item!.evaluate((li, pick) => {
        const answer = (li as HTMLElement).dataset.answer!;
        const input = [...li.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((i) => (pick === 'right' ? i.value === answer : i.value !== answer))!;
        input.click();
        (li.querySelector('.quiz-check') as HTMLButtonElement).click();
      }, pick);
      const verdict = await item!.$eval('.quiz-verdict', (el) => {
        let bg = 'rgba(0, 0, 0, 0)';
        for (let e: Element | null = el; e && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); e = e.parentElement) bg = getComputedStyle(e).backgroundColor;
        return { text: el.textContent ?? '', color: getComputedStyle(el).color, background: bg };
      });
      expect(verdict.text).not.toMatch(/\.\.$/);
      expect(contrast(verdict.color, verdict.background), `${pick} answer feedback`).toBeGreaterThanOrEqual(4.5);
    }
    await page.close();
  });
});

describe('Lao chrome and flags', () => {
  it('shows the whole theme menu label and a verify flag of at least 13 px', async () => {
    const page = await open(`${server.origin}/lo/day-1/principles/`);
    const fits = await page.$eval('starlight-theme-select select', (select) => {
      const s = getComputedStyle(select);
      const probe = document.createElement('span');
      probe.style.font = s.font;
      probe.style.position = 'absolute';
      probe.textContent = (select as HTMLSelectElement).selectedOptions[0].textContent ?? '';
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      return { needed, room: select.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) };
    });
    expect(fits.needed, JSON.stringify(fits)).toBeLessThanOrEqual(fits.room + 1);
    expect(fits.room).toBeGreaterThan(0);
    const flagSizes = await page.$$eval('.verify-flag', (flags) => flags.map((f) => parseFloat(getComputedStyle(f).fontSize)));
    expect(flagSizes.length).toBeGreaterThan(0);
    expect(Math.min(...flagSizes)).toBeGreaterThanOrEqual(13);
    await page.close();
  });
});

describe('reference pages', () => {
  it.each(['en', 'lo'])('the agenda lists its days under "On this page" (%s)', async (lang) => {
    const page = await open(`${server.origin}/${lang}/agenda/`);
    const toc = await page.$$eval('starlight-toc a', (as) => as.map((a) => a.getAttribute('href')));
    const days = await page.$$eval('.agenda-day h2', (hs) => hs.map((h) => `#${h.id}`));
    expect(days.length).toBe(5);
    for (const day of days) expect(toc).toContain(day);
    await page.close();
  });

  it.each(['en', 'lo'])('the glossary has an index by letter whose links all land (%s)', async (lang) => {
    const page = await open(`${server.origin}/${lang}/glossary/`);
    const links = await page.$$eval('.glossary-index a', (as) => as.map((a) => ({ target: a.getAttribute('href')!, found: !!document.getElementById(a.getAttribute('href')!.slice(1)) })));
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !l.found)).toEqual([]);
    await page.close();
  });

  it('offers the same downloads in both languages, titled, with size and pages', async () => {
    const lists: Record<string, { href: string; title: string; facts: string }[]> = {};
    for (const lang of ['en', 'lo']) {
      const page = await open(`${server.origin}/${lang}/downloads/`);
      lists[lang] = await page.$$eval('.downloads-list li', (lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, title: li.querySelector('a')!.textContent!.trim(), facts: li.querySelector('.download-facts')!.textContent!.trim() })));
      await page.close();
    }
    // A book's volumes are named after it: facilitator-manual-en-day-2.pdf.
    const kindAndName = (href: string) => href.replace(/-(en|lo)(-day-\d+)?\.pdf$/, '$2');
    expect(lists.lo.map((d) => kindAndName(d.href)).sort()).toEqual(lists.en.map((d) => kindAndName(d.href)).sort());
    for (const lang of ['en', 'lo']) {
      for (const d of lists[lang]) {
        expect(d.title, d.href).not.toMatch(/\.pdf$/);
        expect(d.facts, d.href).toMatch(/^PDF · \d+(\.\d)? (KB|MB) · \d+ /);
      }
    }
    expect(lists.en.length).toBeGreaterThan(5);
    expect(lists.lo.filter((d) => !/-bilingual/.test(d.href)).every((d) => /[\u0E80-\u0EFF]/.test(d.title))).toBe(true);
  });
});
