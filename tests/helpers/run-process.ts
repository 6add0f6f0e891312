/**
 * Child processes for tests, run asynchronously: a test that waits for a
 * build with spawnSync blocks its worker's event loop for minutes, and on a
 * busy machine Vitest's own calls to the worker then time out
 * ("Timeout calling onTaskUpdate") and the run fails though every test passed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ProcessResult {
  /** Exit code (null if killed by a signal). */
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr, in that order, as the tests read them. */
  output: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Text written to the process's standard input. */
  input?: string | Uint8Array;
  /** 'inherit' shows the output as it comes (the build before the suite); it is then not captured. */
  stdio?: 'pipe' | 'inherit';
}

/** Run a program and wait for it without blocking the event loop. */
export function runProcess(command: string, args: string[], options: RunOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      // No standard input unless there is some to give: a program that exits without reading it would make the write fail (EPIPE).
      stdio: options.stdio === 'inherit' ? 'inherit' : [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ status, stdout, stderr, output: `${stdout}\n${stderr}` });
    });
    if (child.stdin) {
      child.stdin.on('error', () => {}); // the program may close its input early; its exit status tells the rest
      child.stdin.end(options.input);
    }
  });
}

/** Run a program and return its standard output; rejects, with its stderr, if it exits non-zero. */
export async function runOutput(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  const result = await runProcess(command, args, options);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.trim()}`);
  return result.stdout;
}

const PROJECT_ROOT = join(import.meta.dirname, '../..');
const TSX = join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs');

/** Run one of the project's TypeScript scripts (e.g. scripts/build.ts) with tsx, as npm would. */
export function runScript(script: string, args: string[], options: RunOptions = {}): Promise<ProcessResult> {
  return runProcess(process.execPath, [TSX, script, ...args], options);
}
