/**
 * The real `npm run build` on a scratch project stops at the new content
 * errors (a broken link, a Lao tone mark typed before its vowel): it names
 * each file and line, exits 1 without a stack trace, and leaves dist/ as it was.
 * One build run: the check fails before Astro starts, so it takes seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratchProject, removeScratchProject } from '../helpers/scratch-project';
import { runScript } from '../helpers/run-process';

let project: string;
const marker = 'previous good build';
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(project, file), change(readFileSync(join(project, file), 'utf8')));
const lineWith = (file: string, text: string) => readFileSync(join(project, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

beforeAll(() => {
  project = makeScratchProject('minimal');
  mkdirSync(join(project, 'dist'), { recursive: true });
  writeFileSync(join(project, 'dist/build-report.json'), marker);
});
afterAll(() => removeScratchProject(project));

describe('a build with broken links or broken Lao text', () => {
  it('names each file and line, exits 1 and keeps dist/', async () => {
    edit('content/en/index.mdx', (t) => t.replace('(/en/agenda/)', '(/en/agendas/)'));
    edit('content/lo/day-1/intro.mdx', (t) => t.replace('ສົນທະນາເປັນຄູ່.', 'ສົນທະນາເປັນຄູ\u0EC8\u0EB9.'));
    const result = await runScript('scripts/build.ts', [], { cwd: project });
    const output = result.output;
    expect(result.status).toBe(1);
    expect(output).toContain(`error: content/en/index.mdx:${lineWith('content/en/index.mdx', '/en/agendas/')}: the link "/en/agendas/" leads to no page`);
    expect(output).toContain(`error: content/lo/day-1/intro.mdx:${lineWith('content/lo/day-1/intro.mdx', 'ສົນທະນາເປັນຄູ')}: in "`);
    expect(output).toContain('dist/ was left as it was');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readFileSync(join(project, 'dist/build-report.json'), 'utf8')).toBe(marker);
  });
});
