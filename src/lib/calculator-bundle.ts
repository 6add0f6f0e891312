/**
 * The calculator's browser code as one classic script (IIFE, no imports), so it
 * runs from file:// in the offline copy. Built once per process with esbuild
 * from src/calculator/arrears-calculator.ts.
 */
import { buildSync } from 'esbuild';
import { join } from 'node:path';

let bundle: string | undefined;
export function calculatorScript(root = process.cwd()): string {
  bundle ??= buildSync({
    entryPoints: [join(root, 'src/calculator/arrears-calculator.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2018',
  }).outputFiles[0].text;
  return bundle;
}
