/**
 * A build that fails must say what to fix, in which file, without a stack
 * trace, exit non-zero, and leave the previous dist/ exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratchProject, removeScratchProject } from '../helpers/scratch-project';
import { runScript } from '../helpers/run-process';

let project: string;
/** A whole build of the fixture: about a minute on a quiet machine, several on a busy one. */
const FULL_BUILD_TIMEOUT = 900_000;
const marker = 'previous good build';

function build(env: Record<string, string> = {}) {
  return runScript('scripts/build.ts', [], { cwd: project, env: { ...process.env, ...env } });
}

beforeAll(() => {
  project = makeScratchProject('minimal');
  mkdirSync(join(project, 'dist'), { recursive: true });
  writeFileSync(join(project, 'dist/build-report.json'), marker);
});
afterAll(() => removeScratchProject(project));

const edit = (file: string, change: (text: string) => string) => writeFileSync(join(project, file), change(readFileSync(join(project, file), 'utf8')));
const distUntouched = () => readFileSync(join(project, 'dist/build-report.json'), 'utf8') === marker;

describe('a failed build', () => {
  it('names the file and the fix for bad frontmatter, and keeps dist/', async () => {
    edit('content/en/day-1/intro.mdx', (t) => t.replace('title: Introduction to inspection', 'title: [unclosed'));
    const { status, output } = await build();
    expect(status).toBe(1);
    expect(output).toMatch(/error: content\/en\/day-1\/intro.mdx:[23]: YAML syntax/);
    expect(output).toContain('dist/ was left as it was');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(distUntouched()).toBe(true);
    edit('content/en/day-1/intro.mdx', (t) => t.replace('title: [unclosed', 'title: Introduction to inspection'));
  });

  it('names the quiz item whose answer names no option', async () => {
    edit('quizzes/d1-intro-check.yaml', (t) => t.replace('answer: a', 'answer: z'));
    const { status, output } = await build();
    expect(status).toBe(1);
    expect(output).toContain('quizzes/d1-intro-check.yaml:10: item "purpose": the answer "z" names no option');
    expect(distUntouched()).toBe(true);
    edit('quizzes/d1-intro-check.yaml', (t) => t.replace('answer: z', 'answer: a'));
  });

  it('names an unknown case study id and the file to create', async () => {
    edit('content/en/day-1/intro.mdx', (t) => t.replace('<CaseStudy id="small-shop" />', '<CaseStudy id="no-such-case" />'));
    const { status, output } = await build();
    expect(status).toBe(1);
    expect(output).toContain('content/en/day-1/intro.mdx');
    expect(output).toContain('create case-studies/no-such-case.yaml');
    expect(distUntouched()).toBe(true);
    edit('content/en/day-1/intro.mdx', (t) => t.replace('<CaseStudy id="no-such-case" />', '<CaseStudy id="small-shop" />'));
  });

  it('says how to install a browser when none is found, and keeps dist/', async () => {
    const { status, output } = await build({ COURSE_BROWSER: join(project, 'no-browser-here') });
    expect(status).toBe(1);
    expect(output).toContain('COURSE_BROWSER is set to');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(distUntouched()).toBe(true);
  });

  it('replaces dist/ once the content is right', async () => {
    const { status, output } = await build();
    expect(status, output).toBe(0);
    expect(distUntouched()).toBe(false);
    const report = JSON.parse(readFileSync(join(project, 'dist/build-report.json'), 'utf8'));
    expect(report.outputs.some((o: { path: string }) => o.path === 'pdf/facilitator-manual-lo.pdf')).toBe(true);
  }, FULL_BUILD_TIMEOUT);
});
