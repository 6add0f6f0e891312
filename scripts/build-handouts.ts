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
import { createSvgRasterizer } from '../src/docx/svg-to-png';
import { launchBrowser } from '../src/print/pdf-printer';
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
}

/** The Word copy of every document that has one, from its rendered print page in `astroOut`. */
export async function writeWordCopies(
  astroOut: string,
  stage: string,
  documents: PrintDocument[],
  onProgress: (done: number, total: number, path: string) => void = () => {},
): Promise<WordReportRow[]> {
  const wanted = documents.filter((doc): doc is PrintDocument & { docx: string } => Boolean(doc.docx));
  const references = new Map<Lang, Uint8Array>();
  const rows: WordReportRow[] = [];
  const pages = wanted.map((doc) => readFileSync(join(astroOut, doc.route, 'index.html'), 'utf8'));
  // Flowcharts go into Word as SVG with a PNG for older Word: the PNG is drawn in the browser, opened only if needed.
  const browser = pages.some((html) => html.includes('class="procedure-flowchart"')) ? await launchBrowser() : undefined;
  try {
    const rasterize = browser ? await createSvgRasterizer(browser) : undefined;
    for (const [i, doc] of wanted.entries()) {
      const started = performance.now();
      if (!references.has(doc.lang)) references.set(doc.lang, await makeReferenceDocx(doc.lang));
      const docx = await htmlToDocx(pages[i], { reference: references.get(doc.lang)!, rasterize });
      mkdirSync(dirname(join(stage, doc.docx)), { recursive: true });
      writeFileSync(join(stage, doc.docx), docx);
      rows.push({ path: doc.docx, pdf: doc.output, kind: doc.kind, lang: doc.lang, audience: doc.audience, bytes: docx.length, milliseconds: Math.round(performance.now() - started) });
      onProgress(rows.length, wanted.length, doc.docx);
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
