/**
 * The author's preview (content/README.md, "Preview while you edit"): the Astro
 * dev server, trainee and facilitator view, serves one session as the
 * facilitator manual and the trainee workbook print it, and the facilitator
 * view of a page, without a build; a production build makes none of these
 * pages. Reads the real content and edits nothing. About a minute (50-75 s
 * on a busy 2-core machine: two dev servers start and render a few pages).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../../src/lib/files';
import { PROJECT_ROOT } from '../helpers/scratch-project';
import { read, readYaml } from '../helpers/curriculum-facts';

const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/astro.js');
const STARTUP_MS = 120_000;

interface DevServer {
  child: ChildProcess;
  origin: string;
  output: () => string;
}

/** A port nobody listens on now (astro dev would move to another one if it were taken: the test reads the address it prints). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Start `astro dev` (its own process group, so the test can stop it with its children) and wait for the address it serves. */
async function startDevServer(extraArgs: string[]): Promise<DevServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.COURSE_AUDIENCE; // the mode alone chooses the view
  // Vitest puts its own import.meta.env (MODE=test, DEV, PROD, SSR, BASE_URL) into process.env, and the dev server
  // copies process.env into import.meta.env: MODE=test would hide --mode facilitator. An author's shell has none of them.
  for (const key of ['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  const child = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), ...extraArgs], {
    cwd: PROJECT_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const output = () => text;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev ${extraArgs.join(' ')} did not start in ${STARTUP_MS / 1000} s:\n${text.slice(-2000)}`)), STARTUP_MS);
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      // eslint-disable-next-line no-control-regex
      const address = text.replace(/\x1b\[[0-9;]*m/g, '').match(/Local\s+(http:\/\/localhost:\d+)\//);
      if (address) {
        clearTimeout(timer);
        resolve({ child, origin: address[1], output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`astro dev ${extraArgs.join(' ')} exited (${code}) before serving:\n${text.slice(-2000)}`));
    });
  });
}

/** Stop a dev server and everything it started (esbuild); SIGKILL if it has not gone in 5 s. */
async function stopDevServer(server: DevServer | undefined) {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.child.pid!, signal);
    } catch {
      // already gone
    }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), 5_000);
  await gone;
  clearTimeout(timer);
  kill('SIGKILL'); // children that outlived their parent
}

async function fetchPage(server: DevServer, path: string): Promise<{ status: number; html: string; root: HTMLElement }> {
  const response = await fetch(server.origin + path);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}:\n${html.slice(0, 500)}\n${server.output().slice(-1500)}`);
  return { status: response.status, html, root: parse(html) };
}

// A Day 1 session whose English page has facilitator notes (the first by file name), its record and its page, from the real content.
const sessionPages = listFiles(PROJECT_ROOT, 'content/en', ['.mdx'])
  .map((file) => ({ file, text: read(file) }))
  .filter(({ text }) => /^session:\s*d1-/m.test(text) && text.includes('<FacilitatorNote'))
  .sort((a, b) => a.file.localeCompare(b.file));
const page = sessionPages[0];
const sessionId = page?.text.match(/^session:\s*(\S+)/m)?.[1] ?? '';
const pageTitle = page?.text.match(/^title:\s*(.+)$/m)?.[1].trim().replace(/^(["'])(.*)\1$/, '$2');
const session = readYaml<{ title: { en: string; lo: string } }>(`content/sessions/${sessionId}.yaml`);
/** The page's address on the site: content/en/day-1/opening.mdx is /en/day-1/opening/. */
const sitePath = `/${relative('content', page?.file ?? '').replace(/\\/g, '/').replace(/\.mdx$/, '')}/`;

let trainee: DevServer | undefined;
let facilitator: DevServer | undefined;

beforeAll(async () => {
  expect(page, 'a Day 1 session page with a FacilitatorNote in content/en/').toBeDefined();
  // One after the other: both servers share the project's content cache.
  trainee = await startDevServer([]);
  facilitator = await startDevServer(['--mode', 'facilitator']);
}, 2 * STARTUP_MS);
afterAll(async () => {
  await Promise.all([stopDevServer(trainee), stopDevServer(facilitator)]);
});

/** The elements only the facilitator manual holds: the session plan and the facilitator notes. */
const facilitatorOnly = (root: HTMLElement) => ({
  plans: root.querySelectorAll('.session-plan').length,
  notes: root.querySelectorAll('.facilitator-note').length,
});
/** Print pages carry the print stylesheet (inlined by the dev server) and no site stylesheet. */
const stylesheets = (root: HTMLElement) => root.querySelectorAll('style[data-vite-dev-id]').map((s) => s.getAttribute('data-vite-dev-id')!.replace(/\\/g, '/'));

describe('the print view of one session in the dev server', () => {
  for (const lang of ['en', 'lo'] as const) {
    it(`renders ${sessionId} in ${lang} as the facilitator manual prints it`, async () => {
      const { root, html } = await fetchPage(trainee!, `/print/${lang}/session/${sessionId}/`);
      expect(root.querySelector('h2.session-title')?.text.trim()).toBe(session.title[lang]);
      expect(root.querySelector('html')?.getAttribute('lang')).toBe(lang);
      // The facilitator manual's own parts, whatever the server's view (the print page sets its audience).
      const only = facilitatorOnly(root);
      expect(only.plans).toBe(1);
      expect(only.notes).toBeGreaterThan(0);
      expect(root.querySelector('.session-plan')?.text).toContain(lang === 'en' ? 'Session plan' : 'ແຜນການສອນ');
      const styles = stylesheets(root);
      expect(styles.some((id) => id.endsWith('/templates/print.css'))).toBe(true);
      expect(styles.some((id) => id.endsWith('/templates/site.css'))).toBe(false);
      // The manual's running header for this session.
      expect(html).toMatch(/@page session-0 \{ @top-left \{ content: "[^"]+"/);
    });
  }

  it('renders the trainee workbook view without the facilitator parts, and the bilingual view with both languages', async () => {
    const workbook = await fetchPage(trainee!, `/print/lo/session/${sessionId}/workbook/`);
    expect(workbook.root.querySelector('h2.session-title')?.text.trim()).toBe(session.title.lo);
    expect(facilitatorOnly(workbook.root)).toEqual({ plans: 0, notes: 0 });

    const bilingual = await fetchPage(trainee!, `/print/bilingual/session/${sessionId}/`);
    expect(bilingual.root.querySelector('h2.session-title')?.text.trim()).toBe(`${session.title.lo} / ${session.title.en}`);
    const cells = bilingual.root.querySelectorAll('.parallel-cell').map((cell) => cell.getAttribute('lang'));
    expect(new Set(cells)).toEqual(new Set(['lo', 'en']));
  });

  it('lists every preview of the session on the dev index /print/', async () => {
    const { root } = await fetchPage(trainee!, '/print/');
    const links = root.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const edition of ['en', 'lo', 'bilingual']) {
      expect(links).toContain(`/print/${edition}/session/${sessionId}/`);
      expect(links).toContain(`/print/${edition}/session/${sessionId}/workbook/`);
    }
  });
});

describe('the facilitator view of a page in the dev server', () => {
  it(`shows ${sitePath} with its facilitator notes, session plan and a notice under dev:facilitator, and the trainee view without them`, async () => {
    const shown = await fetchPage(facilitator!, sitePath);
    expect(facilitatorOnly(shown.root).notes).toBeGreaterThan(0);
    expect(facilitatorOnly(shown.root).plans).toBe(1);
    expect(shown.root.querySelector('.facilitator-view-notice')?.text).toContain('Facilitator view');

    const trainees = await fetchPage(trainee!, sitePath);
    expect(trainees.root.querySelector('h1')?.text.trim()).toBe(pageTitle);
    expect(facilitatorOnly(trainees.root)).toEqual({ plans: 0, notes: 0 });
    expect(trainees.root.querySelector('.facilitator-view-notice')).toBeNull();
  });
});

describe('a production build', () => {
  it('holds no session preview page and no preview index', () => {
    const dist = join(PROJECT_ROOT, 'dist');
    expect(existsSync(join(dist, 'build-report.json')), 'dist/ of a build (run npm run build, or SKIP_BUILD=1 only with one)').toBe(true);
    const previews: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const rel = relative(dist, path).replace(/\\/g, '/');
        if (/(^|\/)print\/[^/]+\/session(\/|$)/.test(rel) || /(^|\/)print\/index\.html$/.test(rel)) previews.push(rel);
        if (statSync(path).isDirectory()) walk(path);
      }
    };
    walk(dist);
    expect(previews).toEqual([]);
  });
});
