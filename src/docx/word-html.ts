/**
 * Turns a rendered print page into the HTML Pandoc reads for the Word copy:
 * no scripts or styles, and the HTML5 containers Pandoc's reader skips
 * (section, article, nav...) made into divs, so their classes reach the Lua
 * filter below, which drops what only makes sense on paper and starts each
 * handout page on a new Word page.
 */

const CONTAINERS = /<(\/?)(?:section|article|nav|aside|header|footer|main)\b/gi;

export function htmlForWord(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<p class="cut-line"[^>]*>[\s\S]*?<\/p>/gi, '')
    // Lao no-break word spans (src/lib/lao-line-breaks.ts) mean nothing to Word: the plain text is enough.
    .replace(/<span class="lw">([^<]*)<\/span>/g, '$1')
    .replace(/<wbr>/g, '')
    .replace(CONTAINERS, '<$1div');
}

/** Pandoc Lua filter: classes whose elements are dropped, and classes that start a new page. */
export const WORD_FILTER = `
local drop = { ['toc'] = true, ['blank-page'] = true, ['sr-only'] = true, ['fit-script'] = true }
local new_page = { ['handout-page'] = true, ['new-page'] = true, ['session'] = true, ['day-title'] = true }
local page_break = pandoc.RawBlock('openxml', '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

local function has_class(el, set)
  for _, class in ipairs(el.classes) do
    if set[class] then return true end
  end
  return false
end

function Div(el)
  if has_class(el, drop) then return {} end
end

function Span(el)
  if has_class(el, drop) then return {} end
end

-- A new page before each handout page, session and day, except the first thing in the document.
function Pandoc(doc)
  local blocks = pandoc.Blocks({})
  for _, block in ipairs(doc.blocks) do
    local starts_page = (block.t == 'Div' or block.t == 'Header') and has_class(block, new_page)
    if starts_page and #blocks > 0 then blocks:insert(page_break) end
    blocks:insert(block)
  end
  doc.blocks = blocks
  return doc
end
`;
