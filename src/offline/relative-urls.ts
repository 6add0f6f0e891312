/**
 * From file:// a browser cannot resolve "/en/x/" (that is the disk root) nor
 * open a folder as a page. These pure functions turn the site's links into
 * paths relative to the file that holds them, ending in index.html.
 */
import { posix } from 'node:path';

/** Whether a URL points outside the site (or is not a location at all). */
export function isExternal(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url) || url.startsWith('#') || url === '';
}

/**
 * Rewrite `url`, found in the file `fromFile` (path relative to the site root,
 * e.g. "lo/day-1/opening/index.html"), as a relative link that works from disk.
 */
export function offlineUrl(url: string, fromFile: string): string {
  if (isExternal(url)) return url;
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url)!;
  let path = match[1];
  const hash = match[3] ?? '';
  const fromDir = posix.dirname(fromFile);
  // Resolve against the site root (absolute) or the current folder (relative).
  let target = path.startsWith('/') ? path.slice(1) : posix.join(fromDir, path);
  if (path.endsWith('/') || path === '' || target === '.' || !posix.extname(target)) {
    target = posix.join(target, 'index.html');
  }
  target = posix.normalize(target);
  let relative = posix.relative(fromDir, target);
  if (relative === '') relative = posix.basename(target);
  return relative + hash;
}
