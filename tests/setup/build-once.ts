/** Runs the real `npm run build` once before the tests, so build and browser tests read a real dist/. */
import { join } from 'node:path';
import { runScript } from '../helpers/run-process';

export default async function setup() {
  const root = join(import.meta.dirname, '../..');
  if (process.env.SKIP_BUILD) return; // reuse the dist/ that is there
  const result = await runScript('scripts/build.ts', [], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed: see its output above');
}
