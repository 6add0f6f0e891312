/**
 * `npx tsx bench/large-class.ts`: certificates for a large class. Makes a
 * participants list of synthetic names (5,000 by default), builds the print
 * pages of the small test curriculum with it (Astro, in .build/large-class/),
 * prints the certificates the way the build does (in batches, joined), and
 * reports the time and the peak memory (the sum of the RSS of all Chromium processes
 * together, shared pages counted in each: an upper bound), sampled every 200 ms. Writes bench/large-class-results.json.
 *
 *   npx tsx bench/large-class.ts                       5,000 participants, batches of 200
 *   npx tsx bench/large-class.ts --participants 1000   another class size
 *   npx tsx bench/large-class.ts --batch 100000        one print for the whole class (to compare)
 *   npx tsx bench/large-class.ts --reuse               reuse the last Astro build
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, printToPdf, PRINT_BATCH_SIZE } from '../src/print/pdf-printer';
import { serveDirectory } from '../src/print/static-server';
import { pageCount } from '../src/print/pdf-document';
import { treeRss } from './process-memory';

const root = process.cwd();
const work = join(root, '.build', 'large-class');
const project = join(work, 'project');
const astroOut = join(work, 'astro');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const participants = option('--participants', 5000);
const batchSize = option('--batch', PRINT_BATCH_SIZE);
const reuse = args.includes('--reuse');

/** Synthetic names from syllables (Lao and Latin in step), so every name differs and lengths vary like real ones. */
function syntheticCsv(count: number): string {
  const lao = ['ສົມ', 'ບຸນ', 'ຄຳ', 'ພອນ', 'ແກ້ວ', 'ວົງ', 'ສີ', 'ໄຊ', 'ທອງ', 'ມະນີ', 'ຈັນ', 'ພູມ'];
  const latin = ['Som', 'Boun', 'Kham', 'Phone', 'Keo', 'Vong', 'Sy', 'Xay', 'Thong', 'Many', 'Chan', 'Phoum'];
  const rows = ['id,name_lo,name_en'];
  for (let i = 0; i < count; i++) {
    const parts = [i % 12, Math.floor(i / 12) % 12, Math.floor(i / 144) % 12, Math.floor(i / 1728) % 12];
    const given = parts.slice(0, 2);
    const family = parts.slice(2).concat([(i * 7) % 12]);
    rows.push(`LC-${String(i + 1).padStart(5, '0')},${given.map((p) => lao[p]).join('')} ${family.map((p) => lao[p]).join('')},${given.map((p) => latin[p]).join('').replace(/^./, (c) => c.toUpperCase())} ${family.map((p) => latin[p].toLowerCase()).join('').replace(/^./, (c) => c.toUpperCase())}`);
  }
  return `${rows.join('\n')}\n`;
}

function run(command: string, commandArgs: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** The test curriculum (tests/fixtures/minimal) with this project's code, inside the project so packages resolve. */
function makeProject() {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'templates', 'public']) cpSync(join(root, item), join(project, item), { recursive: true });
  for (const item of ['content', 'case-studies', 'quizzes']) cpSync(join(root, 'tests/fixtures/minimal', item), join(project, item), { recursive: true });
}

async function main() {
  mkdirSync(work, { recursive: true });
  const csv = join(work, 'participants.csv');
  writeFileSync(csv, syntheticCsv(participants));
  if (!(reuse && existsSync(join(astroOut, 'print/en/certificates/index.html')))) {
    console.log(`Building the print pages of the test curriculum with ${participants} participants (Astro)...`);
    makeProject();
    rmSync(astroOut, { recursive: true, force: true });
    const astroCli = createRequire(join(root, 'package.json')).resolve('astro/package.json').replace(/package\.json$/, 'astro.js');
    const started = performance.now();
    const built = await run(process.execPath, [astroCli, 'build'], project, { ...process.env, ASTRO_OUT_DIR: astroOut, ASTRO_TELEMETRY_DISABLED: '1', COURSE_AUDIENCE: 'facilitator', COURSE_PARTICIPANTS: csv });
    if (built.status !== 0) throw new Error(`astro build failed:\n${built.output.slice(-3000)}`);
    console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const html = readFileSync(join(astroOut, 'print/en/certificates/index.html'), 'utf8');
  const certificates = (html.match(/data-print-unit/g) ?? []).length;
  const server = await serveDirectory(astroOut);
  const browser = await launchBrowser({ profileDir: join(work, 'chromium-profile') });
  const pid = browser.process()!.pid!;
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, 200);
  const started = performance.now();
  try {
    const { pdf } = await printToPdf(browser, `${server.origin}/print/en/certificates/`, { allowedOrigin: server.origin, batchSize });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, treeRss(pid));
    const pages = await pageCount(pdf);
    writeFileSync(join(work, 'certificates-en.pdf'), pdf);
    const result = {
      measuredAt: new Date().toISOString(),
      participants,
      certificatesInPage: certificates,
      batchSize,
      pages,
      pdfMegabytes: Math.round(pdf.length / 1e5) / 10,
      seconds: Math.round(seconds * 10) / 10,
      certificatesPerSecond: Math.round((pages / seconds) * 10) / 10,
      peakChromiumRssMegabytes: Math.round(peak / 1e6),
      peakNodeRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1e3),
      cpus: (await import('node:os')).cpus().length,
    };
    console.table(result);
    const file = join(root, 'bench', batchSize === PRINT_BATCH_SIZE && participants === 5000 ? 'large-class-results.json' : `large-class-results-${participants}-${batchSize}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`Written to ${file}`);
  } finally {
    clearInterval(sampler);
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
