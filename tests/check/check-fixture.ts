/** Run the content check on a broken copy of the minimal fixture, and find where a text is in it. */
import { checkContent } from '../../src/check/index';
import { copyFixture, type FixtureCopy } from '../helpers/fixture-copy';

let current: FixtureCopy | undefined;

/** Dispose of the last copy (call in afterEach). */
export function disposeFixture() {
  current?.dispose();
  current = undefined;
}

/** Copy the fixture, apply a change, run the check. */
export function checkAfter(change: (f: FixtureCopy) => void) {
  current = copyFixture();
  change(current);
  const result = checkContent(current.root);
  // Editing an English page makes its Lao twin outdated: that warning is tested on its own (translations.test.ts).
  const others = result.problems.filter((p) => !p.message.startsWith('the English page changed since this translation'));
  return {
    ...result,
    fixture: current,
    errorList: result.problems.filter((p) => p.severity === 'error'),
    warningList: others.filter((p) => p.severity === 'warning'),
    others,
  };
}

/** 1-based line of the first line of a file containing `text`. */
export function lineWith(fixture: FixtureCopy, file: string, text: string): number {
  const index = fixture.read(file).split('\n').findIndex((l) => l.includes(text));
  if (index === -1) throw new Error(`"${text}" is not in ${file}`);
  return index + 1;
}

/** Add a paragraph after the first line containing `after`. */
export function insertAfter(fixture: FixtureCopy, file: string, after: string, paragraph: string) {
  fixture.edit(file, (t) => {
    const lines = t.split('\n');
    const at = lines.findIndex((l) => l.includes(after));
    if (at === -1) throw new Error(`"${after}" is not in ${file}`);
    lines.splice(at + 1, 0, '', paragraph);
    return lines.join('\n');
  });
}
