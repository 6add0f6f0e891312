/**
 * Editable Word (DOCX) copies of the printed documents, made by Pandoc from
 * the same print HTML as the PDFs. Pandoc runs in WebAssembly (the npm package
 * pandoc-wasm), so no system Pandoc is needed. Bytes in, bytes out: the build
 * script writes the files.
 *
 * The fonts come from a reference document, made here in code: Pandoc's own
 * default reference (the styles of any DOCX it writes) with every theme font
 * replaced by named fonts, Phetsarath OT in the East Asian and complex-script
 * slots (Word sets Lao with the complex-script font) and, in Lao documents, in
 * every slot; Lao as the complex-script language; an A4 page.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Lang } from '../schemas/common';
import { WORD_FILTER, flowchartsAsImages, htmlForWord } from './word-html';

export const LAO_FONT = 'Phetsarath OT';
/** Font for Latin letters: Arial is on every Windows machine LSSO uses; Lao documents keep Phetsarath OT throughout. */
export const LATIN_FONT: Record<Lang, string> = { en: 'Arial', lo: LAO_FONT };

/** styles.xml with named fonts instead of theme fonts, Lao as the complex-script language, and room for Lao stacked marks. */
export function withCourseFonts(stylesXml: string, lang: Lang): string {
  const latin = LATIN_FONT[lang];
  const fonts = `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${LAO_FONT}" w:cs="${LAO_FONT}" />`;
  return stylesXml
    .replace(/<w:rFonts\b[^>]*(?:Theme|cstheme)="[^"]*"[^>]*\/>/g, fonts)
    .replace(/(<w:lang\b[^>]*?)w:bidi="[^"]*"/g, '$1w:bidi="lo-LA"')
    .replace(/<w:pPrDefault>\s*<w:pPr>\s*<w:spacing w:after="200" \/>/, '<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="300" w:lineRule="auto" />');
}

/** The footer part: the page number, centred (a PAGE field Word computes as it lays out, with no prompt to update). */
export const PAGE_NUMBER_FOOTER =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<w:p><w:pPr><w:jc w:val="center" /></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>';
const FOOTER_ID = 'rIdCourseFooter';

/** The body's page settings: A4 portrait, 2 cm margins (Pandoc's default reference has none, so Word falls back to Letter), the page-number footer. */
export function withA4Page(documentXml: string): string {
  const section =
    `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_ID}" /><w:pgSz w:w="11906" w:h="16838" /><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0" /></w:sectPr>`;
  return /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.test(documentXml)
    ? documentXml.replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/, section)
    : documentXml.replace('</w:body>', `${section}</w:body>`);
}

type Convert = typeof import('pandoc-wasm').convert;
let pandoc: Promise<Convert> | undefined;
/** Pandoc is loaded once, on first use (it reads a 56 MB WebAssembly file). */
function loadPandoc(): Promise<Convert> {
  pandoc ??= import('pandoc-wasm').then((module) => module.convert);
  return pandoc;
}

async function runPandoc(options: Record<string, unknown>, input: string, files: Record<string, Blob | string>): Promise<Uint8Array> {
  const convert = await loadPandoc();
  const result = await convert({ ...options, to: 'docx', 'output-file': 'out.docx' }, input, files);
  const output = result.files['out.docx'];
  if (!(output instanceof Blob)) throw new Error(`Pandoc made no DOCX: ${result.stderr.trim() || 'no message'}`);
  return new Uint8Array(await output.arrayBuffer());
}

/** The reference document for one language (see the top of this file). */
export async function makeReferenceDocx(lang: Lang): Promise<Uint8Array> {
  const base = unzipSync(await runPandoc({ from: 'markdown' }, 'Reference', {}));
  base['word/styles.xml'] = strToU8(withCourseFonts(strFromU8(base['word/styles.xml']), lang));
  base['word/document.xml'] = strToU8(withA4Page(strFromU8(base['word/document.xml'])));
  base['word/footer1.xml'] = strToU8(PAGE_NUMBER_FOOTER);
  base['word/_rels/document.xml.rels'] = strToU8(
    strFromU8(base['word/_rels/document.xml.rels']).replace(
      '</Relationships>',
      `<Relationship Id="${FOOTER_ID}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml" /></Relationships>`,
    ),
  );
  base['[Content_Types].xml'] = strToU8(
    strFromU8(base['[Content_Types].xml']).replace(
      '</Types>',
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>',
    ),
  );
  return zipSync(base);
}

/** Word asks "update the fields?" on opening when settings.xml says so: nothing here needs it. */
export function withoutUpdateFieldsPrompt(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  if (!files['word/settings.xml']) return docx;
  files['word/settings.xml'] = strToU8(strFromU8(files['word/settings.xml']).replace(/<w:updateFields\b[^>]*\/>/g, ''));
  return zipSync(files);
}

export interface WordCopyOptions {
  reference: Uint8Array;
  /** Draws an SVG image as a PNG, for Word versions before 2016 that cannot show SVG (see withPngFallbacks). */
  rasterize?: (svg: string) => Promise<Uint8Array>;
}

/**
 * Pandoc embeds an SVG image as SVG only, which Word 2013 and older show as a
 * blank box. Word itself stores an SVG picture as a PNG (read by every
 * version) with the SVG beside it (read by Word 2016 and later): this gives
 * each SVG of a DOCX that PNG, drawn by `pngOf`.
 */
export async function withPngFallbacks(docx: Uint8Array, pngOf: (svg: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  const files = unzipSync(docx);
  const svgs = Object.keys(files).filter((name) => /^word\/media\/[^/]+\.svg$/.test(name));
  if (!svgs.length) return docx;
  let rels = strFromU8(files['word/_rels/document.xml.rels']);
  let document = strFromU8(files['word/document.xml']);
  for (const name of svgs) {
    const target = name.replace(/^word\//, '');
    const svgId = new RegExp(`Id="([^"]+)" Target="${target}"`).exec(rels)?.[1];
    if (!svgId) continue;
    const pngName = name.replace(/\.svg$/, '.png');
    const pngId = `${svgId}png`;
    files[pngName] = await pngOf(strFromU8(files[name]));
    rels = rels.replace('</Relationships>', `<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Id="${pngId}" Target="${pngName.replace(/^word\//, '')}" /></Relationships>`);
    // The picture's main image becomes the PNG; the SVG stays in its extension list.
    document = document.replace(
      new RegExp(`<a:blip>(<a:extLst>(?:(?!</a:blip>).)*?r:embed="${svgId}")`, 'g'),
      `<a:blip r:embed="${pngId}">$1`,
    );
  }
  let types = strFromU8(files['[Content_Types].xml']);
  if (!/Extension="png"/.test(types)) types = types.replace('<Default ', '<Default Extension="png" ContentType="image/png" /><Default ');
  files['[Content_Types].xml'] = strToU8(types);
  files['word/_rels/document.xml.rels'] = strToU8(rels);
  files['word/document.xml'] = strToU8(document);
  return zipSync(files);
}

/**
 * A rendered print page (its HTML) as a DOCX. Books keep their printed
 * contents list as links (without the PDF's page numbers), not a Word
 * contents field, which would be empty until the reader updated it.
 */
export async function htmlToDocx(html: string, { reference, rasterize }: WordCopyOptions): Promise<Uint8Array> {
  const { html: withImages, files } = flowchartsAsImages(htmlForWord(html));
  const images = Object.fromEntries(Object.entries(files).map(([name, svg]) => [name, new Blob([svg], { type: 'image/svg+xml' })]));
  const docx = await runPandoc(
    { from: 'html', 'reference-doc': 'reference.docx', filters: ['word.lua'] },
    withImages,
    { 'reference.docx': new Blob([reference as Uint8Array<ArrayBuffer>]), 'word.lua': WORD_FILTER, ...images },
  );
  return withoutUpdateFieldsPrompt(rasterize ? await withPngFallbacks(docx, rasterize) : docx);
}
