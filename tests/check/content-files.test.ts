/**
 * Files the build would not take as the author meant are check errors: a page
 * saved as .md (its facilitator notes would reach trainees), a session saved
 * as .yml (it would vanish), a backup copy of a page or a name that is not a
 * slug (published and searchable), a page of a day with no session record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, renameSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAfter, disposeFixture } from './check-fixture';

afterEach(disposeFixture);

const move = (root: string, from: string, to: string) => renameSync(join(root, from), join(root, to));

describe('content files the build would not treat as intended', () => {
  it('a page saved as .md is an error that names the file and says to rename it .mdx', () => {
    const { errorList } = checkAfter((f) => move(f.root, 'content/en/day-1/intro.mdx', 'content/en/day-1/intro.md'));
    const error = errorList.find((p) => p.file === 'content/en/day-1/intro.md');
    expect(error?.message).toMatch(/plain Markdown \(\.md\).*facilitator notes would show on the trainee site/);
    expect(error?.fix).toBe('rename it to intro.mdx');
  });

  it('a session saved as .yml is an error saying to rename it .yaml (the build reads only .yaml)', () => {
    const { errorList } = checkAfter((f) => move(f.root, 'content/sessions/d1-intro.yaml', 'content/sessions/d1-intro.yml'));
    const error = errorList.find((p) => p.file === 'content/sessions/d1-intro.yml');
    expect(error?.message).toMatch(/reads only "\.yaml" files/);
    expect(error?.fix).toBe('rename it to d1-intro.yaml');
    // Nothing is read from the .yml, as in the build: the page it pointed to is now reported as orphaned or missing its session, not silently kept.
    expect(errorList.some((p) => p.file === 'content/sessions/d1-intro.yml' && /schema|title/.test(p.message))).toBe(false);
  });

  it.each([
    ['content/en/day-1/intro copy.mdx', 'intro copy'],
    ['content/en/day-1/intro.bak.mdx', 'intro.bak'],
    ['content/en/day-1/Intro.mdx', 'Intro'],
  ])('a page named %s is an error (not a valid page name)', (file, segment) => {
    const { errorList } = checkAfter((f) => copyFileSync(join(f.root, 'content/en/day-1/intro.mdx'), join(f.root, file)));
    const error = errorList.find((p) => p.file === file);
    expect(error?.message).toContain(`"${segment}" is not a valid page name`);
  });

  it('a page whose name starts with _ is an error: the build would skip it', () => {
    const { errorList } = checkAfter((f) => move(f.root, 'content/lo/day-1/intro.mdx', 'content/lo/day-1/_intro.mdx'));
    expect(errorList.find((p) => p.file === 'content/lo/day-1/_intro.mdx')?.message).toMatch(/skips files whose name starts with "_"/);
  });

  it('a page under a day folder with no session record pointing to it is a warning', () => {
    const { warningList } = checkAfter((f) => f.write('content/en/day-1/extra.mdx', '---\ntitle: Extra\n---\n\nText.\n'));
    expect(warningList.find((p) => p.file === 'content/en/day-1/extra.mdx')?.message).toMatch(/no session record points to this page/);
  });

  it('a page in a day folder the course does not have is an error', () => {
    const { errorList } = checkAfter((f) => {
      mkdirSync(join(f.root, 'content/en/day-9'));
      f.write('content/en/day-9/extra.mdx', '---\ntitle: Extra\n---\n\nText.\n');
    });
    expect(errorList.some((p) => p.file === 'content/en/day-9/extra.mdx' && /day 9 is not in content\/course\.yaml/.test(p.message))).toBe(true);
  });

  it('the unchanged fixture has none of these problems', () => {
    const { problems } = checkAfter(() => {});
    expect(problems).toEqual([]);
  });
});

describe('schema errors', () => {
  it('every schema error of a data file or a frontmatter says how to fix it', () => {
    const { errorList } = checkAfter((f) => {
      f.edit('content/sessions/d1-intro.yaml', (t) => t.replace(/^duration: .*$/m, 'duration: ninety'));
      f.edit('content/en/day-1/intro.mdx', (t) => t.replace('session: d1-intro', 'session: 12'));
    });
    const schema = errorList.filter((p) => /expected|is missing|Expected/.test(p.message));
    expect(schema.length).toBeGreaterThanOrEqual(2);
    for (const p of schema) expect(p.fix, `${p.file}:${p.line} ${p.message}`).toMatch(/\w/);
    expect(errorList.find((p) => p.file === 'content/sessions/d1-intro.yaml')?.fix).toBe('write a number, without quotes for "duration"');
  });
});

describe('other files beside the pages', () => {
  it('an image beside its page is fine; a stray text file is an error', () => {
    const { errorList } = checkAfter((f) => {
      f.write('content/en/day-1/chart.png', 'png');
      f.write('content/en/day-1/notes.txt', 'to do');
    });
    expect(errorList.map((p) => p.file)).toEqual(['content/en/day-1/notes.txt']);
  });
});
