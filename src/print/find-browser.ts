/**
 * Finds a Chromium-family browser to print with. Order: an explicit path
 * (COURSE_BROWSER, then PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH), then the
 * usual install locations on Linux, Windows and macOS. Nothing is downloaded.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
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

/** Why a path set in a variable cannot be a browser (a folder, a file that cannot be run), or undefined when it may be one. */
export function unusablePathReason(path: string, platform: NodeJS.Platform = process.platform): string | undefined {
  try {
    if (statSync(path).isDirectory()) return 'that is a folder, not the browser program';
    if (platform !== 'win32') accessSync(path, constants.X_OK);
  } catch {
    return 'that file cannot be run (it is not a program, or you may not run it)';
  }
  return undefined;
}

/** Which setting chose a browser path, for messages: the variable's name, or undefined for a usual location. */
export function browserSetting(env: NodeJS.ProcessEnv = process.env): (typeof ENV_VARS)[number] | undefined {
  return ENV_VARS.find((name) => env[name]);
}

export function findBrowser(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  unusable?: (path: string) => string | undefined,
): string {
  // With a test's own idea of which files exist, the real disk is not asked whether they run.
  const whyUnusable = unusable ?? (exists === existsSync ? (path: string) => unusablePathReason(path, platform) : () => undefined);
  for (const name of ENV_VARS) {
    const value = env[name];
    if (!value) continue;
    if (!exists(value)) throw new BrowserNotFoundError(`${name} is set to "${value}", but no file is there. Fix the path or unset ${name}.`);
    const reason = whyUnusable(value);
    if (reason) throw new BrowserNotFoundError(`${name} is set to "${value}", but ${reason}. Set ${name} to the Chromium, Chrome or Edge program itself (e.g. /usr/bin/chromium), or unset it.`);
    return value;
  }
  const found = candidatePaths(platform, env).find((path) => exists(path));
  if (found) return found;
  throw new BrowserNotFoundError(`No Chromium, Chrome or Edge browser found to print the PDFs. ${installHint(platform)}`);
}

/**
 * Ask the browser for its version (in seconds, before the long build steps):
 * a program that is not a Chromium-family browser is named with the setting
 * that chose it, instead of failing minutes later with a puppeteer trace.
 */
export function checkBrowserVersion(path: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 20_000): Promise<string> {
  const setting = browserSetting(env);
  const where = setting ? `${setting} is set to "${path}"` : `The browser found at "${path}"`;
  const fix = setting ? `Set ${setting} to the Chromium, Chrome or Edge program itself, or unset it.` : installHint(process.platform);
  return new Promise((resolve, reject) => {
    execFile(path, ['--version'], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      const answer = `${stdout}${stderr}`.trim().split('\n')[0] ?? '';
      // Edge and Chrome on Windows do not print a version: there, starting without an error is enough.
      if (process.platform === 'win32' && !error) return resolve(answer || 'version not printed');
      if (!error && /chrom|edge/i.test(answer)) return resolve(answer);
      const said = error ? (error.killed ? `did not answer within ${timeoutMs / 1000} s` : `failed to start (${error.message.split('\n')[0]})`) : `answered "${answer.slice(0, 80)}", which is not a Chromium, Chrome or Edge version`;
      reject(new BrowserNotFoundError(`${where}, but that program ${said}. ${fix}`));
    });
  });
}
