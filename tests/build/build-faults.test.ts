/**
 * Faults around the build: dist/ that cannot be replaced, a wrong browser
 * setting, work folders left by killed builds, Ctrl-C during the site build
 * and a kill during printing. Each must end in seconds with a plain message,
 * say what state dist/ is in, leave no .build/run-* folder, no Astro and no
 * Chromium process, and never exit 1 after dist/ was replaced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratchProject, removeScratchProject } from '../helpers/scratch-project';

let project: string;
const FULL_BUILD_TIMEOUT = 900_000;
const marker = 'previous good build';

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  seconds: number;
}

/**
 * Run the build as one process (node --import tsx, as a terminal's Ctrl-C reaches it),
 * optionally sending a signal once a line of its output appears.
 */
function build(env: Record<string, string> = {}, interrupt?: { when: string; signal: NodeJS.Signals }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: project, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let sent = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (interrupt && !sent && output.includes(interrupt.when)) {
        sent = true;
        // a moment into the step, so that Astro or Chromium is really running
        setTimeout(() => child.kill(interrupt.signal), 3000);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, output, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Processes whose working folder or command line is inside the scratch project (Astro, Chromium with its profile there). */
function processesOfProject(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      let cwd = '';
      try {
        cwd = readlinkSync(`/proc/${pid}/cwd`);
      } catch {
        // not ours to read
      }
      if (cmdline.includes(project) || cwd === project || cwd.startsWith(`${project}/`)) found.push(`${pid} ${cmdline.slice(0, 120)}`);
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

const runFolders = () => (existsSync(join(project, '.build')) ? readdirSync(join(project, '.build')).filter((n) => n.startsWith('run-')) : []);
const distUntouched = () => readFileSync(join(project, 'dist/build-report.json'), 'utf8') === marker;
const settle = () => new Promise((r) => setTimeout(r, 2000));

beforeAll(() => {
  project = makeScratchProject('minimal');
  mkdirSync(join(project, 'dist'), { recursive: true });
  writeFileSync(join(project, 'dist/build-report.json'), marker);
});
afterAll(() => removeScratchProject(project));

describe('faults before the long steps', () => {
  it('a dist that is a file stops the build in seconds, before anything is built', async () => {
    rmSync(join(project, 'dist'), { recursive: true });
    writeFileSync(join(project, 'dist'), 'not a folder');
    const run = await build();
    expect(run.status).toBe(1);
    expect(run.output).toContain('dist is a file, not a folder, so it cannot be replaced by the new build. Move or delete');
    expect(run.output).not.toContain('Checking the content');
    expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readFileSync(join(project, 'dist'), 'utf8')).toBe('not a folder');
    rmSync(join(project, 'dist'));
    mkdirSync(join(project, 'dist'));
    writeFileSync(join(project, 'dist/build-report.json'), marker);
  });

  it.each([
    ['a folder', () => project, 'that is a folder, not the browser program'],
    ['a program that is not a browser', () => '/bin/echo', 'which is not a Chromium, Chrome or Edge version'],
  ])('COURSE_BROWSER set to %s: a message naming the variable and the path, before the site build', async (_what, path, reason) => {
    const run = await build({ COURSE_BROWSER: path() });
    expect(run.status).toBe(1);
    expect(run.output).toContain(`COURSE_BROWSER is set to "${path()}"`);
    expect(run.output).toContain(reason);
    expect(run.output).not.toContain('Building the trainee site');
    expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(distUntouched()).toBe(true);
    expect(runFolders()).toEqual([]);
  });

  it('removes work folders of killed builds, and gives back a dist/ a killed swap had moved aside', async () => {
    // pids far above the kernel's default pid_max: no process has them
    mkdirSync(join(project, '.build/run-99999991/stage'), { recursive: true });
    mkdirSync(join(project, '.build/run-99999992/previous-dist'), { recursive: true });
    writeFileSync(join(project, '.build/run-99999992/previous-dist/build-report.json'), marker);
    rmSync(join(project, 'dist'), { recursive: true });
    const run = await build({ COURSE_BROWSER: '/bin/echo' }); // stops early; the clean-up comes first
    expect(run.output).toContain('removed .build/run-99999991, left by a build that was stopped');
    expect(run.output).toContain('dist/ was missing (a build was stopped during the swap): restored from .build/run-99999992');
    expect(runFolders()).toEqual([]);
    expect(distUntouched()).toBe(true);
  });
});

describe('interrupted builds', () => {
  it('Ctrl-C during the site build: says so, keeps dist/, and leaves no work folder and no Astro process', async () => {
    const run = await build({}, { when: 'Building the trainee site', signal: 'SIGINT' });
    expect(run.output).toContain('The build was stopped (SIGINT). dist/ was left as it was.');
    expect(run.status).toBe(130);
    await settle();
    expect(runFolders()).toEqual([]);
    expect(processesOfProject()).toEqual([]);
    expect(distUntouched()).toBe(true);
  }, FULL_BUILD_TIMEOUT);

  it('a kill (SIGTERM) while printing: Chromium dies with the build and its profile folder goes with the work folder', async () => {
    const run = await build({}, { when: 'Printing', signal: 'SIGTERM' });
    expect(run.output).toContain('The build was stopped (SIGTERM). dist/ was left as it was.');
    expect(run.status).toBe(143);
    await settle();
    expect(processesOfProject()).toEqual([]);
    expect(runFolders()).toEqual([]);
    expect(distUntouched()).toBe(true);
  }, FULL_BUILD_TIMEOUT);
});
