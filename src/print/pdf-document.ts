/**
 * Reading and finishing PDFs with pdf-lib: the bookmarks with their pages
 * (for the contents page numbers) and the document metadata Chromium does
 * not write (author, language, subject).
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  level: number;
  /** 1-based page number. */
  page: number;
}

/** Visit every bookmark of a PDF in document order (depth first), with its level (1 for the top). */
function eachOutlineNode(doc: PDFDocument, visit: (node: PDFDict, level: number) => void) {
  const walk = (ref: PDFRef | undefined, level: number) => {
    let node = ref ? doc.context.lookup(ref, PDFDict) : undefined;
    while (node) {
      visit(node, level);
      walk(node.get(PDFName.of('First')) as PDFRef | undefined, level + 1);
      const next = node.get(PDFName.of('Next')) as PDFRef | undefined;
      node = next ? doc.context.lookup(next, PDFDict) : undefined;
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.get(PDFName.of('First')) as PDFRef | undefined, 1);
}

const titleOf = (node: PDFDict) => (node.lookup(PDFName.of('Title')) as PDFString | PDFHexString | undefined)?.decodeText();

/** The bookmarks of a PDF in document order, each with the page it points to. */
export async function readOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  const entries: OutlineEntry[] = [];
  eachOutlineNode(doc, (node, level) => {
    const dest = node.lookup(PDFName.of('Dest'));
    const page = dest instanceof PDFArray ? pageRefs.indexOf(dest.get(0).toString()) + 1 : 0;
    entries.push({ title: titleOf(node) ?? '', level, page });
  });
  return entries;
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

export interface PdfMetadata {
  /** The headings' own texts: a bookmark whose title is one of them without its spaces gets it back (see restoreOutlineTitles). */
  headings?: string[];
  title: string;
  author: string;
  subject?: string;
  language: string;
  keywords?: string[];
}

/** Write title, author, subject and language into the PDF (the catalog's /Lang too, for screen readers). */
export async function setMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords) doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.language);
  if (meta.headings) restoreOutlineTitles(doc, meta.headings);
  doc.setCreator('LSSO social security inspection curriculum (Astro, Chromium)');
  doc.setProducer('Chromium, pdf-lib');
  return doc.save({ useObjectStreams: false });
}

/**
 * Chromium drops the space where a heading wrapped onto a second line from
 * its bookmark ("the principles" becomes "theprinciples" in the reader's
 * sidebar): each bookmark whose title equals a heading's text but for spaces
 * takes the heading's text.
 */
function restoreOutlineTitles(doc: PDFDocument, headings: string[]) {
  const key = (s: string) => s.replace(/\s+/g, '');
  const byKey = new Map(headings.map((h) => [key(h), h]));
  eachOutlineNode(doc, (node) => {
    const title = titleOf(node);
    const fixed = title === undefined ? undefined : byKey.get(key(title));
    if (fixed && fixed !== title) node.set(PDFName.of('Title'), PDFHexString.fromText(fixed));
  });
}
