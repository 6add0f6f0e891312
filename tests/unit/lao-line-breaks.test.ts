/** Lao words kept whole at line ends: the HTML transform on its own. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepLaoWordsWhole, LAO_KEEP_WHOLE } from '../../src/lib/lao-line-breaks';
import { extractSections } from '../../src/search/build-search-index';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const stripTags = (html: string) => html.replace(/<[^>]+>/g, '');

describe('keeping Lao words whole', () => {
  const page = readFileSync(join(PROJECT_ROOT, 'content/lo/day-1/principles.mdx'), 'utf8');
  const paragraph = page.split('\n').find((line) => line.includes('ການກວດກາ') && !line.startsWith('<') && !line.includes('{'))!;
  const html = `<html><head><title>ການກວດກາ</title></head><body><main><div class="sl-markdown-content"><h1 id="_top">t</h1><p title="ການກວດກາ">${paragraph}</p><pre>ການກວດກາ</pre><script>var a = "ການກວດກາ";</script></div></main></body></html>`;
  const out = keepLaoWordsWhole(html);

  it('wraps the course words of a real Lao paragraph in no-break spans, with break chances only between them', () => {
    expect(paragraph).toBeTruthy();
    expect(out).toContain('<span class="lw">ການກວດກາ</span>');
    expect(LAO_KEEP_WHOLE).toContain('ການກວດກາ');
    // no span ever opens inside another, and every <wbr> sits between two words
    expect(out).not.toMatch(/<span class="lw">[^<]*<span/);
  });

  it('adds no letter: the text, as copied or indexed, is the original', () => {
    expect(stripTags(out)).toBe(stripTags(html));
    expect(out).not.toMatch(/[\u200B\u2060]/);
    const before = extractSections({ url: '/lo/x/', html });
    const after = extractSections({ url: '/lo/x/', html: out });
    expect(after).toEqual(before);
  });

  it('leaves attributes, titles, scripts and preformatted text alone', () => {
    expect(out).toContain('<title>ການກວດກາ</title>');
    expect(out).toContain('title="ການກວດກາ"');
    expect(out).toContain('<pre>ການກວດກາ</pre>');
    expect(out).toContain('var a = "ການກວດກາ";');
  });

  it('keeps each compound ICU would cut in one span, and leaves words ICU keeps whole as plain text', () => {
    for (const word of ['ການກວດກາ', 'ຜູ້ອອກແຮງງານ', 'ນາຍຈ້າງ', 'ປະກັນສັງຄົມ']) {
      expect(keepLaoWordsWhole(`<p>${word}ແລະ${word}</p>`)).toContain(`<span class="lw">${word}</span>`);
    }
    // ICU's own word: no element added (a page must not grow by an element per word)
    expect(keepLaoWordsWhole('<p>ສັງຄົມແລະເສດຖະກິດ</p>')).toBe('<p>ສັງຄົມແລະເສດຖະກິດ</p>');
  });

  it('adds few elements to a real Lao page: a span for at most one word in four', () => {
    const source = page.replace(/^---[\s\S]*?---/, '').replace(/<[^>]+>|[{}]/g, ' ');
    const html = keepLaoWordsWhole(`<div>${source}</div>`);
    const words = (source.match(/[\u0E80-\u0EFF]+/g) ?? []).join('').length / 4; // about four letters a word
    expect((html.match(/class="lw"/g) ?? []).length).toBeLessThan(words / 4);
  });
});

describe('mending a split that cuts a compound', () => {
  it('moves the boundary out of ການກວດກາ when ICU offers ການກວດ + ກາຕາມ', async () => {
    const { keepCompoundsWhole } = await import('../../src/lib/lao-line-breaks');
    expect(keepCompoundsWhole(['ການກວດ', 'ກາຕາມ', 'ແຜນ'])).toEqual(['ການກວດກາ', 'ຕາມ', 'ແຜນ']);
    expect(keepCompoundsWhole(['ຜູ້', 'ອອກແຮງ', 'ງານ'])).toEqual(['ຜູ້ອອກແຮງງານ']);
    expect(keepCompoundsWhole(['ການກວດ', 'ພົບ'])).toEqual(['ການກວດພົບ']); // finding: a listed compound
    expect(keepCompoundsWhole(['ການກວດ', 'ສອບ'])).toEqual(['ການກວດ', 'ສອບ']); // not listed: left as ICU split it
    expect(keepLaoWordsWhole('<p>ການກວດກາຕາມແຜນ</p>')).toContain('<span class="lw">ການກວດກາ</span>');
  });
});

describe('text in a flex container', () => {
  it('wraps each changed text node in one span, so its words stay one flex item with their spaces', () => {
    const out = keepLaoWordsWhole('<button style="display:flex">ການກວດກາ ແລະ ນາຍຈ້າງ</button>');
    expect(out).toMatch(/^<button style="display:flex"><span class="lt">[^]*<\/span><\/button>$/);
    expect(out.replace(/<[^>]+>/g, '')).toBe('ການກວດກາ ແລະ ນາຍຈ້າງ');
  });
});
