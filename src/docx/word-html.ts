/**
 * Turns a rendered print page into the HTML Pandoc reads for the Word copy:
 * no scripts or styles, and the HTML5 containers Pandoc's reader skips
 * (section, article, nav...) made into divs, so their classes reach the Lua
 * filter below, which drops what only makes sense on paper and starts each
 * handout page on a new Word page.
 */

const CONTAINERS = /<(\/?)(?:section|article|nav|aside|header|footer|main)\b/gi;

/** A line to write on, in Word (the PDF draws it with a border, which Word does not get). */
const WRITE_LINE = '_'.repeat(30);

/**
 * Pandoc's HTML reader drops inline <svg>: each procedure flowchart becomes an
 * image file instead (Pandoc embeds SVG in the DOCX, which Word 2016 and later
 * and LibreOffice display), at the width it prints in the PDF.
 */
export function flowchartsAsImages(html: string): { html: string; files: Record<string, string> } {
  const files: Record<string, string> = {};
  let count = 0;
  const out = html.replace(/<svg\b[^>]*class="procedure-flowchart"[\s\S]*?<\/svg>/g, (svg) => {
    const name = `flowchart-${++count}.svg`;
    files[name] = svg;
    const title = /<title[^>]*>([\s\S]*?)<\/title>/.exec(svg)?.[1] ?? '';
    const width = Number(/\bwidth="(\d+)"/.exec(svg)?.[1] ?? 600);
    // Wider than the A4 text column (657 px): Word gets the page width, like the PDF.
    const size = width > 657 ? ' width="100%"' : '';
    return `<img src="${name}" alt="${title}"${size} />`;
  });
  return { html: out, files };
}

export function htmlForWord(html: string): string {
  const word = html
    // Lao no-break word spans (src/lib/lao-line-breaks.ts) mean nothing to Word: the plain text is enough.
    .replace(/<span class="lw">([^<]*)<\/span>/g, '$1')
    .replace(/<wbr>/g, '')
    .replace(/<span class="lt">([^<]*)<\/span>/g, '$1')
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    // The document's <title> would come back as a second cover title: the cover already has it.
    .replace(/<title\b[\s\S]*?<\/title\s*>/gi, '')
    // The cover's title is the Word "Title" style, not a Heading 1 that would open the contents.
    .replace(/(<div[^>]*class="cover-title"[^>]*>\s*)<h1\b[^>]*>([\s\S]*?)<\/h1>/g, '$1<div data-custom-style="Title"><p>$2</p></div>')
    // Name, date and score of a quiz paper: each on its own line with room to write.
    .replace(/<div class="paper-header">([\s\S]*?)<\/div>/g, (_, fields: string) => fields.replace(/<span>([^<]*)<\/span>/g, `<p>$1: ${WRITE_LINE}</p>`))
    // The printed contents' page numbers are the PDF's: Word's pages differ, so the list keeps only the titles (links).
    .replace(/<span class="toc-(?:dots|page)"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<h1 id="contents">([\s\S]*?)<\/h1>/, '<div data-custom-style="TOC Heading"><p>$1</p></div>')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<p class="cut-line"[^>]*>[\s\S]*?<\/p>/gi, '')
    .replace(CONTAINERS, '<$1div');
  return markPageBreaks(word);
}

/** Elements that start a new page: each handout page, session and day, and the book's new-page sections. */
const NEW_PAGE_TAG = /<(?:div|section|article|h1|h2)\b[^>]*class="(?:[^"]*\s)?(?:handout-page|new-page|session|day-title)(?:\s[^"]*)?"[^>]*>/g;

/** A page-break marker (the Lua filter makes it a Word page break) before each new page, except where nothing comes before it. */
export function markPageBreaks(html: string): string {
  const bodyStart = html.search(/<body\b/i);
  return html.replace(NEW_PAGE_TAG, (tag, offset: number) => {
    const before = html.slice(Math.max(0, bodyStart), offset).replace(/<[^>]+>/g, '').trim();
    return before ? `<div class="word-page-break"><p>-</p></div>${tag}` : tag;
  });
}

/** Pandoc Lua filter: classes whose elements are dropped, page breaks, even heading levels. */
export const WORD_FILTER = `
local drop = { ['blank-page'] = true, ['sr-only'] = true, ['fit-script'] = true }
local page_break = pandoc.RawBlock('openxml', '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

local function has_class(el, set)
  for _, class in ipairs(el.classes) do
    if set[class] then return true end
  end
  return false
end

function Div(el)
  if has_class(el, { ['word-page-break'] = true }) then return page_break end
  if has_class(el, drop) then return {} end
end

function Span(el)
  if has_class(el, drop) then return {} end
end

-- Heading levels never jump (1 then 3 reads as a missing level in Word's navigation):
-- each is at most one below the one before. Headers are visited in document order.
local last_level = 0
function Header(el)
  if el.level > last_level + 1 then el.level = last_level + 1 end
  last_level = el.level
  return el
end
`;
