/**
 * Joins printed PDFs into one (the combined facilitator pack), with one
 * bookmark per part so a facilitator can jump to the role cards or the
 * certificates. Bytes in, bytes out: the build script writes the file.
 */
import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';

export interface PdfPart {
  /** Bookmark title of the part; by default the part's own PDF title. */
  title?: string;
  pdf: Uint8Array;
}

export interface MergedPdfMetadata {
  title: string;
  author: string;
  language: string;
}

export async function mergePdfs(parts: PdfPart[], meta: MergedPdfMetadata): Promise<Uint8Array> {
  const merged = await PDFDocument.create();
  const bookmarks: { title: string; page: PDFRef }[] = [];
  for (const [index, part] of parts.entries()) {
    const source = await PDFDocument.load(part.pdf, { updateMetadata: false });
    const pages = await merged.copyPages(source, source.getPageIndices());
    pages.forEach((page) => merged.addPage(page));
    if (pages.length) bookmarks.push({ title: part.title ?? source.getTitle() ?? `Part ${index + 1}`, page: pages[0].ref });
  }
  addFlatOutline(merged, bookmarks);
  merged.setTitle(meta.title, { showInWindowTitleBar: true });
  merged.setAuthor(meta.author);
  merged.setLanguage(meta.language);
  merged.setCreator('LSSO social security inspection curriculum (Astro, Chromium)');
  merged.setProducer('Chromium, pdf-lib');
  return merged.save({ useObjectStreams: false });
}

/** One level of bookmarks, each opening its page (pdf-lib has no outline API: the objects are written by hand). */
function addFlatOutline(doc: PDFDocument, entries: { title: string; page: PDFRef }[]) {
  if (entries.length === 0) return;
  const { context } = doc;
  const outlineRef = context.nextRef();
  const itemRefs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: outlineRef,
      Dest: [entry.page, 'Fit'],
    });
    if (i > 0) item.set(PDFName.of('Prev'), itemRefs[i - 1]);
    if (i < entries.length - 1) item.set(PDFName.of('Next'), itemRefs[i + 1]);
    context.assign(itemRefs[i], item);
  });
  const outline = context.obj({ Type: 'Outlines', First: itemRefs[0], Last: itemRefs[itemRefs.length - 1] });
  outline.set(PDFName.of('Count'), PDFNumber.of(entries.length));
  context.assign(outlineRef, outline);
  doc.catalog.set(PDFName.of('Outlines'), outlineRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
