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
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../lib/files';
import { shortHash } from '../lib/text';
import { isExternal, offlineUrl } from './relative-urls';
import { chunkFilesOfHead, isHeadFile, readChunkScript, type SearchHead } from '../search/search-chunks';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action'];

/** Starlight's language picker sets location.pathname, which breaks on file://; this takes over first. */
const LANGUAGE_SWITCH_SHIM = `document.addEventListener('change',function(e){var s=e.target;if(s&&s.closest&&s.closest('starlight-lang-select')){e.stopPropagation();location.href=s.value;}},true);`;

/**
 * Resolve the imports of the generated entry: site files ("/_astro/x.js")
 * from the copy on disk, and inline scripts ("inline:<n>") from the page.
 */
function pageModules(dir: string, inline: string[]): Plugin {
  return {
    name: 'page-modules',
    setup(b) {
      b.onResolve({ filter: /^inline:/ }, (args) => ({ path: args.path, namespace: 'inline' }));
      b.onLoad({ filter: /.*/, namespace: 'inline' }, (args) => ({ contents: inline[Number(args.path.slice(7))], loader: 'js', resolveDir: dir }));
      b.onResolve({ filter: /^\// }, (args) => (args.kind === 'entry-point' ? undefined : { path: join(dir, args.path) }));
    },
  };
}

/**
 * All module scripts of a page, in order, as one classic script. One bundle
 * per page (not per script) so modules they share, such as the custom
 * elements, are defined once.
 */
async function toClassicScript(dir: string, modules: { src?: string; code?: string }[]): Promise<string> {
  const inline: string[] = [];
  const entry = modules
    .map((m) => {
      if (m.src) return `import ${JSON.stringify(m.src)};`;
      inline.push(m.code!);
      return `import "inline:${inline.length - 1}";`;
    })
    .join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: dir, loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2020',
    plugins: [pageModules(dir, inline)],
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
  const classicCache = new Map<string, string>(); // the page's modules, as a key -> classic file (relative to dir)
  const classicFor = async (modules: { src?: string; code?: string }[]) => {
    const key = JSON.stringify(modules);
    let out = classicCache.get(key);
    if (!out) {
      out = `_astro/classic-${shortHash(key)}.js`;
      writeFileSync(join(dir, out), await toClassicScript(dir, modules));
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
    const moduleScripts = root.querySelectorAll('script[type=module]');
    if (moduleScripts.length) {
      const modules = moduleScripts.map((script) => {
        const src = script.getAttribute('src');
        return src ? { src: src.startsWith('/') ? src : '/' + posix.join(posix.dirname(file), src) } : { code: script.textContent };
      });
      const classic = await classicFor(modules);
      moduleScripts[0].replaceWith(parse(`<script defer src="/${classic}"></script>`).firstChild as HTMLElement);
      for (const script of moduleScripts.slice(1)) script.remove();
    }
    for (const style of root.querySelectorAll('style')) style.set_content(rewriteCss(style.textContent, file));
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

/**
 * Links in a converted copy that point to a file that is not there (for the
 * tests and the build's own check), and search chunks a search head names
 * that are not there (search loads them by adding script tags, no page links them).
 */
export function brokenLinks(dir: string): { file: string; url: string }[] {
  const broken: { file: string; url: string }[] = [];
  for (const head of existsSync(join(dir, 'search')) ? readdirSync(join(dir, 'search')).filter(isHeadFile) : []) {
    const { value } = readChunkScript(readFileSync(join(dir, 'search', head), 'utf8'));
    for (const chunk of chunkFilesOfHead(value as SearchHead)) if (!existsSync(join(dir, 'search', chunk))) broken.push({ file: `search/${head}`, url: chunk });
  }
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
