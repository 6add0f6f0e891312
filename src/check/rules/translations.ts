/**
 * Lao pages that are behind their English page: the English text changed
 * since the translation was recorded, or no version was ever recorded.
 * Warnings: a translation may lag while the English is being written.
 * (A missing Lao page is an error, in rules.ts.)
 */
import type { LoadedContent } from '../load-content';
import type { Problem } from '../problem';
import { frontmatterLine } from '../mdx-text';
import { describeChanges, translationStatuses } from '../translation-status';

export function checkTranslations(content: LoadedContent): Problem[] {
  return translationStatuses(content.pages)
    .filter((t) => t.state === 'outdated')
    .map((t) => {
      const lo = content.pages.find((p) => p.file === t.loFile)!;
      const line = frontmatterLine(lo, 'source', 'translation') ?? frontmatterLine(lo, 'translation');
      const mark = `npm run check -- --mark-translated ${t.loFile}`;
      return t.notRecorded
        ? { severity: 'warning', file: t.loFile, line, message: 'the page does not record which version of the English page it translates', fix: `once it matches ${t.enFile}, run: ${mark}` }
        : { severity: 'warning', file: t.loFile, line, message: `the English page changed since this translation was recorded: ${describeChanges(t)}`, fix: `update the Lao text to match ${t.enFile}, then run: ${mark}` };
    });
}
