/** A temp copy of a content fixture that a test may break on purpose. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './scratch-project';

export interface FixtureCopy {
  root: string;
  read(file: string): string;
  write(file: string, text: string): void;
  edit(file: string, change: (text: string) => string): void;
  remove(file: string): void;
  dispose(): void;
}

export function copyFixture(name = 'minimal'): FixtureCopy {
  const root = mkdtempSync(join(tmpdir(), 'course-fixture-'));
  cpSync(join(PROJECT_ROOT, 'tests/fixtures', name), root, { recursive: true });
  const path = (file: string) => join(root, file);
  return {
    root,
    read: (file) => readFileSync(path(file), 'utf8'),
    write: (file, text) => writeFileSync(path(file), text),
    edit: (file, change) => writeFileSync(path(file), change(readFileSync(path(file), 'utf8'))),
    remove: (file) => rmSync(path(file)),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
