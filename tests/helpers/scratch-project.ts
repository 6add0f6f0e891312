/**
 * A throwaway copy of the project with other content (a fixture), so tests can
 * run the real check and build on small or broken input without touching the
 * real curriculum. It lives in .scratch/ inside the project, so packages
 * resolve from the project's node_modules (a symlink confuses Vite).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CODE = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'templates', 'scripts', 'public'];
const CONTENT = ['content', 'case-studies', 'quizzes'];

/** Make a project in a temp folder with the code of this one and the content of `fixture` (a folder under tests/fixtures, or the real curriculum). */
export function makeScratchProject(fixture: string | 'real'): string {
  mkdirSync(join(PROJECT_ROOT, '.scratch'), { recursive: true });
  const dir = mkdtempSync(join(PROJECT_ROOT, '.scratch', 'project-'));
  for (const item of CODE) cpSync(join(PROJECT_ROOT, item), join(dir, item), { recursive: true });
  const from = fixture === 'real' ? PROJECT_ROOT : join(PROJECT_ROOT, 'tests/fixtures', fixture);
  for (const item of CONTENT) cpSync(join(from, item), join(dir, item), { recursive: true });
  return dir;
}

export function removeScratchProject(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
