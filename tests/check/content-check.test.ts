/**
 * The content check on real content and on broken copies of a small fixture:
 * each mistake is reported with the file (and line) and nothing else is blamed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index';
import { copyFixture, type FixtureCopy } from '../helpers/fixture-copy';
import { PROJECT_ROOT } from '../helpers/scratch-project';

let fixture: FixtureCopy;
afterEach(() => fixture?.dispose());

function errorsAfter(change: (f: FixtureCopy) => void) {
  fixture = copyFixture();
  change(fixture);
  return checkContent(fixture.root).problems.filter((p) => p.severity === 'error');
}

describe('content check', () => {
  it('passes the real curriculum', () => {
    const { problems, errors } = checkContent(PROJECT_ROOT);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(errors).toBe(0);
  });

  it('passes the minimal fixture', () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it('accepts a BOM and Windows line endings', () => {
    expect(errorsAfter((f) => f.edit('quizzes/d1-intro-check.yaml', (t) => '\uFEFF' + t.replace(/\n/g, '\r\n')))).toEqual([]);
  });

  it('reports malformed YAML with its line', () => {
    const errors = errorsAfter((f) => f.edit('content/sessions/d1-intro.yaml', (t) => t.replace('duration: 60', 'duration: 60\n  bad: [unclosed')));
    expect(errors[0]).toMatchObject({ file: 'content/sessions/d1-intro.yaml' });
    expect(errors[0].message).toMatch(/YAML syntax/);
    expect(errors[0].line).toBeGreaterThanOrEqual(5);
  });

  it('reports a quiz answer that names no option', () => {
    const errors = errorsAfter((f) => f.edit('quizzes/d1-intro-check.yaml', (t) => t.replace('answer: a', 'answer: e')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'quizzes/d1-intro-check.yaml', line: 10 });
    expect(errors[0].message).toContain('the answer "e" names no option');
  });

  it('reports an unknown case study in a page, in each language', () => {
    const errors = errorsAfter((f) => {
      for (const lang of ['en', 'lo']) f.edit(`content/${lang}/day-1/intro.mdx`, (t) => t.replace('<CaseStudy id="small-shop" />', '<CaseStudy id="big-shop" />'));
    });
    expect(errors.map((e) => e.file)).toEqual(['content/en/day-1/intro.mdx', 'content/lo/day-1/intro.mdx']);
    expect(errors[0].message).toContain('there is no case-studies/big-shop.yaml');
  });

  it('reports a session that overlaps a break', () => {
    const errors = errorsAfter((f) => f.edit('content/sessions/d1-intro.yaml', (t) => t.replace('start: "08:30"', 'start: "09:30"')));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('overlaps the tea break');
    expect(errors[0].file).toBe('content/sessions/d1-intro.yaml');
  });

  it('reports a terms-of-reference item no session covers', () => {
    const errors = errorsAfter((f) => f.edit('content/sessions/d1-intro.yaml', (t) => t.replace('sop-monitoring', 'principles')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/tor-items.yaml' });
    expect(errors[0].message).toContain('"sop-monitoring"');
  });

  it('reports Thai characters in Lao text with the Lao letter meant', () => {
    const errors = errorsAfter((f) => f.edit('content/lo/day-1/intro.mdx', (t) => t.replace('ການກວດກາ ກວດເບິ່ງ', 'ການ\u0E01ວດກາ ກວດເບິ່ງ')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/lo/day-1/intro.mdx', line: 20 });
    expect(errors[0].message).toContain('probably "ກ"');
  });

  it('reports a missing Lao page', () => {
    const errors = errorsAfter((f) => f.remove('content/lo/day-1/intro.mdx'));
    expect(errors.map((e) => e.file)).toContain('content/en/day-1/intro.mdx');
    expect(errors.map((e) => e.message).join('\n')).toContain('Lao version of this page is missing');
  });

  it('reports a Lao page whose structure differs from the English one', () => {
    const errors = errorsAfter((f) => f.edit('content/lo/day-1/intro.mdx', (t) => t.replace('<RolePlay id="visit" />', '')));
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe('content/lo/day-1/intro.mdx');
    expect(errors[0].message).toContain('RolePlay:visit');
  });

  it('reports an assessment embedded in a site page', () => {
    const errors = errorsAfter((f) => {
      for (const lang of ['en', 'lo']) f.edit(`content/${lang}/day-1/intro.mdx`, (t) => `${t}\n<Quiz id="assessment" />\n`);
    });
    expect(errors.map((e) => e.message).join('\n')).toContain('the assessment "assessment" is embedded in a site page');
  });

  it('reports a session plan that does not add up', () => {
    const errors = errorsAfter((f) => f.edit('content/sessions/d1-intro.yaml', (t) => t.replace('minutes: 40', 'minutes: 45')));
    expect(errors[0].message).toContain('adds up to 65 minutes, but the session lasts 60');
  });

  it('reports an empty file and a missing Lao text', () => {
    const errors = errorsAfter((f) => {
      f.write('case-studies/role-plays/visit.yaml', '');
      f.edit('quizzes/d1-intro-check.yaml', (t) => t.replace('lo: ສະພາບອາກາດ', 'lo: ""'));
    });
    expect(errors.find((e) => e.file === 'case-studies/role-plays/visit.yaml')?.message).toBe('the file is empty');
    const lao = errors.find((e) => e.file === 'quizzes/d1-intro-check.yaml')!;
    expect(lao.message).toContain('items.0.options.1.text.lo');
    expect(lao.line).toBe(9);
  });

  it('reports an unknown field and a missing one in a session record', () => {
    const errors = errorsAfter((f) => f.edit('content/sessions/d1-intro.yaml', (t) => t.replace('duration: 60', 'durtion: 60')));
    const messages = errors.map((e) => e.message).join('\n');
    expect(messages).toContain('"duration" is missing');
    expect(messages).toContain('unknown field(s): durtion');
  });
});
