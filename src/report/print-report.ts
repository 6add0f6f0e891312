/**
 * The report HTML to PDF bytes, with the manual's printer (src/print/) and the
 * course fonts: the page and its fonts are served from a scratch folder on
 * 127.0.0.1, printed, and the folder removed. Writes no output file.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { launchBrowser, printToPdf } from '../print/pdf-printer';
import { serveDirectory } from '../print/static-server';

/** templates/fonts.css with its font files copied beside it; returns the font file names. */
export function writeCourseFonts(root: string, dir: string): string[] {
  const require = createRequire(join(root, 'package.json'));
  const files: string[] = [];
  const css = readFileSync(join(root, 'templates/fonts.css'), 'utf8').replace(/url\('(@fontsource\/[^']+)'\)/g, (_, spec: string) => {
    copyFileSync(require.resolve(spec), join(dir, basename(spec)));
    files.push(basename(spec));
    return `url('${basename(spec)}')`;
  });
  writeFileSync(join(dir, 'fonts.css'), css);
  return files;
}

export async function printReport(root: string, html: string): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'course-report-print-'));
  try {
    writeCourseFonts(root, dir);
    writeFileSync(join(dir, 'training-report.html'), html);
    const server = await serveDirectory(dir);
    const browser = await launchBrowser();
    try {
      return (await printToPdf(browser, `${server.origin}/training-report.html`, { allowedOrigin: server.origin })).pdf;
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
