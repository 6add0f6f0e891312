/**
 * Terminology: content/glossary.yaml fixes the Lao term for each English one.
 * When an English page uses a glossary term, its Lao twin should use the
 * fixed Lao term. Warnings only, and kept quiet where a match is doubtful:
 * only the term itself (not the words in brackets after it), only terms of
 * two words or more or of five letters or more, whole words only. On the Lao
 * side, ການ/ຄວາມ may be dropped and "X ຂອງ Y" may have a few words between X
 * and ຂອງ (ສົນທິສັນຍາ ສະບັບເລກທີ 81 ຂອງອົງການແຮງງານສາກົນ).
 */
import type { GlossaryEntry } from '../../schemas/reference-data';
import type { LoadedContent, PageFile } from '../load-content';
import type { Problem } from '../problem';
import { frontmatterLine, headingsOf, readerText } from '../mdx-text';

interface Term {
  en: string;
  pattern: RegExp;
  /** The Lao term as the glossary writes it. */
  fixed: string;
  /** Accepted Lao forms, squeezed. */
  lo: RegExp[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The term without a bracketed addition: "Arrears (contribution arrears)" -> "Arrears". */
const mainForm = (term: string) => term.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
/** Lao spacing varies (a space may or may not separate words), and a zero-width space may be typed: compare without them. */
const squeeze = (text: string) => text.replace(/[\s\u200B]+/g, '');

function termsOf(glossary: GlossaryEntry[]): Term[] {
  return glossary.flatMap((entry) => {
    const en = mainForm(entry.term.en);
    if (!(/\s/.test(en) || en.replace(/[^A-Za-z]/g, '').length >= 5)) return [];
    // Whole words, any case, an optional plural, hyphen or space alike, either apostrophe.
    const body = escape(en).replace(/-|\s+/g, '[-\\s]+').replace(/['’]/g, "['’]");
    const pattern = new RegExp(`(?<![A-Za-z])${body}(?:s|es)?(?![A-Za-z])`, 'i');
    // The Lao term, or its parts in and out of brackets; ການ and ຄວາມ make a noun of a verb and may be dropped in a sentence.
    const whole = entry.term.lo.trim();
    const parts = [mainForm(whole), ...[...whole.matchAll(/\(([^)]+)\)/g)].map((m) => m[1].trim())];
    const forms = [...new Set([whole, ...parts].flatMap((t) => [t, t.replace(/^(ການ|ຄວາມ)/, '')]).filter((t) => t.length > 1).map(squeeze))];
    const lo = forms.map((form) => new RegExp(form.split('ຂອງ').map(escape).join('.{0,30}?ຂອງ')));
    return [{ en, pattern, fixed: whole, lo }];
  });
}

/** The section (by heading number) of a line, so the warning can point at the same section of the Lao page. */
function sectionIndex(page: PageFile, line: number): number {
  return headingsOf(page).filter((h) => h.line <= line).length;
}

export function checkTerminology(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  if (!content.glossary) return problems;
  const terms = termsOf(content.glossary.value);
  for (const en of content.pages.filter((p) => p.lang === 'en')) {
    const lo = content.pages.find((p) => p.lang === 'lo' && p.slug === en.slug);
    if (!lo) continue; // reported as a missing page
    const enChunks = readerText(en);
    const loText = squeeze(readerText(lo).map((c) => c.text).join(' '));
    const loHeadings = headingsOf(lo);
    for (const term of terms) {
      const used = enChunks.find((c) => term.pattern.test(c.text));
      if (!used || term.lo.some((t) => t.test(loText))) continue;
      const section = sectionIndex(en, used.line);
      // The same section of the Lao page; before the first heading, the title or the opening text.
      const loLine = section > 0 ? loHeadings[section - 1]?.line : used.line < en.bodyLine ? frontmatterLine(lo, 'title') : lo.bodyLine;
      problems.push({
        severity: 'warning',
        file: lo.file,
        line: loLine,
        message: `the English page uses the glossary term "${term.en}" (${en.file}:${used.line}), but this page never uses its Lao term "${term.fixed}"`,
        fix: `use "${term.fixed}" where this page speaks of "${term.en}" (content/glossary.yaml fixes the term), or change the glossary if the term is wrong`,
      });
    }
  }
  return problems;
}
