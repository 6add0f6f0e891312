/** Runs the real `npm run build` once before the tests, so build and browser tests read a real dist/. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup() {
  const root = join(import.meta.dirname, '../..');
  if (process.env.SKIP_BUILD) return; // reuse the dist/ that is there
  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('npm run build failed: see its output above');
}
