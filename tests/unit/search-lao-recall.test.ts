/**
 * Lao search recall: a word is found where the text has it inside a longer
 * word that the splitter cut elsewhere, and the chosen split still ranks first.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildSearchData } from '../../src/search/build-search-index';
import { laoAlternativeWords, segmentLaoRun } from '../../src/search/lao-segmenter';
import { SearchEngine } from '../../src/search/search-engine';
import { PROJECT_ROOT } from '../helpers/scratch-project';
import { builtSections, chunkedEngine, chunksOnDisk } from '../helpers/search-data';

const page = (url: string, title: string, body: string) => ({ url, html: `<html><body><h1 id="_top">${title}</h1><div class="sl-markdown-content">${body}</div></body></html>` });

describe('Lao words inside longer words', () => {
  // A vocabulary where the best split of ຈົດໝາຍເຫດ is ຈົດ + ໝາຍເຫດ (no unknown letters), not ຈົດໝາຍ + ເຫດ.
  const vocabulary = new Set(['ຈົດ', 'ໝາຍເຫດ', 'ຈົດໝາຍ', 'ສົ່ງ', 'ໄດ້']);

  it('lists every vocabulary word of a run, whatever the split chose', () => {
    expect(segmentLaoRun('ຈົດໝາຍເຫດ', vocabulary)).toEqual(['ຈົດ', 'ໝາຍເຫດ']);
    expect(laoAlternativeWords('ຈົດໝາຍເຫດ', vocabulary).sort()).toEqual(['ຈົດ', 'ຈົດໝາຍ', 'ໝາຍເຫດ'].sort());
  });

  it('finds ຈົດໝາຍ on the page that says ຈົດໝາຍເຫດ, after the page where the split has ຈົດໝາຍ itself', () => {
    const data = buildSearchData('lo', [
      page('/lo/notes/', 'ກ', '<p>ຈົດໝາຍເຫດ</p>'),
      page('/lo/letter/', 'ຂ', '<p>ສົ່ງຈົດໝາຍໄດ້</p>'),
    ]);
    const engine = new SearchEngine({ ...data, vocabulary: [...vocabulary] });
    const urls = engine.search('ຈົດໝາຍ').map((hit) => hit.url);
    expect(urls).toContain('/lo/notes/');
    expect(urls[0]).toBe('/lo/letter/');
  });

  it('finds ຈົດໝາຍ on the real Day 1 page that says ຈົດໝາຍເຫດ (built search data)', async () => {
    const site = join(PROJECT_ROOT, 'dist/site');
    const pagesWithLongerWord = new Set(builtSections(site, 'lo').filter((d) => d.text.includes('ຈົດໝາຍເຫດ')).map((d) => d.url.split('#')[0]));
    expect(pagesWithLongerWord.size).toBeGreaterThan(0);
    const { engine } = chunkedEngine(chunksOnDisk(site), 'lo');
    const found = new Set((await engine.search('ຈົດໝາຍ', 200)).map((hit) => hit.url.split('#')[0]));
    for (const url of pagesWithLongerWord) expect(found, url).toContain(url);
  });
});

