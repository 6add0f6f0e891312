/**
 * Translation status: a Lao page records the fingerprint of its English page;
 * when the English changes the Lao page is outdated, with the sections that
 * changed; --mark-translated records the new fingerprint and nothing else.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { FixtureCopy } from '../helpers/fixture-copy';
import { PROJECT_ROOT } from '../helpers/scratch-project';
import { runScript } from '../helpers/run-process';
import { compareSections, markTranslated, MarkError, readTranslationStatuses, sourceHash } from '../../src/check/translation-status';
import { checkAfter, disposeFixture, lineWith } from './check-fixture';

afterEach(disposeFixture);

const EN = 'content/en/day-1/intro.mdx';
const LO = 'content/lo/day-1/intro.mdx';
const outdatedWarnings = (r: ReturnType<typeof checkAfter>) => r.problems.filter((p) => p.message.startsWith('the English page changed since this translation'));
const statusOf = (f: FixtureCopy, slug: string) => readTranslationStatuses(f.root).find((s) => s.slug === slug)!;

/** Run `npm run check` (scripts/check.ts) on a fixture copy. */
async function cli(f: FixtureCopy, ...args: string[]) {
  const result = await runScript(join(PROJECT_ROOT, 'scripts/check.ts'), [f.root, ...args], { cwd: f.root });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('translation status', () => {
  it('has every Lao page of the fixture up to date, as draft', () => {
    const { fixture, warnings } = checkAfter(() => {});
    expect(warnings).toBe(0);
    expect(new Set(readTranslationStatuses(fixture.root).map((s) => s.state))).toEqual(new Set(['draft']));
  });

  it('does not count line endings, trailing spaces or extra blank lines as a change', () => {
    const result = checkAfter((f) => f.edit(EN, (t) => t.replace(/\n/g, '  \r\n').replace('## What', '\r\n\r\n## What')));
    expect(outdatedWarnings(result)).toEqual([]);
    expect(sourceHash('a\r\nb  \n\n\n\nc')).toBe(sourceHash('a\nb\n\nc'));
  });

  it('makes the Lao page outdated when the English changes, naming the sections changed and added', () => {
    const result = checkAfter((f) => f.edit(EN, (t) => `${t.replace('Discuss in pairs.', 'Discuss in groups of three.')}\n## Who pays\n\nThe employer.\n`));
    const [warning] = outdatedWarnings(result);
    expect(result.errors).toBeGreaterThan(0); // the new heading also breaks the structure parity
    expect(warning).toMatchObject({ severity: 'warning', file: LO, line: lineWith(result.fixture, LO, 'source:') });
    expect(warning.message).toContain('changed "What inspection is"; added "Who pays"');
    expect(warning.fix).toContain(`npm run check -- --mark-translated ${LO}`);
    expect(statusOf(result.fixture, 'day-1/intro')).toMatchObject({ state: 'outdated', changes: { changed: ['What inspection is'], added: ['Who pays'], removed: 0 } });
  });

  it('reports a Lao page that records no English version, and a missing one', () => {
    const result = checkAfter((f) => {
      f.edit(LO, (t) => t.replace(/\n {2}source: .*\n {2}sections: .*/, ''));
      f.remove('content/lo/glossary.mdx');
    });
    expect(result.warningList).toEqual([expect.objectContaining({ file: LO, message: 'the page does not record which version of the English page it translates' })]);
    // The missing page is an error, and so is the Lao home page's link to it.
    expect(result.errorList.map((e) => e.file)).toEqual(['content/en/glossary.mdx', 'content/lo/index.mdx']);
    expect(statusOf(result.fixture, 'glossary').state).toBe('missing');
    expect(statusOf(result.fixture, 'day-1/intro')).toMatchObject({ state: 'outdated', notRecorded: true });
  });

  it('tells sections changed, added and removed apart', () => {
    const current = ['a', 'B', 'c', 'D'].map((h) => ({ heading: h, hash: h }));
    expect(compareSections(['a', 'b', 'c', 'x', 'y'], current)).toEqual({ changed: ['B', 'D'], added: [], removed: 1 });
    expect(compareSections(['a', 'c'], current)).toEqual({ changed: [], added: ['B', 'D'], removed: 0 });
  });
});

describe('--mark-translated', () => {
  it('records the new English version, changing only the source and sections lines', () => {
    const { fixture } = checkAfter((f) => f.edit(EN, (t) => t.replace('Discuss in pairs.', 'Discuss in groups of three.')));
    const before = fixture.read(LO).split('\n');
    expect(markTranslated(fixture.root, LO)).toContain(`recorded English version ${sourceHash(fixture.read(EN))}`);
    const after = fixture.read(LO).split('\n');
    const changed = after.map((line, i) => (line === before[i] ? null : line)).filter((l) => l !== null);
    expect(after).toHaveLength(before.length);
    expect(changed).toEqual([`  source: "${sourceHash(fixture.read(EN))}"`, expect.stringMatching(/^ {2}sections: \["[0-9a-f]{6}", "[0-9a-f]{6}"\]$/)]);
    expect(statusOf(fixture, 'day-1/intro').state).toBe('draft');
  });

  it('adds the fields to a one-line translation block, and keeps Windows line endings and "reviewed"', () => {
    const { fixture } = checkAfter((f) => f.edit(LO, (t) => t.replace(/translation:\n {2}status: draft\n.*\n.*\n/, 'translation: { status: reviewed, reviewedBy: "Ms Vilay, 2025-03-01" }\n').replace(/\n/g, '\r\n')));
    expect(markTranslated(fixture.root, LO)).toContain('stays "reviewed"');
    const text = fixture.read(LO);
    expect(text).toContain(`translation: { status: reviewed, reviewedBy: "Ms Vilay, 2025-03-01", source: "${sourceHash(fixture.read(EN))}", sections: [`);
    expect(text.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
    expect(statusOf(fixture, 'day-1/intro')).toMatchObject({ state: 'reviewed', reviewedBy: 'Ms Vilay, 2025-03-01' });
  });

  it('repairs a fingerprint typed without quotes (which the check reports at its line)', () => {
    const { errorList, errors, fixture } = checkAfter((f) => f.edit(LO, (t) => t.replace(/ {2}source: .*\n {2}sections: .*\n/, '  source: 123456789012\n')));
    expect(errors).toBe(1);
    expect(errorList[0]).toMatchObject({ file: LO, line: lineWith(fixture, LO, 'source:') });
    expect(errorList[0].message).toContain('frontmatter "translation.source"');
    markTranslated(fixture.root, LO);
    expect(fixture.read(LO)).toMatch(/ {2}status: draft\n {2}source: "[0-9a-f]{12}"\n {2}sections: \["[0-9a-f]{6}", "[0-9a-f]{6}"\]\n---\n/);
    expect(statusOf(fixture, 'day-1/intro').state).toBe('draft');
  });

  it('refuses an English page, and a Lao page whose sections do not match yet', () => {
    const { fixture } = checkAfter((f) => f.edit(EN, (t) => `${t}\n## Who pays\n\nThe employer.\n`));
    const before = fixture.read(LO);
    expect(() => markTranslated(fixture.root, EN)).toThrow(MarkError);
    expect(() => markTranslated(fixture.root, LO)).toThrow(/does not have the same headings and components/);
    expect(fixture.read(LO)).toBe(before);
  });

  it('works from the command line, and --translations prints the table', async () => {
    const { fixture } = checkAfter((f) => f.edit(EN, (t) => t.replace('Discuss in pairs.', 'Discuss in groups of three.')));
    const table = await cli(fixture, '--translations');
    expect(table.status).toBe(0);
    expect(table.output).toMatch(/day-1\/intro\s+outdated\s+changed "What inspection is"/);
    expect(table.output).toContain('0 missing, 1 outdated, 8 draft, 0 reviewed.');
    const bad = await cli(fixture, '--mark-translated', EN);
    expect(bad.status).toBe(1);
    expect(bad.output).toContain(`error: ${EN} is not a Lao page`);
    expect(bad.output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    const marked = await cli(fixture, '--mark-translated', LO);
    expect(marked.status).toBe(0);
    expect((await cli(fixture, '--translations')).output).toContain('0 missing, 0 outdated, 9 draft, 0 reviewed.');
  });
});
