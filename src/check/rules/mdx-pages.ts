/**
 * Every page read as the build's MDX compiler reads it, so that a page the
 * site build would stop on (or render wrongly) is found by the check, in a
 * second, with its file, line and fix: syntax errors (an unclosed component,
 * an unbalanced brace, a literal < in prose), a component used but not
 * imported, an import of a file that does not exist, an {expression} naming
 * something the page does not define, and verify markers the register
 * cannot list (a missing or empty note).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedContent, PageFile } from '../load-content';
import type { Problem } from '../problem';
import { parseMdx, verifyMarkersIn, type EstreeProgram, type MdxNode, type ParsedMdx } from '../../lib/verify-markers';

/** The project's code (components come with the code, wherever the content is). */
const CODE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Import aliases of tsconfig.json, as the build resolves them. */
const ALIASES: Record<string, string> = { '@components/': 'src/components/', '@lib/': 'src/lib/', '@schemas/': 'src/schemas/' };

/** Names an MDX page may use without defining them: Astro's page values and the JavaScript built-ins a page might reasonably use. */
const PROVIDED = new Set(['frontmatter', 'props', 'undefined', 'null', 'true', 'false', 'NaN', 'Infinity', 'Math', 'Date', 'JSON', 'Number', 'String', 'Array', 'Object', 'Intl', 'Boolean']);

/** The fix for an MDX syntax error, by the rule that raised it. */
function syntaxFix(error: NonNullable<ParsedMdx['error']>): string {
  const { ruleId = '', message } = error;
  if (ruleId === 'end-tag-mismatch' || /closing tag/.test(message)) return 'close the component: write its closing tag (e.g. </FacilitatorNote>) after its content, on its own line with a blank line before it, or end a component without content with />';
  if (/expression/.test(ruleId) || /brace|expression|acorn/i.test(message)) return 'a { in the text starts an expression in MDX: close it with }, or write \\{ for a literal brace';
  if (/mdx-jsx/.test(error.source ?? '') && /before name|unexpected character/i.test(message)) return 'a < in the text starts a component in MDX: write &lt; (or the words "less than"), or close the tag if it is one';
  if (/mdx-jsx/.test(error.source ?? '')) return 'check the component tag on this line: attributes as name="value", the tag closed with > or />';
  if (/esm|import|export/i.test(ruleId + message)) return 'an import line must be: import Name from \'@components/Name.astro\';';
  return 'correct the MDX syntax on this line (content/README.md shows how components are written)';
}

/** Names declared by an estree program: imports, exported and top-level declarations. */
function declaredNames(program: EstreeProgram | undefined, into: Set<string>) {
  for (const statement of program?.body ?? []) {
    const node = statement as Record<string, any>;
    if (node.type === 'ImportDeclaration') for (const s of node.specifiers ?? []) into.add(s.local.name);
    const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
    if (declaration?.type === 'VariableDeclaration') for (const d of declaration.declarations) collectPatternNames(d.id, into);
    if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id) into.add(declaration.id.name);
  }
}

function collectPatternNames(pattern: any, into: Set<string>) {
  if (!pattern) return;
  if (pattern.type === 'Identifier') into.add(pattern.name);
  else if (pattern.type === 'ObjectPattern') for (const p of pattern.properties) collectPatternNames(p.value ?? p.argument, into);
  else if (pattern.type === 'ArrayPattern') for (const e of pattern.elements) collectPatternNames(e, into);
  else if (pattern.type === 'RestElement') collectPatternNames(pattern.argument, into);
  else if (pattern.type === 'AssignmentPattern') collectPatternNames(pattern.left, into);
}

/** Identifiers an expression reads (not property names, not names it declares itself). */
function usedNames(program: EstreeProgram | undefined): string[] {
  const used: string[] = [];
  const local = new Set<string>();
  const walk = (node: any, parent?: any, key?: string) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Identifier') {
      const isProperty = (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) || (parent?.type === 'Property' && key === 'key' && !parent.computed);
      if (!isProperty) used.push(node.name);
      return;
    }
    if (/Function/.test(node.type)) for (const p of node.params ?? []) collectPatternNames(p, local);
    if (node.type === 'VariableDeclarator') collectPatternNames(node.id, local);
    if (node.type === 'CatchClause') collectPatternNames(node.param, local);
    for (const [childKey, value] of Object.entries(node)) {
      if (childKey === 'loc' || childKey === 'range') continue;
      if (Array.isArray(value)) for (const v of value) walk(v, node, childKey);
      else if (value && typeof value === 'object') walk(value, node, childKey);
    }
  };
  for (const statement of program?.body ?? []) walk(statement);
  return used.filter((name) => !local.has(name));
}

function importTarget(root: string, page: PageFile, source: string): string | undefined {
  const alias = Object.keys(ALIASES).find((a) => source.startsWith(a));
  if (alias) return join(CODE_ROOT, ALIASES[alias], source.slice(alias.length));
  if (source.startsWith('.')) return join(root, dirname(page.file), source);
  return undefined; // a package: resolved by the build
}

function checkPage(root: string, page: PageFile, problems: Problem[]) {
  const error = (line: number, message: string, fix: string) => problems.push({ severity: 'error', file: page.file, line, message, fix });
  const parsed = parseMdx(page.source);
  if (parsed.error) {
    const { line, column, message } = parsed.error;
    error(line, `MDX syntax${column ? ` (column ${column})` : ''}: ${message.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '')}`, syntaxFix(parsed.error));
    return;
  }
  for (const p of verifyMarkersIn(parsed).problems) error(p.line, p.message, p.fix);

  const defined = new Set(PROVIDED);
  const nodes: MdxNode[] = [];
  const collect = (node: MdxNode) => {
    nodes.push(node);
    for (const child of node.children ?? []) collect(child);
  };
  collect(parsed.tree);
  for (const node of nodes.filter((n) => n.type === 'mdxjsEsm')) {
    declaredNames(node.data?.estree, defined);
    for (const statement of node.data?.estree?.body ?? []) {
      const s = statement as Record<string, any>;
      if (s.type !== 'ImportDeclaration' || typeof s.source?.value !== 'string') continue;
      const target = importTarget(root, page, s.source.value);
      if (target && !existsSync(target)) {
        error(node.position?.start.line ?? 1, `the import of "${s.source.value}" names a file that does not exist`, 'correct the path (components are in src/components/, e.g. @components/Verify.astro), or remove the import');
      }
    }
  }
  for (const node of nodes) {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const base = node.name.split('.')[0];
      if (/^[A-Z]/.test(base) && !defined.has(base)) {
        error(line, `the component <${node.name}> is used but not imported: the page would not build`, `add "import ${base} from '@components/${base}.astro';" below the frontmatter (or correct the name)`);
      }
    }
    const programs: EstreeProgram[] = [];
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') programs.push(node.data?.estree ?? {});
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') programs.push(attribute.data?.estree ?? {});
      else if (attribute.value && typeof attribute.value === 'object') programs.push(attribute.value.data?.estree ?? {});
    }
    for (const name of new Set(programs.flatMap(usedNames))) {
      if (!defined.has(name)) {
        error(line, `the expression {…${name}…} names "${name}", which the page does not define: the page would fail to build`, `for text in braces write \\{ and \\}; otherwise import or export "${name}" in the page`);
      }
    }
  }
}

export function checkMdxPages(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const page of content.pages) checkPage(content.root, page, problems);
  return problems;
}
