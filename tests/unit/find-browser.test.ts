import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserNotFoundError, candidatePaths, checkBrowserVersion, findBrowser } from '../../src/print/find-browser';

describe('finding a browser', () => {
  it('uses an explicit setting first', () => {
    const found = findBrowser('linux', { COURSE_BROWSER: '/opt/x/chrome', PATH: '/usr/bin' }, (p) => p === '/opt/x/chrome' || p === '/usr/bin/chromium');
    expect(found).toBe('/opt/x/chrome');
  });
  it('says which setting points nowhere', () => {
    expect(() => findBrowser('linux', { PUPPETEER_EXECUTABLE_PATH: '/nope' }, () => false)).toThrow(/PUPPETEER_EXECUTABLE_PATH is set to "\/nope"/);
  });
  it('finds Debian chromium on Linux', () => {
    expect(findBrowser('linux', { PATH: '/usr/local/bin:/usr/bin' }, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });
  it('prefers Edge, then Chrome, on Windows', () => {
    const paths = candidatePaths('win32', { PROGRAMFILES: 'C:\\Program Files' });
    expect(paths[0]).toMatch(/Edge.*msedge\.exe$/);
    expect(paths[1]).toMatch(/Chrome.*chrome\.exe$/);
  });
  it('looks in /Applications on macOS', () => {
    expect(candidatePaths('darwin', {})[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });
  it('explains how to install one when none is found', () => {
    expect(() => findBrowser('linux', { PATH: '/usr/bin' }, () => false)).toThrow(BrowserNotFoundError);
    expect(() => findBrowser('linux', { PATH: '/usr/bin' }, () => false)).toThrow(/apt-get install -y chromium/);
  });
});

describe('a wrong browser setting', () => {
  it('a folder: names the variable and the path', () => {
    expect(() => findBrowser('linux', { COURSE_BROWSER: '/tmp' })).toThrow('COURSE_BROWSER is set to "/tmp", but that is a folder, not the browser program');
  });
  it('a file that cannot be run: names the variable and the path', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'browser-')), 'chrome.txt');
    writeFileSync(file, 'not a program', { mode: 0o644 });
    expect(() => findBrowser('linux', { COURSE_BROWSER: file })).toThrow(`COURSE_BROWSER is set to "${file}", but that file cannot be run`);
  });
  it('a program that is not a browser: named with its variable when asked its version, in seconds', async () => {
    await expect(checkBrowserVersion('/bin/echo', { COURSE_BROWSER: '/bin/echo' })).rejects.toThrow(/COURSE_BROWSER is set to "\/bin\/echo", but that program answered "echo \(GNU coreutils\)[^"]*", which is not a Chromium, Chrome or Edge version\. Set COURSE_BROWSER/);
    await expect(checkBrowserVersion('/bin/false', { COURSE_BROWSER: '/bin/false' })).rejects.toThrow(/COURSE_BROWSER is set to "\/bin\/false", but that program failed to start/);
  });
  it('the real browser answers with its version', async () => {
    const path = findBrowser();
    await expect(checkBrowserVersion(path, {})).resolves.toMatch(/chrom|edge/i);
  });
});
