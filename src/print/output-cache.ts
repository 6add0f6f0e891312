/**
 * Reuse of printed PDFs and Word copies between builds. Each made file is
 * stored under a hash of everything that determines it; a build reuses it
 * only when that hash matches, so the cache can never serve stale output.
 *
 * - The stamp of a step: the source of the code that makes the file (the
 *   printer or the Word converter), the versions of the packages it uses,
 *   the browser's version, and the step's settings.
 * - A Word copy's key: the stamp, the language and the print page's HTML (the
 *   only input: styles and scripts are stripped, flowcharts are inline SVG).
 * - A PDF's key: the stamp, the route and the print page's HTML; the entry
 *   also records every file the page loaded while printing (stylesheets,
 *   fonts, images, scripts) with its hash, and a hit needs each of them
 *   unchanged too. Recording what the browser actually loaded, instead of
 *   guessing it from the HTML, also covers fonts named inside stylesheets.
 *
 * Entries are files in one folder (`<key>.json` beside `<key>.pdf|docx`),
 * written under a temporary name and renamed, so a build that is killed
 * leaves no half-written entry. Any entry that cannot be read is a miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The stamp of a step: a hash of its code files (paths relative to the
 * project root), the versions of the packages it calls, and other settings.
 */
export function codeStamp(root: string, { files, packages, settings }: { files: string[]; packages: string[]; settings: unknown[] }): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0${readFileSync(join(root, file), 'utf8')}\0`);
  for (const name of packages) hash.update(`${name}@${packageVersion(root, name)}\0`);
  hash.update(JSON.stringify(settings));
  return hash.digest('hex');
}

/**
 * The installed version of a package, from node_modules here or in a folder
 * above (a scratch project inside the project uses the project's); read from
 * the file, since some packages do not export their package.json.
 */
function packageVersion(root: string, name: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error(`package ${name} is not installed (run npm ci)`);
  }
}

/** What an entry records beside the bytes. */
export interface CacheEntry {
  /** Files the output was made from, beyond its key (a PDF: what the print page loaded), each with its hash. */
  inputs: Record<string, string>;
  /** Facts worth not recomputing (a PDF's page count). */
  facts: Record<string, number>;
}

export interface CacheHit extends CacheEntry {
  bytes: Uint8Array;
}

export class OutputCache {
  /** Keys read or written by this build: the others are removed by prune(). */
  private readonly used = new Set<string>();

  /**
   * @param dir the cache folder (kept between builds, e.g. .build/cache/pdf)
   * @param extension of the stored files, e.g. ".pdf"
   * @param enabled false makes every lookup a miss (a fresh build), while still storing
   */
  constructor(
    private readonly dir: string,
    private readonly extension: string,
    private readonly enabled = true,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /**
   * The stored output for `key`, if there is one and every recorded input
   * still has the hash it had; `hashOf` gives the current hash of an input (undefined: it is missing, recorded as '').
   */
  get(key: string, hashOf: (input: string) => string | undefined): CacheHit | undefined {
    if (!this.enabled) return undefined;
    try {
      const entry = JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as CacheEntry;
      for (const [input, hash] of Object.entries(entry.inputs)) if ((hashOf(input) ?? '') !== hash) return undefined;
      const bytes = new Uint8Array(readFileSync(join(this.dir, `${key}${this.extension}`)));
      this.used.add(key);
      return { ...entry, bytes };
    } catch {
      return undefined;
    }
  }

  put(key: string, bytes: Uint8Array, entry: CacheEntry) {
    const temp = `.tmp-${process.pid}-${key}`;
    // The bytes go first: an entry whose .json exists always has its output beside it.
    writeFileSync(join(this.dir, `${temp}${this.extension}`), bytes);
    renameSync(join(this.dir, `${temp}${this.extension}`), join(this.dir, `${key}${this.extension}`));
    writeFileSync(join(this.dir, `${temp}.json`), JSON.stringify(entry));
    renameSync(join(this.dir, `${temp}.json`), join(this.dir, `${key}.json`));
    this.used.add(key);
  }

  /** Remove every entry this build did not use (the cache holds one build's outputs, not every version ever made). */
  prune(): number {
    if (!existsSync(this.dir)) return 0;
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      const key = name.replace(/\.[^.]+$/, '');
      if (this.used.has(key)) continue;
      rmSync(join(this.dir, name), { force: true });
      if (name.endsWith('.json')) removed++;
    }
    return removed;
  }
}

/**
 * Hashes of files below a folder, each read once: the files a print page
 * loads (stylesheets, fonts) are shared by every document.
 */
export function fileHasher(root: string): (path: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (path) => {
    if (!known.has(path)) {
      try {
        known.set(path, sha256(readFileSync(join(root, path))));
      } catch {
        known.set(path, undefined);
      }
    }
    return known.get(path);
  };
}
