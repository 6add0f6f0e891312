/** Small string transforms on rendered HTML, used to lay out printed books. */

/** Move every heading down `by` levels (h2 -> h3 ...), at most h6. */
export function shiftHeadings(html: string, by: number): string {
  if (by === 0) return html;
  return html.replace(/<(\/?)h([1-6])\b/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}

/** Split HTML before each <h2>: the sections of a page, as authors wrote them (## headings). */
export function splitSections(html: string): string[] {
  return html.split(/(?=<h2[\s>])/).filter((part) => part.trim() !== '');
}

/** Put a numbered label before each table ("Table 3"), counting from `start`; returns the HTML and the next number. */
export function numberTables(html: string, label: string, start: number): { html: string; next: number } {
  let n = start;
  const out = html.replace(/<table\b/g, (match) => `<p class="table-number">${label} ${n++}</p>${match}`);
  return { html: out, next: n };
}

/**
 * Tables in page content scroll sideways on a narrow screen (Starlight sets them
 * display: block; overflow: auto): a keyboard user must be able to reach and
 * scroll them, so each table that is not already focusable gets tabindex="0".
 */
export function focusableTables(html: string): string {
  return html.replace(/<table(?![^>]*\btabindex=)(?=[\s>])/g, '<table tabindex="0"');
}
