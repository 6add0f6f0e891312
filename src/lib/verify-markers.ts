/**
 * Verify markers: facts LSSO must confirm. Authors write
 *   <Verify note="what to check">the claim</Verify>
 * in MDX, or `verify:` on a case-study fact. This module finds them in the
 * parsed MDX (not with a pattern), so every way of writing one counts: note
 * in single or double quotes or as a string expression (note={"..."}), a
 * self-closing marker, attributes over several lines. The register and the
 * checks see exactly what the page shows.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { shortHash } from './text';

export interface VerifyMarker {
  /** Anchor id shared by the inline marker and its register entry. */
  id: string;
  /** What LSSO must check. */
  note: string;
  /** The claim as written in the source (Markdown, tags stripped); empty for a self-closing marker. */
  text: string;
  /** 1-based line of the marker in its file. */
  line: number;
}

/** A marker that cannot go into the register: its note is missing, empty or not a plain text. */
export interface VerifyMarkerProblem {
  /** 1-based line in the source. */
  line: number;
  message: string;
  fix: string;
}

/** The anchor id for a marker with this note. */
export function verifyAnchor(note: string): string {
  return `verify-${shortHash(note.trim())}`;
}

interface Point {
  line: number;
  offset?: number;
}
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: Point; end: Point };
  data?: { estree?: EstreeProgram };
}
export interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: EstreeProgram } };
  data?: { estree?: EstreeProgram };
}
/** The estree of an expression or ESM block, as remark-mdx attaches it. */
export interface EstreeProgram {
  body?: { type: string; expression?: EstreeNode; [key: string]: unknown }[];
}
export interface EstreeNode {
  type: string;
  value?: unknown;
  expressions?: unknown[];
  quasis?: { value: { cooked?: string | null } }[];
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The frontmatter as blank lines, so the parser reads only the body and lines stay the file's lines. */
function blankFrontmatter(source: string): string {
  const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

/** The text of a string attribute value, written "x", 'x', {"x"}, {'x'} or {`x`}; undefined for any other expression. */
function stringValue(attribute: MdxAttribute): string | undefined {
  const value = attribute.value;
  if (typeof value === 'string') return value;
  if (value == null || typeof value !== 'object') return undefined;
  const expression = value.data?.estree?.body?.[0]?.expression;
  if (expression?.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  if (expression?.type === 'TemplateLiteral' && expression.expressions?.length === 0) return expression.quasis?.[0]?.value.cooked ?? undefined;
  return undefined;
}

/** A page body parsed as MDX (frontmatter blanked, so positions are the file's lines), or the syntax error that stopped the parser. */
export type ParsedMdx =
  | { tree: MdxNode; text: string; error?: undefined }
  | { tree?: undefined; text: string; error: { line: number; column?: number; message: string; ruleId?: string; source?: string } };

/** Parses by source text: the check reads each page's tree for several rules (markers, anchors, syntax). */
const parseCache = new Map<string, ParsedMdx>();
const PARSE_CACHE_LIMIT = 500;

/** Parse an MDX source (the whole file, frontmatter included) with remark-mdx, as the build's MDX compiler does. The tree is shared: do not change it. */
export function parseMdx(source: string): ParsedMdx {
  const cached = parseCache.get(source);
  if (cached) return cached;
  const parsed = parseUncached(source);
  if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.delete(parseCache.keys().next().value as string);
  parseCache.set(source, parsed);
  return parsed;
}

function parseUncached(source: string): ParsedMdx {
  const text = blankFrontmatter(source.replace(/\r\n?/g, '\n'));
  try {
    return { tree: parser.parse(text) as MdxNode, text };
  } catch (thrown) {
    const e = thrown as { reason?: string; message?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line?: number; column?: number } }; ruleId?: string; source?: string };
    const place = e.place?.start ?? e.place;
    const line = e.line ?? place?.line ?? Number(/\((\d+):\d+/.exec(e.message ?? '')?.[1] ?? 1);
    return { text, error: { line, column: e.column ?? place?.column, message: e.reason ?? e.message ?? String(thrown), ruleId: e.ruleId ?? undefined, source: e.source ?? undefined } };
  }
}

/** The markers of a parsed page, and the markers that cannot be registered. */
export function verifyMarkersIn(parsed: ParsedMdx): { markers: VerifyMarker[]; problems: VerifyMarkerProblem[] } {
  const markers: VerifyMarker[] = [];
  const problems: VerifyMarkerProblem[] = [];
  const { tree, text } = parsed;
  if (!tree) return { markers, problems };
  const visit = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Verify') {
      const line = node.position?.start.line ?? 1;
      const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'note');
      const note = attribute ? stringValue(attribute)?.trim() : undefined;
      if (!attribute) {
        problems.push({ line, message: 'a <Verify> marker has no note: the register would not say what LSSO must confirm', fix: 'write <Verify note="what LSSO must confirm, and where">the claim</Verify>' });
      } else if (note === undefined) {
        problems.push({ line, message: 'the note of a <Verify> marker is not plain text (an expression the register cannot read)', fix: 'write the note in quotes: note="what LSSO must confirm"' });
      } else if (note === '') {
        problems.push({ line, message: 'a <Verify> marker has an empty note: the register would not say what LSSO must confirm', fix: 'write in note="..." what LSSO must confirm, and where' });
      } else {
        const children = node.children ?? [];
        const first = children[0]?.position?.start.offset;
        const last = children[children.length - 1]?.position?.end.offset;
        const claim = first !== undefined && last !== undefined ? text.slice(first, last) : '';
        markers.push({ id: verifyAnchor(note), note, text: claim.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(), line });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { markers, problems };
}

/**
 * All markers in an MDX source, in order, and the markers that cannot be
 * registered. An MDX syntax error yields no markers and no problems here:
 * the check reports the syntax error itself (src/check/rules/mdx-pages.ts).
 */
export function readVerifyMarkers(source: string): { markers: VerifyMarker[]; problems: VerifyMarkerProblem[] } {
  return verifyMarkersIn(parseMdx(source));
}

/** All markers in an MDX source, in order (markers without a usable note are left out; the check reports them). */
export function extractVerifyMarkers(source: string): VerifyMarker[] {
  return readVerifyMarkers(source).markers;
}
