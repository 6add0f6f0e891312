/** Read a DOCX back (it is a zip of XML parts), as Word would: its paragraphs' text and its styles. */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export function docxPart(file: string | Uint8Array, part: string): string {
  const zip = unzipSync(typeof file === 'string' ? readFileSync(file) : file, { filter: (entry) => entry.name === part });
  if (!zip[part]) throw new Error(`${part} is not in the DOCX`);
  return strFromU8(zip[part]);
}

const decodeXml = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each paragraph of the body, runs joined. */
export function docxParagraphs(file: string | Uint8Array): string[] {
  const xml = docxPart(file, 'word/document.xml');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1])).join(''))
    .filter((text) => text.trim() !== '');
}

/** How many page breaks the body has. */
export function docxPageBreaks(file: string | Uint8Array): number {
  return (docxPart(file, 'word/document.xml').match(/<w:br w:type="page"\s*\/>/g) ?? []).length;
}
