/**
 * Finds a Chromium-family browser to print with. Order: an explicit path
 * (COURSE_BROWSER, then PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH), then the
 * usual install locations on Linux, Windows and macOS. Nothing is downloaded.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export class BrowserNotFoundError extends Error {}

const ENV_VARS = ['COURSE_BROWSER', 'PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const;

/** Candidate executables for a platform, most preferred first. */
export function candidatePaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(Boolean) as string[];
    return roots.flatMap((root) => [
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
  const dirs = (env.PATH ?? '/usr/bin').split(delimiter).filter(Boolean);
  return [...new Set(['/usr/bin', ...dirs, '/snap/bin'])].flatMap((dir) => names.map((name) => join(dir, name)));
}

export function installHint(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'Install Microsoft Edge or Google Chrome, or set COURSE_BROWSER to the path of msedge.exe or chrome.exe.';
  if (platform === 'darwin') return 'Install Google Chrome, or set COURSE_BROWSER to the browser executable.';
  return 'On Debian or Ubuntu: sudo apt-get install -y chromium. Or set COURSE_BROWSER to the path of a Chromium, Chrome or Edge executable.';
}

export function findBrowser(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  for (const name of ENV_VARS) {
    const value = env[name];
    if (!value) continue;
    if (exists(value)) return value;
    throw new BrowserNotFoundError(`${name} is set to "${value}", but no file is there. Fix the path or unset ${name}.`);
  }
  const found = candidatePaths(platform, env).find((path) => exists(path));
  if (found) return found;
  throw new BrowserNotFoundError(`No Chromium, Chrome or Edge browser found to print the PDFs. ${installHint(platform)}`);
}
