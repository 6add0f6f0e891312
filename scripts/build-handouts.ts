/**
 * Build steps for the facilitator pack, called by scripts/build.ts after the
 * PDFs are printed: the combined pack PDF per language, and the editable Word
 * copies. Each writes into the build's stage folder and returns the rows of
 * the build report.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { facilitatorPacks, type PrintDocument } from '../src/lib/print-documents';
import { t } from '../src/lib/i18n';
import { courseSchema } from '../src/schemas/reference-data';
import { mergePdfs } from '../src/print/merge-pdfs';
import { pageCount } from '../src/print/pdf-document';
import { htmlToDocx, makeReferenceDocx } from '../src/docx/word-copy';
import { htmlForWord } from '../src/docx/word-html';
import { createSvgRasterizer } from '../src/docx/svg-to-png';
import { launchBrowser } from '../src/print/pdf-printer';
import { sha256, type OutputCache } from '../src/print/output-cache';
import type { Lang } from '../src/schemas/common';
import { loadReportCourse } from '../src/report/make-report';
import { CLASS_SIZE, feedbackTemplate, resultsTemplate } from '../src/report/templates';

const AUTHOR = 'Lao Social Security Office and International Labour Organization';

export interface PackReportRow {
  path: string;
  kind: 'facilitator-pack';
  lang: Lang;
  audience: 'facilitator';
  pages: number;
  bytes: number;
  milliseconds: number;
  /** The handouts it joins, in order. */
  parts: string[];
}

/** One combined PDF per language of every handout already printed into `stage`. */
export async function writeFacilitatorPacks(root: string, stage: string, documents: PrintDocument[]): Promise<PackReportRow[]> {
  const course = courseSchema.parse(parse(readFileSync(join(root, 'content/course.yaml'), 'utf8')));
  const rows: PackReportRow[] = [];
  for (const pack of facilitatorPacks(documents)) {
    const started = performance.now();
    // Each part is bookmarked with the title its print page gave it.
    const parts = pack.parts.map((doc) => ({ pdf: readFileSync(join(stage, doc.output)) }));
    const pdf = await mergePdfs(parts, { title: `${t(pack.lang, 'handout.facilitatorPack')}: ${course.title[pack.lang]}`, author: AUTHOR, language: pack.lang });
    writeFileSync(join(stage, pack.output), pdf);
    rows.push({
      path: pack.output,
      kind: 'facilitator-pack',
      lang: pack.lang,
      audience: 'facilitator',
      pages: await pageCount(pdf),
      bytes: pdf.length,
      milliseconds: Math.round(performance.now() - started),
      parts: pack.parts.map((doc) => doc.output),
    });
    console.log(`  ${pack.output}: ${pack.parts.length} handouts`);
  }
  return rows;
}

export interface WordReportRow {
  path: string;
  /** The PDF printed from the same page. */
  pdf: string;
  kind: PrintDocument['kind'];
  lang: Lang;
  audience: PrintDocument['audience'];
  bytes: number;
  milliseconds: number;
  /** Whether it came from the cache (reused) or was converted by this build (made). */
  cache: 'reused' | 'made';
}

/** Where Word copies are kept between builds, and the converter's stamp (src/print/output-cache.ts). */
export interface WordCache {
  store: OutputCache;
  stamp: string;
}

/**
 * The Word copy of every document that has one, from its rendered print page
 * in `astroOut`. A copy whose page HTML is unchanged comes from the cache.
 */
export async function writeWordCopies(
  astroOut: string,
  stage: string,
  documents: PrintDocument[],
  onProgress: (done: number, total: number, path: string, how: 'reused' | 'made') => void = () => {},
  cache?: WordCache,
): Promise<WordReportRow[]> {
  const wanted = documents.filter((doc): doc is PrintDocument & { docx: string } => Boolean(doc.docx));
  const references = new Map<Lang, Uint8Array>();
  const rows: WordReportRow[] = [];
  const pages = wanted.map((doc) => readFileSync(join(astroOut, doc.route, 'index.html'), 'utf8'));
  // Keyed by what Pandoc is given (styles and links stripped), so a stylesheet change does not remake the copies.
  const keys = wanted.map((doc, i) => (cache ? sha256(`${cache.stamp}\0${doc.lang}\0${htmlForWord(pages[i])}`) : ''));
  const hits = wanted.map((_, i) => cache?.store.get(keys[i], () => undefined));
  // Flowcharts go into Word as SVG with a PNG for older Word: the PNG is drawn in the browser, opened only if a copy to make needs it.
  const needsBrowser = pages.some((html, i) => !hits[i] && html.includes('class="procedure-flowchart"'));
  const browser = needsBrowser ? await launchBrowser() : undefined;
  try {
    const rasterize = browser ? await createSvgRasterizer(browser) : undefined;
    for (const [i, doc] of wanted.entries()) {
      const started = performance.now();
      let docx = hits[i]?.bytes;
      if (!docx) {
        if (!references.has(doc.lang)) references.set(doc.lang, await makeReferenceDocx(doc.lang));
        docx = await htmlToDocx(pages[i], { reference: references.get(doc.lang)!, rasterize });
        cache?.store.put(keys[i], docx, { inputs: {}, facts: {} });
      }
      mkdirSync(dirname(join(stage, doc.docx)), { recursive: true });
      writeFileSync(join(stage, doc.docx), docx);
      const how = hits[i] ? 'reused' : 'made';
      rows.push({ path: doc.docx, pdf: doc.output, kind: doc.kind, lang: doc.lang, audience: doc.audience, bytes: docx.length, milliseconds: how === 'reused' ? 0 : Math.round(performance.now() - started), cache: how });
      onProgress(rows.length, wanted.length, doc.docx, how);
    }
  } finally {
    await browser?.close();
  }
  return rows;
}

/** The blank inputs of the training report (npm run report), made from the course's own forms: handouts/report-templates/. */
export const REPORT_TEMPLATES_DIR = 'handouts/report-templates';

export function writeReportTemplates(root: string, stage: string): string[] {
  const course = loadReportCourse(root);
  if ('problems' in course) {
    // A course whose test forms are not marked pre and post cannot have a report: say so, and build the rest.
    for (const p of course.problems) console.log(`  no training-report templates: ${p.file.replace(`${root}/`, '')}: ${p.message}`);
    return [];
  }
  const dir = join(stage, REPORT_TEMPLATES_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.csv'), resultsTemplate(course.forms, CLASS_SIZE));
  writeFileSync(join(dir, 'feedback.csv'), feedbackTemplate(course.feedback, CLASS_SIZE));
  return [`${REPORT_TEMPLATES_DIR}/results.csv`, `${REPORT_TEMPLATES_DIR}/feedback.csv`];
}
