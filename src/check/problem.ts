/** A problem found in the content: where it is, what is wrong, how to fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** File relative to the project root. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
  /** What to do about it. */
  fix?: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${p.severity === 'error' ? 'error' : 'warning'}: ${where}: ${p.message}${p.fix ? `\n    fix: ${p.fix}` : ''}`;
}
