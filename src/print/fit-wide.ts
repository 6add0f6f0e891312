/**
 * Chromium prints a whole document smaller when one element is wider than
 * the page: a single 13-column table shrank every page of the manual to two
 * thirds (10.5 pt body text printed near 7 pt). So, before printing, each
 * wide element is scaled down on its own (CSS zoom) to the width it has, and
 * the rest of the document keeps its size.
 *
 * Widths are measured in the print layout: print media, and a viewport as wide
 * as the text column of the element's page (its named page's @page size and
 * margins, or the default @page rule's). An element overflows when its right
 * edge passes its parent's content box (a column of the bilingual edition too).
 */
import type { Page } from 'puppeteer-core';

/** Elements that can be wider than their column; flowcharts are already scaled when they are drawn, but are measured too. */
const CANDIDATES = 'table, pre, svg, img, figure';

/**
 * The scripts run in the page, as plain JavaScript text: functions written
 * here would be rewritten by the TypeScript loader (tsx adds a __name helper
 * the page does not have).
 */
const PAGE_WIDTHS = `(() => {
  const px = (value) => {
    const n = parseFloat(value);
    if (!value || Number.isNaN(n)) return undefined;
    return value.endsWith('mm') ? (n * 96) / 25.4 : value.endsWith('cm') ? (n * 96) / 2.54 : value.endsWith('in') ? n * 96 : value.endsWith('pt') ? (n * 4) / 3 : n;
  };
  const sizeWidth = (size) => {
    const lengths = size.split(/\\s+/).map(px).filter((n) => n !== undefined);
    if (lengths.length) return lengths[0];
    return ((size.includes('landscape') ? 297 : 210) * 96) / 25.4;
  };
  const rules = [...document.styleSheets]
    .flatMap((sheet) => { try { return [...sheet.cssRules]; } catch { return []; } })
    .filter((rule) => rule instanceof CSSPageRule && !rule.selectorText.includes(':'));
  const read = (rule, base) => ({
    size: rule.style.getPropertyValue('size') || base.size,
    left: px(rule.style.getPropertyValue('margin-left')) ?? base.left,
    right: px(rule.style.getPropertyValue('margin-right')) ?? base.right,
  });
  let base = { size: 'A4', left: 0, right: 0 };
  for (const rule of rules.filter((r) => r.selectorText === '')) base = read(rule, base);
  const widths = { '': sizeWidth(base.size) - base.left - base.right };
  for (const rule of rules.filter((r) => r.selectorText !== '')) {
    const own = read(rule, base);
    widths[rule.selectorText] = sizeWidth(own.size) - own.left - own.right;
  }
  return widths;
})()`;

/** Scale the outermost elements of this page width that pass their parent's content box; returns how many. */
const SCALE_WIDE = (selector: string, columnWidth: number, widths: Record<string, number>) => `(() => {
  const widths = ${JSON.stringify(widths)};
  const pageName = (el) => {
    for (let at = el; at; at = at.parentElement) {
      const name = getComputedStyle(at).page;
      if (name && name !== 'auto') return name;
    }
    return '';
  };
  const widthOf = (name) => widths[name] ?? widths[''];
  let count = 0;
  for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
    if (el.parentElement?.closest(${JSON.stringify(selector)})) continue;
    if (Math.abs(widthOf(pageName(el)) - ${columnWidth}) > 1) continue;
    const parent = el.parentElement;
    if (!parent) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0) continue;
    const style = getComputedStyle(parent);
    const limit = parent.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    if (box.right <= limit + 1) continue;
    const zoom = (Number(el.style.zoom) || 1) * ((limit - box.left) / box.width);
    el.style.zoom = String(Math.floor(zoom * 1000) / 1000);
    count++;
  }
  return count;
})()`;

/**
 * Scale down every element wider than its column, page width by page width.
 * Returns how many elements were scaled (0: the document is left as it was).
 */
export async function fitWideElements(page: Page): Promise<number> {
  const widths = (await page.evaluate(PAGE_WIDTHS)) as Record<string, number>;
  const viewport = page.viewport();
  await page.emulateMediaType('print');
  let scaled = 0;
  try {
    for (const width of [...new Set(Object.values(widths))].filter((w) => w > 0)) {
      await page.setViewport({ width: Math.floor(width), height: 1000 });
      // Two passes: a table's width does not shrink exactly with its zoom.
      for (let pass = 0; pass < 2; pass++) {
        // Measured at its own page's width: an element is scaled only in the pass of its page's width (the outermost one, with what it holds).
        scaled += (await page.evaluate(SCALE_WIDE(CANDIDATES, Math.floor(width), widths))) as number;
      }
    }
  } finally {
    await page.emulateMediaType();
    if (viewport) await page.setViewport(viewport);
  }
  return scaled;
}
