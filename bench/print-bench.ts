/**
 * `npm run bench:print`: how long each printed document takes. Builds the print
 * pages once with Astro (into .build/bench/), then times every PDF printed on
 * its own (one page of the browser at a time), the whole set printed the way
 * the build does it (one browser, 2 pages in parallel), the combined packs
 * and every Word copy. Prints a table and writes bench/results.json (a run
 * with --only writes .build/bench/results.json instead); the files it makes
 * go to .build/bench/out/ for a look, never to dist/.
 *
 *   npm run bench:print                     build, then time everything
 *   npm run bench:print -- --reuse          reuse the last bench's Astro build
 *   npm run bench:print -- --only certif    only documents whose output contains "certif"
 *   npm run bench:print -- --parallel 2,4   print the whole set with 2, then 4 pages at a time (default: 2, as the build)
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { launchBrowser } from '../src/print/pdf-printer';
import { serveDirectory } from '../src/print/static-server';
import { printAll } from '../src/print/print-all';
import { pageCount } from '../src/print/pdf-document';
import { mergePdfs } from '../src/print/merge-pdfs';
import { facilitatorPacks, type PrintDocument } from '../src/lib/print-documents';
import { htmlToDocx, makeReferenceDocx } from '../src/docx/word-copy';
import type { Lang } from '../src/schemas/common';

const root = process.cwd();
const work = join(root, '.build', 'bench');
const astroOut = join(work, 'astro');
const out = join(work, 'out');
const args = process.argv.slice(2);
const reuse = args.includes('--reuse');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const parallel = (args.includes('--parallel') ? args[args.indexOf('--parallel') + 1] : '2').split(',').map(Number);

interface Row {
  file: string;
  kind: string;
  pages: number;
  bytes: number;
  milliseconds: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const perSecond = (pages: number, ms: number) => (ms > 0 ? (pages / (ms / 1000)).toFixed(1) : '-');

function buildPrintPages(): number {
  if (reuse && existsSync(join(astroOut, 'print/manifest.json'))) return 0;
  console.log('Building the print pages with Astro (once, not timed per document)...');
  rmSync(astroOut, { recursive: true, force: true });
  const started = performance.now();
  const astroCli = createRequire(join(root, 'package.json')).resolve('astro/package.json').replace(/package\.json$/, 'astro.js');
  const result = spawnSync(process.execPath, [astroCli, 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_OUT_DIR: astroOut, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n')}`);
  return performance.now() - started;
}

function table(title: string, rows: Row[]) {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.file.length), 10);
  console.log(`  ${'file'.padEnd(width)}  ${'pages'.padStart(5)}  ${'KiB'.padStart(7)}  ${'seconds'.padStart(7)}  ${'pages/s'.padStart(7)}`);
  for (const r of rows) {
    console.log(`  ${r.file.padEnd(width)}  ${String(r.pages).padStart(5)}  ${(r.bytes / 1024).toFixed(0).padStart(7)}  ${seconds(r.milliseconds).padStart(7)}  ${perSecond(r.pages, r.milliseconds).padStart(7)}`);
  }
  const pages = rows.reduce((n, r) => n + r.pages, 0);
  const ms = rows.reduce((n, r) => n + r.milliseconds, 0);
  console.log(`  ${'total'.padEnd(width)}  ${String(pages).padStart(5)}  ${''.padStart(7)}  ${seconds(ms).padStart(7)}  ${perSecond(pages, ms).padStart(7)}`);
}

function save(file: string, bytes: Uint8Array) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, file), bytes);
}

async function main() {
  mkdirSync(work, { recursive: true });
  const astroMilliseconds = buildPrintPages();
  const manifest = (JSON.parse(readFileSync(join(astroOut, 'print/manifest.json'), 'utf8')) as PrintDocument[]).filter((d) => !only || d.output.includes(only));
  if (manifest.length === 0) throw new Error(`no document matches --only ${only}`);

  const server = await serveDirectory(astroOut);
  const browser = await launchBrowser();
  const pdfs: Row[] = [];
  const bytesOf = new Map<string, Uint8Array>();
  const parallelRuns: { concurrency: number; milliseconds: number }[] = [];
  try {
    console.log(`Printing ${manifest.length} PDFs one at a time...`);
    for (const doc of manifest) {
      const [printed] = await printAll(browser, server.origin, [doc], { concurrency: 1 });
      bytesOf.set(doc.output, printed.pdf);
      save(doc.output, printed.pdf);
      pdfs.push({ file: doc.output, kind: doc.kind, pages: await pageCount(printed.pdf), bytes: printed.pdf.length, milliseconds: printed.milliseconds });
    }
    for (const concurrency of parallel) {
      console.log(`Printing them all again with one browser, ${concurrency} pages at a time...`);
      const started = performance.now();
      await printAll(browser, server.origin, manifest, { concurrency });
      parallelRuns.push({ concurrency, milliseconds: performance.now() - started });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const packs: Row[] = [];
  for (const pack of facilitatorPacks(manifest)) {
    const started = performance.now();
    const pdf = await mergePdfs(pack.parts.map((doc) => ({ pdf: bytesOf.get(doc.output)! })), { title: 'Facilitator pack', author: 'bench', language: pack.lang });
    packs.push({ file: pack.output, kind: 'facilitator-pack', pages: await pageCount(pdf), bytes: pdf.length, milliseconds: performance.now() - started });
    save(pack.output, pdf);
  }

  console.log('Making the Word copies...');
  const references = new Map<Lang, { docx: Uint8Array; milliseconds: number }>();
  const docx: Row[] = [];
  for (const doc of manifest.filter((d) => d.docx)) {
    if (!references.has(doc.lang)) {
      const started = performance.now();
      references.set(doc.lang, { docx: await makeReferenceDocx(doc.lang), milliseconds: performance.now() - started });
    }
    const started = performance.now();
    const bytes = await htmlToDocx(readFileSync(join(astroOut, doc.route, 'index.html'), 'utf8'), { reference: references.get(doc.lang)!.docx });
    // Word has no fixed pages: the pages of the PDF of the same document stand in for its size.
    docx.push({ file: doc.docx!, kind: doc.kind, pages: pdfs.find((p) => p.file === doc.output)!.pages, bytes: bytes.length, milliseconds: performance.now() - started });
    save(doc.docx!, bytes);
  }

  table('PDF, each printed alone', pdfs);
  table('Combined facilitator packs (pdf-lib, from the PDFs above)', packs);
  table('DOCX (Pandoc in WebAssembly; pages = pages of the same PDF)', docx);
  const pages = pdfs.reduce((n, r) => n + r.pages, 0);
  const sequentialMilliseconds = pdfs.reduce((n, r) => n + r.milliseconds, 0);
  console.log(`\nAll ${manifest.length} PDFs (${pages} pages): ${seconds(sequentialMilliseconds)} s one at a time (${perSecond(pages, sequentialMilliseconds)} pages/s)`);
  for (const run of parallelRuns) console.log(`  ${seconds(run.milliseconds)} s with ${run.concurrency} at a time (${perSecond(pages, run.milliseconds)} pages/s)`);
  for (const [lang, ref] of references) console.log(`Reference document (${lang}), including loading Pandoc the first time: ${seconds(ref.milliseconds)} s.`);

  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    only: only ?? null,
    astroBuildSeconds: astroMilliseconds ? Number(seconds(astroMilliseconds)) : null,
    pdf: {
      documents: pdfs.map((r) => ({ ...r, milliseconds: Math.round(r.milliseconds) })),
      pages,
      sequentialSeconds: Number(seconds(sequentialMilliseconds)),
      sequentialPagesPerSecond: Number(perSecond(pages, sequentialMilliseconds)),
      parallel: parallelRuns.map((run) => ({ concurrency: run.concurrency, seconds: Number(seconds(run.milliseconds)), pagesPerSecond: Number(perSecond(pages, run.milliseconds)) })),
    },
    packs: packs.map((r) => ({ ...r, milliseconds: Math.round(r.milliseconds) })),
    docx: {
      documents: docx.map((r) => ({ ...r, milliseconds: Math.round(r.milliseconds) })),
      referenceSeconds: Object.fromEntries([...references].map(([lang, ref]) => [lang, Number(seconds(ref.milliseconds))])),
      totalSeconds: Number(seconds(docx.reduce((n, r) => n + r.milliseconds, 0))),
    },
  };
  // Only a full run replaces bench/results.json; a partial one (--only) is kept beside its files.
  const resultsFile = only ? join(work, 'results.json') : join(root, 'bench/results.json');
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${resultsFile.replace(`${root}/`, '')}; the files are in ${out.replace(`${root}/`, '')}/.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
