/**
 * Words and names to avoid: the `avoid` lists of content/glossary.yaml (each
 * fixed by the entry's term) and content/lao-usage.yaml (institution names,
 * Thai false friends), checked in all text of their language: the pages, the
 * matching side of every YAML text (also content/forms.yaml and
 * content/certificate.yaml) and, for Lao, the UI strings of
 * src/content/i18n/lo.json. Also, in Lao, a course day written as a calendar
 * date (ວັນທີ 3 reads "the 3rd"; a course day is ມື້ທີ 3).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../schemas/common';
import { dataFiles, type LoadedContent } from '../load-content';
import type { Problem } from '../problem';
import { parseYaml, walkStrings } from '../yaml-file';
import { CERTIFICATE_FILE, FORMS_FILE } from '../../handouts/handout-data';

export const UI_STRINGS_LO = 'src/content/i18n/lo.json';

/** One variant to avoid and what to write instead. */
export interface Avoided {
  lang: Lang;
  variant: string;
  /** The form to use. */
  use: string;
  /** Where the rule comes from, e.g. 'glossary term "Tripartism"'. */
  from: string;
  why?: string;
}

/** Lao spacing varies and a zero-width space may be typed: compare without them. */
const squeeze = (text: string) => text.replace(/[\s\u200B]+/g, '');

/** Every variant to avoid, from the glossary and content/lao-usage.yaml. */
export function avoidedForms(content: Pick<LoadedContent, 'glossary' | 'laoUsage'>): Avoided[] {
  const list: Avoided[] = [];
  for (const entry of content.glossary?.value ?? []) {
    for (const lang of ['lo', 'en'] as const) {
      for (const variant of entry.avoid?.[lang] ?? []) list.push({ lang, variant, use: entry.term[lang], from: `the glossary term "${entry.term.en}"` });
    }
  }
  for (const entry of content.laoUsage?.value ?? []) {
    for (const variant of entry.avoid) list.push({ lang: 'lo', variant, use: entry.use.lo, from: `content/lao-usage.yaml (${entry.use.en})`, why: entry.why });
  }
  return list;
}

/** The variants a text uses (Lao compared without spaces; English whole words, any case). */
export function avoidedIn(text: string, lang: Lang, avoided: readonly Avoided[]): Avoided[] {
  const squeezed = lang === 'lo' ? squeeze(text) : '';
  return avoided.filter((a) => {
    if (a.lang !== lang) return false;
    if (lang === 'lo') return squeezed.includes(squeeze(a.variant));
    const escaped = a.variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, 'i').test(text);
  });
}

const MONTHS = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ', 'ເດືອນ'];
/** After the day number of a date: a month (maybe after a range "ຫາ 5" or "ຂອງ"), or a numeric date "1/5", "1.5.2024". */
const DATE_FOLLOWS = new RegExp(`^(?:(?:ຫາ|ແລະ|-|–)\\d{1,2})?(?:ຂອງ)?(?:${MONTHS.join('|')})|^[./-]\\d`);

/** Course days written ວັນທີ N (N from 1 to 5) that are not calendar dates. */
export function courseDaysAsDates(text: string): { found: string; day: string; index: number }[] {
  const hits: { found: string; day: string; index: number }[] = [];
  // {{day}}: a UI string that prints a course day.
  for (const m of text.matchAll(/ວັນທີ[ \u00A0\u200B]*([1-5](?!\d)|\{\{day\}\})/g)) {
    const after = squeeze(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40));
    if (!DATE_FOLLOWS.test(after)) hits.push({ found: m[0], day: m[1], index: m.index! });
  }
  return hits;
}

/** The problems in one text at one line. */
function textProblems(text: string, lang: Lang, file: string, line: number | undefined, avoided: readonly Avoided[], label = ''): Problem[] {
  const problems: Problem[] = avoidedIn(text, lang, avoided).map((a) => ({
    severity: 'error' as const,
    file,
    line,
    message: `${label}"${a.variant}" is a form to avoid (${a.from})${a.why ? `: ${a.why}` : ''}`,
    fix: `write "${a.use}" instead`,
  }));
  if (lang === 'lo') {
    for (const hit of courseDaysAsDates(text)) {
      problems.push({
        severity: 'error',
        file,
        line,
        message: `${label}"${hit.found}" reads as a calendar date${/\d/.test(hit.day) ? ` ("the ${hit.day}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<string, string>)[hit.day] ?? 'th'}")` : ''}, not a course day`,
        fix: `write "ມື້ທີ ${hit.day}" for day ${hit.day} of the course (ວັນທີ is for dates, followed by a month)`,
      });
    }
  }
  return problems;
}

/** Line by line, for a text file (a page, the UI strings). */
export function fileProblems(source: string, lang: Lang, file: string, avoided: readonly Avoided[]): Problem[] {
  return source.split('\n').flatMap((text, i) => textProblems(text, lang, file, i + 1, avoided));
}

export function checkLaoUsage(content: LoadedContent): Problem[] {
  const avoided = avoidedForms(content);
  const problems: Problem[] = [];

  // A glossary entry may not use what it tells others to avoid.
  content.glossary?.value.forEach((entry, i) => {
    for (const lang of ['lo', 'en'] as const) {
      for (const variant of entry.avoid?.[lang] ?? []) {
        if (squeeze(entry.term[lang]).includes(squeeze(variant))) {
          problems.push({ severity: 'error', file: content.glossary!.file, line: content.glossary!.yaml.lineOf([i, 'avoid', lang]), message: `the term "${entry.term[lang]}" itself contains "${variant}", which its avoid list bans`, fix: 'correct the term, or take the variant off the avoid list' });
        }
      }
    }
  });

  for (const page of content.pages) problems.push(...fileProblems(page.source, page.lang, page.file, avoided));

  const yamlTexts = (file: string, data: unknown, lineOf: (path: (string | number)[]) => number | undefined) =>
    walkStrings(data, (text, path) => {
      const lang = path[path.length - 1];
      if (lang !== 'lo' && lang !== 'en') return;
      problems.push(...textProblems(text, lang, file, lineOf(path), avoided, `${path.join('.')}: `));
    });
  for (const located of dataFiles(content)) {
    if (located === content.laoUsage) continue; // it names what to avoid
    yamlTexts(located.file, located.yaml.data, located.yaml.lineOf);
  }
  for (const file of [FORMS_FILE, CERTIFICATE_FILE]) {
    if (!existsSync(join(content.root, file))) continue; // reported by the handout inputs check
    const { parsed } = parseYaml(file, readFileSync(join(content.root, file), 'utf8'));
    if (parsed) yamlTexts(file, parsed.data, parsed.lineOf);
  }
  if (existsSync(join(content.root, UI_STRINGS_LO))) {
    problems.push(...fileProblems(readFileSync(join(content.root, UI_STRINGS_LO), 'utf8'), 'lo', UI_STRINGS_LO, avoided));
  }
  return problems;
}
