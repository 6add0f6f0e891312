/**
 * The browser's chunked search gives exactly the hits of the whole index
 * (same sections, order, excerpts and scores) on the real built pages, for
 * the trainee site and the facilitator copy, while loading only part of the
 * data; and the chunk scripts the build wrote, read from disk, agree with the
 * whole index of the sections they hold.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildSearchData } from '../../src/search/build-search-index';
import { SearchEngine } from '../../src/search/search-engine';
import { headName, searchChunkFiles, type SearchHead } from '../../src/search/search-chunks';
import { editDistanceWithin } from '../../src/search/chunked-search-engine';
import { sitePages } from '../../src/search/site-search-files';
import { brokenLinks } from '../../src/offline/convert-site';
import { PROJECT_ROOT } from '../helpers/scratch-project';
import { builtSections, chunkedEngine, chunksInMemory, chunksOnDisk, readChunk, searchFilesOf } from '../helpers/search-data';

const dist = join(PROJECT_ROOT, 'dist');

/** Real queries: one word and several, whole and half-typed (prefix), misspelled (fuzzy), and some that find nothing. */
const QUERIES: Record<string, string[]> = {
  en: [
    'inspections', 'inspection visit', 'employer contributions', 'wages', 'ethics', 'confidential', 'Decree', 'payroll audit',
    'social security fund', 'gifts', 'conflict of interest', 'interview workers', 'NHIB', 'ILO',
    'insp', 'social secu', 'contrib', 'em', 'r', // prefix, down to one letter
    'inspecton', 'contribtions', 'emplyer records', 'confidentality', 'complience', 'registraton of enterprises', // misspelled
    'zzzqx', 'quantum chromodynamics', 'ຄວາມລັບ', // nothing (or another language's word)
  ],
  lo: [
    'ຄວາມລັບ', 'ການກວດກາ', 'ນາຍຈ້າງ', 'ເງິນສົມທົບ', 'ແຮງງານ', 'ປະກັນສັງຄົມ ນາຍຈ້າງ', 'ໂຄງການ', 'ອປຊ', 'ຈັນຍາບັນ', 'ຂອງຂວັນ',
    'ຈົດໝາຍ', // found inside ຈົດໝາຍເຫດ through the alternatives field
    'ກວດ', 'ເງິນ', 'ໃບ', 'ການກວ', 'ເງ', 'ກ', // prefix, words starting with a leading vowel, one letter
    'inspection', 'ILO', 'Decree', 'inspecton', // English words on Lao pages, one misspelled
    'ຂຂຂຂ', 'zzzqx', 'ILO ຄວາມລັບ ນາຍຈ້າງ',
  ],
};

const AUDIENCES = [
  { name: 'trainee site', dir: join(dist, 'site'), includeFacilitator: false, extra: [] as string[] },
  { name: 'facilitator copy', dir: join(dist, 'offline-facilitator'), includeFacilitator: true, extra: ['facilitator notes', 'debrief', 'ຜູ້ອຳນວຍຄວາມສະດວກ'] },
];

describe.each(AUDIENCES)('chunked search on the $name', ({ dir, includeFacilitator, extra }) => {
  it.each(['en', 'lo'])('gives the hits of the whole index for every query (%s)', async (lang) => {
    const data = buildSearchData(lang, sitePages(dir, lang), includeFacilitator);
    const whole = new SearchEngine(data);
    const files = searchChunkFiles(data);
    const totalBytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.contents), 0);
    const source = chunksInMemory(files);
    let queriesWithHits = 0;
    for (const query of [...QUERIES[lang], ...extra]) {
      const { engine, loaded } = chunkedEngine(source, lang);
      const expected = whole.search(query);
      const got = await engine.search(query);
      expect(got.map(({ score, ...hit }) => hit), query).toEqual(expected.map(({ score, ...hit }) => hit));
      got.forEach((hit, i) => expect(Math.abs(hit.score - expected[i].score), `${query}: score of ${hit.url}`).toBeLessThan(1e-9));
      if (expected.length) queriesWithHits++;
      // A query reads a small part of the data.
      const loadedBytes = loaded.reduce((sum, name) => sum + Buffer.byteLength(source(name)), 0);
      expect(loadedBytes, `${query}: ${loaded.length} chunks`).toBeLessThan(totalBytes / 4);
    }
    expect(queriesWithHits).toBeGreaterThan(QUERIES[lang].length / 2);
  });
});

describe('the chunks the build ships', () => {
  it.each(['en', 'lo'])('give, read from disk, the hits of the whole index of the same sections (%s)', async (lang) => {
    const site = join(dist, 'site');
    const head = readChunk(chunksOnDisk(site), headName(lang)) as SearchHead;
    const whole = new SearchEngine({ lang, vocabulary: head.vocabulary, docs: builtSections(site, lang) });
    for (const query of QUERIES[lang]) {
      const { engine } = chunkedEngine(chunksOnDisk(site), lang);
      const [expected, got] = [whole.search(query), await engine.search(query)];
      expect(got.map((hit) => [hit.url, hit.excerpt]), query).toEqual(expected.map((hit) => [hit.url, hit.excerpt]));
      got.forEach((hit, i) => expect(Math.abs(hit.score - expected[i].score), query).toBeLessThan(1e-9));
    }
  });

  it('are all in both offline copies (the broken-link check reads the heads)', () => {
    for (const copy of ['offline', 'offline-facilitator']) {
      expect(searchFilesOf(join(dist, copy), 'lo').length).toBeGreaterThan(10);
      expect(brokenLinks(join(dist, copy))).toEqual([]);
    }
  });
});

describe('edit distance for fuzzy matching', () => {
  it('counts insertions, deletions and substitutions, and stops past the limit', () => {
    expect(editDistanceWithin('inspect', 'inspect', 2)).toBe(0);
    expect(editDistanceWithin('inspecton', 'inspection', 2)).toBe(1);
    expect(editDistanceWithin('contribtion', 'contribution', 2)).toBe(1);
    expect(editDistanceWithin('xnspect', 'inspect', 1)).toBe(1);
    expect(editDistanceWithin('employer', 'emplyoer', 2)).toBe(2);
    expect(editDistanceWithin('employer', 'worker', 2)).toBe(Infinity);
  });
});
