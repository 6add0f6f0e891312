/**
 * The search dialog's script, bundled into one classic script
 * (search/search-client.js) so it runs from file:// as well as over HTTP.
 * It loads the search data of the page's language the same way, chunk by
 * chunk, each a classic script added to the page: nothing is fetched.
 */
import type { SearchHit } from '../search-engine';
import { ChunkedSearchEngine } from '../chunked-search-engine';
import { CHUNKS_GLOBAL, headName, type SearchHead } from '../search-chunks';

declare global {
  interface Window {
    __courseSearchChunks?: Record<string, unknown>;
    __courseSearchOpen?: (root: HTMLElement) => void;
  }
}

const scriptBase = (document.currentScript as HTMLScriptElement).src.replace(/[^/]*$/, '');
const siteRoot = scriptBase.replace(/search\/$/, '');
const chunks: Record<string, Promise<unknown>> = {};
const engines: Record<string, Promise<ChunkedSearchEngine>> = {};

/** One chunk script of search/ (loaded once; a failed load is tried again next time). */
function loadChunk(name: string): Promise<unknown> {
  chunks[name] ??= new Promise((resolve, reject) => {
    const registered = () => window[CHUNKS_GLOBAL]?.[name];
    if (registered()) return resolve(registered());
    const script = document.createElement('script');
    script.src = `${scriptBase}${name}.js`;
    script.onload = () => (registered() ? resolve(registered()) : reject(new Error(`search/${name}.js registered nothing`)));
    script.onerror = () => {
      delete chunks[name];
      script.remove();
      reject(new Error(`search/${name}.js did not load`));
    };
    document.head.append(script);
  });
  return chunks[name];
}

function loadEngine(lang: string): Promise<ChunkedSearchEngine> {
  engines[lang] ??= loadChunk(headName(lang)).then((head) => new ChunkedSearchEngine(head as SearchHead, loadChunk));
  engines[lang].catch(() => delete engines[lang]);
  return engines[lang];
}

/** Where a result points: the site root plus its path; from file://, folders need their index.html. */
function hrefOf(url: string): string {
  const [path, anchor] = url.replace(/^\//, '').split('#');
  const file = location.protocol === 'file:' && (path === '' || path.endsWith('/')) ? `${path}index.html` : path;
  return siteRoot + file + (anchor ? `#${anchor}` : '');
}

function render(list: HTMLElement, status: HTMLElement, hits: SearchHit[], query: string, texts: DOMStringMap) {
  list.replaceChildren(
    ...hits.map((hit) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hrefOf(hit.url);
      // Title, section and excerpt on lines of their own (styled in Search.astro's global styles).
      const title = document.createElement('span');
      title.className = 'course-search-title';
      title.textContent = hit.title;
      a.append(title);
      if (hit.heading) {
        const section = document.createElement('span');
        section.className = 'course-search-section';
        section.textContent = hit.heading;
        a.append(section);
      }
      const excerpt = document.createElement('span');
      excerpt.className = 'course-search-excerpt';
      excerpt.innerHTML = hit.excerpt; // escaped by makeExcerpt, only <mark> added
      a.append(excerpt);
      li.append(a);
      return li;
    }),
  );
  const template = hits.length === 0 ? texts.zero : hits.length === 1 ? texts.one : texts.many;
  status.textContent = (template ?? '').replace('[COUNT]', String(hits.length)).replace('[SEARCH_TERM]', query);
}

function attach(root: HTMLElement) {
  if (root.dataset.ready) return;
  root.dataset.ready = 'true';
  const lang = root.dataset.lang ?? document.documentElement.lang;
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const list = root.querySelector<HTMLElement>('.course-search-results')!;
  const status = root.querySelector<HTMLElement>('.course-search-status')!;
  let timer: number | undefined;
  const run = async () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const hits = await (await loadEngine(lang)).search(query);
    if (input.value.trim() !== query) return;
    render(list, status, hits, query, root.dataset);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 80);
  });
  void loadEngine(lang);
  if (input.value) void run();
}

window.__courseSearchOpen = attach;
for (const root of document.querySelectorAll<HTMLElement>('course-search[data-open]')) attach(root);

/** For tests and the bench: search without the dialog. */
(window as unknown as { __courseSearch: unknown }).__courseSearch = async (lang: string, query: string) => (await loadEngine(lang)).search(query);
