// @ts-check
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { sidebar } from './src/lib/sidebar.mjs';
import rehypeTaskListLabels from './src/lib/rehype-task-list-labels.mjs';

// The build script sets ASTRO_OUT_DIR so that a failed build never touches dist/.
const outDir = process.env.ASTRO_OUT_DIR ?? './.build/astro';

export default defineConfig({
  outDir,
  // Astro keeps its content cache in node_modules/.astro by default: shared by every copy of the
  // project that shares node_modules (scratch projects of the tests, worktrees), where one build
  // can read another's half-written cache. Each project keeps its own.
  cacheDir: './.build/astro-cache',
  trailingSlash: 'always',
  // `npm run dev` is the authors' preview (content/README.md): no Astro toolbar over the print view, and
  // the fonts served even when node_modules is a link to a shared install (Vite serves only files inside the project).
  devToolbar: { enabled: false },
  // A scratch copy of the project (tests, bench) has no node_modules of its own: it uses the one above it.
  vite: { server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url)), ...(existsSync(new URL('./node_modules', import.meta.url)) ? [realpathSync(fileURLToPath(new URL('./node_modules', import.meta.url)))] : [])] } } },
  markdown: { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTaskListLabels] },
  integrations: [
    starlight({
      title: { en: 'Social Security Inspection', lo: 'ການກວດກາປະກັນສັງຄົມ' },
      defaultLocale: 'en',
      locales: {
        en: { label: 'English', lang: 'en' },
        lo: { label: 'ລາວ', lang: 'lo' },
      },
      // Starlight computes a page's language for its Markdown plugins from the
      // default src/content/docs path; our pages live in content/, so its
      // heading anchor labels would be English on Lao pages. Turned off.
      markdown: { headingLinks: false },
      customCss: ['./templates/site.css'],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // Our own search: Pagefind cannot split Lao words nor run from file:// (see src/search/).
        Search: './src/components/overrides/Search.astro',
      },
      sidebar,
      // Adds the agenda's days (rendered by a component) to "On this page".
      routeMiddleware: './src/route-data.ts',
      pagefind: false,
      lastUpdated: false,
      pagination: true,
    }),
    mdx(),
  ],
});
