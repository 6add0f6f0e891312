/**
 * The one module that talks to the browser: it opens a page by URL and
 * returns PDF bytes. It never writes files. Every request outside the allowed
 * origin is blocked, so a printed page can load nothing but the build's own files.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from './find-browser';

export interface PrintOptions {
  /** Requests must start with this (the local server's origin); all others are blocked. */
  allowedOrigin: string;
  /** Document title written into the PDF metadata (Chromium takes it from <title>). */
  outline?: boolean;
}

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      '--font-render-hinting=none',
    ],
  });
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Requests that were blocked (anything outside the allowed origin). */
  blocked: string[];
}

export async function printToPdf(browser: Browser, url: string, options: PrintOptions): Promise<PrintResult> {
  const page = await browser.newPage();
  const blocked: string[] = [];
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const target = request.url();
      if (target.startsWith(options.allowedOrigin) || target.startsWith('data:')) void request.continue();
      else {
        blocked.push(target);
        void request.abort('blockedbyclient');
      }
    });
    const response = await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
    if (!response || !response.ok()) throw new Error(`Print page ${url} answered ${response?.status() ?? 'nothing'}`);
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      outline: options.outline ?? true,
      tagged: true,
      timeout: 300_000,
    });
    return { pdf, blocked };
  } finally {
    await page.close();
  }
}
