import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, candidatePaths, findBrowser } from '../../src/print/find-browser';

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
