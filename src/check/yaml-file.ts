/**
 * Reads a YAML file so that any value can be traced back to its line, for
 * error messages that name the exact place to fix.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { ZodIssue, ZodTypeAny } from 'astro/zod';
import type { Problem } from './problem';

export interface YamlFile<T = unknown> {
  file: string;
  data: T;
  /** Line of the value at a path (or the nearest parent that exists). */
  lineOf(path: (string | number)[]): number | undefined;
}

export function parseYaml(file: string, text: string): { parsed?: YamlFile; problems: Problem[] } {
  const problems: Problem[] = [];
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM from Windows editors is harmless
  if (text.trim() === '') {
    return { problems: [{ severity: 'error', file, message: 'the file is empty', fix: 'write the content, or delete the file' }] };
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  for (const error of doc.errors) {
    const line = error.linePos?.[0]?.line;
    problems.push({
      severity: 'error',
      file,
      line,
      message: `YAML syntax: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      fix: 'check indentation and quoting near this line (quote text that contains ": " or starts with a special character)',
    });
  }
  if (problems.length) return { problems };
  const lineOf = (path: (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : (doc.getIn(path.slice(0, depth), true) as Node | undefined);
      if (node && typeof node === 'object' && 'range' in node && node.range) return lineCounter.linePos(node.range[0]).line;
      // keys whose value is missing: look up the pair in the parent map
      if (depth > 0) {
        const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => (item.key as { value?: unknown })?.value === path[depth - 1]);
          const keyNode = pair?.key as Node | undefined;
          if (keyNode?.range) return lineCounter.linePos(keyNode.range[0]).line;
        } else if (isSeq(parent)) continue;
      }
    }
    return undefined;
  };
  return { parsed: { file, data: doc.toJS(), lineOf }, problems };
}

/** Explain a zod issue in an author's words. */
export function describeIssue(issue: ZodIssue): { message: string; fix?: string } {
  const at = issue.path.length ? `"${issue.path.join('.')}"` : 'the file';
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return { message: `${at} is missing`, fix: `add "${issue.path[issue.path.length - 1]}"` };
  }
  if (issue.code === 'unrecognized_keys') {
    return { message: `${at} has unknown field(s): ${issue.keys.join(', ')}`, fix: 'remove them or correct their spelling (see the schema in src/schemas/)' };
  }
  if (issue.code === 'invalid_enum_value') {
    return { message: `${at}: "${String(issue.received)}" is not allowed`, fix: `use one of: ${issue.options.join(', ')}` };
  }
  const field = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_type') {
    const shape: Record<string, string> = { string: 'a text (in quotes if it has a colon)', number: 'a number, without quotes', array: 'a list (lines starting with "- ")', object: 'fields below it (indented "name: value" lines)', boolean: 'true or false' };
    return { message: `${at}: expected ${issue.expected}, found ${issue.received}`, fix: `write ${shape[issue.expected] ?? issue.expected} for "${String(field ?? 'it')}"` };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return { message: `${at}: ${issue.message}`, fix: issue.type === 'array' ? 'add or remove entries of the list' : issue.type === 'string' ? 'write the text (it may not be empty)' : 'change the number' };
  }
  if (issue.code === 'invalid_string') {
    return { message: `${at}: ${issue.message}`, fix: `write "${String(field)}" in the form the schema expects (see its comment in src/schemas/ and the Day 1 files)` };
  }
  return { message: `${at}: ${issue.message}`, fix: `see the comment on "${String(field ?? 'the field')}" in src/schemas/ and the Day 1 files for the form it takes` };
}

/** Validate parsed YAML against a schema, reporting each issue at its line. */
export function validateYaml<S extends ZodTypeAny>(yaml: YamlFile, schema: S): { value?: ReturnType<S['parse']>; problems: Problem[] } {
  const result = schema.safeParse(yaml.data);
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      severity: 'error' as const,
      file: yaml.file,
      line: yaml.lineOf(issue.path),
      ...describeIssue(issue),
    })),
  };
}

/** Every string in parsed YAML, with its path; `lo` says whether it is the Lao side of an { en, lo } text. */
export function walkStrings(value: unknown, visit: (text: string, path: (string | number)[], lo: boolean) => void, path: (string | number)[] = []) {
  if (typeof value === 'string') visit(value, path, path[path.length - 1] === 'lo');
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, visit, [...path, i]));
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) walkStrings(v, visit, [...path, key]);
}
