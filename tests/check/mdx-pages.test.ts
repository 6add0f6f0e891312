/**
 * MDX mistakes that would stop (or mislead) the site build are found by the
 * check itself, with file, line and fix and no stack trace; verify markers
 * are collected however they are written, and one without a note is an
 * error, not a crash.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkAfter, disposeFixture, insertAfter, lineWith } from './check-fixture';
import { extractVerifyMarkers, verifyAnchor } from '../../src/lib/verify-markers';
import { collectRegister } from '../../src/lib/verify-register';
import { formatProblem } from '../../src/check/problem';

afterEach(disposeFixture);

const PAGE = 'content/en/day-1/intro.mdx';

/** Insert a paragraph into the fixture page and return the check's errors on that page, with the paragraph's line. */
function errorsAfterInserting(paragraph: string) {
  const result = checkAfter((f) => insertAfter(f, PAGE, '## What inspection is', paragraph));
  const line = lineWith(result.fixture, PAGE, paragraph.split('\n')[0]);
  return { errors: result.errorList.filter((p) => p.file === PAGE), line, result };
}

describe('MDX syntax found by the check', () => {
  it.each([
    ['an unclosed component', '<FacilitatorNote>\n\nAsk who has visited a workplace.', /closing tag/, /close the component/],
    ['an unbalanced brace', 'The rate is { 6 percent.', /brace|expression/, /\\\{ for a literal brace/],
    ['a literal < before a digit', 'Firms with <10 workers register too.', /before name/, /&lt;/],
  ])('%s: an error with file, line and fix', (_what, paragraph, message, fix) => {
    const { errors, line } = errorsAfterInserting(paragraph);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^MDX syntax/);
    expect(errors[0].message).toMatch(message);
    expect(errors[0].fix).toMatch(fix);
    // the unclosed component is reported where it opens, the others on their line
    expect(errors[0].line).toBe(line);
    expect(formatProblem(errors[0])).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('an {expression} naming something the page does not define', () => {
    const { errors, line } = errorsAfterInserting('Inspections per year: {inspectionsPerYear}.');
    expect(errors).toEqual([expect.objectContaining({ line, message: expect.stringContaining('"inspectionsPerYear", which the page does not define') })]);
  });

  it('a component used without an import, and an import of a missing component', () => {
    const result = checkAfter((f) => {
      insertAfter(f, PAGE, '## What inspection is', '<Glossary />');
      f.edit(PAGE, (t) => t.replace("import Verify from '@components/Verify.astro';", "import Verify from '@components/Verify.astro';\nimport Checklist from '@components/Checklist.astro';"));
    });
    const errors = result.errorList.filter((p) => p.file === PAGE).map((p) => p.message);
    expect(errors).toContain('the component <Glossary> is used but not imported: the page would not build');
    expect(errors).toContain('the import of "@components/Checklist.astro" names a file that does not exist');
  });
});

describe('verify markers', () => {
  it('are collected however they are written: note={"..."}, single quotes, self-closing, over several lines', () => {
    const source = '---\ntitle: x\n---\nA <Verify note={"Expression note"}>claim one</Verify>.\n\n<Verify note="Self closing" />\n\nB <Verify\n  note=\'Quoted\'>claim two</Verify>.\n';
    expect(extractVerifyMarkers(source)).toEqual([
      { id: verifyAnchor('Expression note'), note: 'Expression note', text: 'claim one', line: 4 },
      { id: verifyAnchor('Self closing'), note: 'Self closing', text: '', line: 6 },
      { id: verifyAnchor('Quoted'), note: 'Quoted', text: 'claim two', line: 8 },
    ]);
  });

  it('written as note={"..."} or self-closing, reach the register of the page', () => {
    const result = checkAfter((f) => insertAfter(f, PAGE, '## What inspection is', 'Fines: <Verify note={"Confirm the fine in Decree 1"}>a fine</Verify>. Deadline <Verify note="Confirm the deadline" />.'));
    expect(result.errorList).toEqual([]);
    const notes = collectRegister(result.fixture.root, 'en', []).filter((e) => e.file === PAGE).map((e) => e.note);
    expect(notes).toEqual(expect.arrayContaining(['Confirm the fine in Decree 1', 'Confirm the deadline', 'Confirm the employer rate in Law 54/NA']));
  });

  it.each([
    ['empty', '<Verify note="">6 percent</Verify>', /empty note/],
    ['missing', '<Verify>6 percent</Verify>', /has no note/],
    ['not plain text', '<Verify note={rate}>6 percent</Verify>', /not plain text/],
  ])('with a note %s is an error naming file and line', (_what, marker, message) => {
    const { errors, line } = errorsAfterInserting(`The rate is ${marker}.`);
    expect(errors.some((e) => e.line === line && message.test(e.message))).toBe(true);
  });
});
