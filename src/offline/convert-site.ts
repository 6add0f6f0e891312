/**
 * Turns a built site into a copy that works from a USB stick, opened by a
 * double click (file://, no server, no network):
 *  - every link and asset path becomes relative and ends in index.html;
 *  - module scripts (which Chromium blocks on file://) become classic scripts,
 *    bundled with esbuild;
 *  - the language switcher navigates by relative link;
 *  - module preloads and other requests a file:// page cannot make are removed.
 * Works on a copy in `dir`, in place.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../lib/files';
import { shortHash } from '../lib/text';
import { isExternal, offlineUrl } from './relative-urls';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action'];

/** Starlight's language picker sets location.pathname, which breaks on file://; this takes over first. */
const LANGUAGE_SWITCH_SHIM = `document.addEventListener('change',function(e){var s=e.target;if(s&&s.closest&&s.closest('starlight-lang-select')){e.stopPropagation();location.href=s.value;}},true);`;

/** Resolve imports of site files ("/_astro/x.js") to the copy on disk. */
function siteFiles(dir: string): Plugin {
  return {
    name: 'site-files',
    setup(b) {
      b.onResolve({ filter: /^\// }, (args) => (args.kind === 'entry-point' ? undefined : { path: join(dir, args.path) }));
      b.onResolve({ filter: /^\.\.?\// }, (args) => ({ path: join(args.resolveDir, args.path) }));
    },
  };
}

async function toClassicScript(dir: string, source: { file?: string; code?: string }): Promise<string> {
  const result = await build({
    ...(source.file ? { entryPoints: [source.file] } : { stdin: { contents: source.code!, resolveDir: dir, loader: 'js' } }),
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2020',
    plugins: [siteFiles(dir)],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function rewriteCss(css: string, cssFile: string): string {
  return css.replace(/url\((['"]?)(\/[^)'"]+)\1\)/g, (_, quote: string, url: string) => `url(${quote}${offlineUrl(url, cssFile)}${quote})`);
}

export interface ConvertReport {
  pages: number;
  scripts: number;
}

export async function convertSiteForFileUse(dir: string): Promise<ConvertReport> {
  const classicCache = new Map<string, string>(); // module source -> classic file (relative to dir)
  const classicFor = async (key: string, source: { file?: string; code?: string }) => {
    let out = classicCache.get(key);
    if (!out) {
      out = `_astro/classic-${shortHash(key)}.js`;
      writeFileSync(join(dir, out), await toClassicScript(dir, source));
      classicCache.set(key, out);
    }
    return out;
  };

  for (const file of listFiles(dir, '.', ['.css'])) {
    writeFileSync(join(dir, file), rewriteCss(readFileSync(join(dir, file), 'utf8'), file));
  }

  const htmlFiles = listFiles(dir, '.', ['.html']);
  for (const file of htmlFiles) {
    const root = parse(readFileSync(join(dir, file), 'utf8'), { comment: true });
    const head = root.querySelector('head');
    for (const el of root.querySelectorAll('link[rel=modulepreload], link[rel=sitemap], link[rel=canonical], link[rel=alternate]')) el.remove();
    for (const script of root.querySelectorAll('script[type=module]')) {
      const src = script.getAttribute('src');
      const code = script.textContent;
      const classic = src
        ? await classicFor(src, { file: join(dir, src.startsWith('/') ? src.slice(1) : posix.join(posix.dirname(file), src)) })
        : await classicFor(code, { code });
      const replacement = parse(`<script defer src="${offlineUrl('/' + classic, file)}"></script>`).firstChild as HTMLElement;
      script.replaceWith(replacement);
    }
    for (const el of root.querySelectorAll('*')) {
      for (const attribute of URL_ATTRIBUTES) {
        const value = el.getAttribute(attribute);
        if (value !== undefined && !isExternal(value)) el.setAttribute(attribute, offlineUrl(value, file));
      }
      if (el.tagName === 'OPTION' && el.closest('starlight-lang-select')) {
        const value = el.getAttribute('value');
        if (value) el.setAttribute('value', offlineUrl(value, file));
      }
      const style = el.getAttribute('style');
      if (style?.includes('url(')) el.setAttribute('style', rewriteCss(style, file));
    }
    if (head && root.querySelector('starlight-lang-select')) head.insertAdjacentHTML('beforeend', `<script>${LANGUAGE_SWITCH_SHIM}</script>`);
    writeFileSync(join(dir, file), root.toString());
  }
  return { pages: htmlFiles.length, scripts: classicCache.size };
}

/** Links in a converted copy that point to a file that is not there (for the tests and the build's own check). */
export function brokenLinks(dir: string): { file: string; url: string }[] {
  const broken: { file: string; url: string }[] = [];
  for (const file of listFiles(dir, '.', ['.html'])) {
    const root = parse(readFileSync(join(dir, file), 'utf8'));
    for (const el of root.querySelectorAll('[href], [src]')) {
      const url = el.getAttribute('href') ?? el.getAttribute('src')!;
      if (isExternal(url)) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), url.replace(/[?#].*$/, '')));
      if (!existsSync(join(dir, target))) broken.push({ file, url });
    }
  }
  return broken;
}
