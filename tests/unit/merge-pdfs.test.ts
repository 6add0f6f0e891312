/** The combined facilitator pack: parts joined in order, one bookmark each, metadata of its own. */
import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { mergePdfs } from '../../src/print/merge-pdfs';
import { pageCount, readOutline } from '../../src/print/pdf-document';

async function pdfWithPages(title: string, texts: string[], size: [number, number] = [595, 842]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of texts) doc.addPage(size).drawText(text, { x: 50, y: 700, font, size: 12 });
  doc.setTitle(title);
  return doc.save();
}

describe('mergePdfs', () => {
  it('joins the parts in order with a bookmark on the first page of each, named by the part or its own title', async () => {
    const agenda = await pdfWithPages('Course agenda', ['Day 1', 'Day 2']);
    const plans = await pdfWithPages('Session plans', ['Opening']);
    const certificates = await pdfWithPages('Certificates', ['Khamla', 'Bouaphanh'], [842, 595]);
    const merged = await mergePdfs([{ pdf: agenda }, { title: 'ແຜນການສອນ', pdf: plans }, { pdf: certificates }], { title: 'Facilitator pack', author: 'LSSO', language: 'lo' });

    expect(await pageCount(merged)).toBe(5);
    expect(await readOutline(merged)).toEqual([
      { title: 'Course agenda', level: 1, page: 1 },
      { title: 'ແຜນການສອນ', level: 1, page: 3 },
      { title: 'Certificates', level: 1, page: 4 },
    ]);
    const doc = await PDFDocument.load(merged);
    expect(doc.getTitle()).toBe('Facilitator pack');
    expect(doc.getPage(4).getSize()).toEqual({ width: 842, height: 595 }); // landscape certificates stay landscape
  });
});
