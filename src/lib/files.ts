/** File listing helpers (sorted, so every output is deterministic). */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** All files below `dir` whose names end with one of `extensions`, as paths relative to `root`. */
export function listFiles(root: string, dir: string, extensions: string[]): string[] {
  const start = join(root, dir);
  if (!existsSync(start)) return [];
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) found.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(start);
  return found.sort();
}
