/**
 * Facts about a build for dist/build-report.json: which commit and version
 * it is, how many facts still wait for LSSO to verify, how many pages are
 * still draft translations, the content warnings, and the certificate
 * serial numbers it printed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Problem } from '../check/problem';
import { listFiles } from './files';
import { extractVerifyMarkers } from './verify-markers';
import type { PrintDocument } from './print-documents';
import { certificateSerials, loadCertificateConfig } from '../handouts/handout-data';
import { participantsForPrint } from '../handouts/participants';

export interface BuildFacts {
  /** package.json version. */
  version: string;
  /** Git commit the build was made from, and whether the working tree had changes not committed. */
  commit: { id: string; uncommittedChanges: boolean } | null;
  /** Verify markers in the pages of each language (facts LSSO must confirm). */
  verifyMarkers: Record<'en' | 'lo', number>;
  /** Pages of each language by translation state ('source' for English, the language written first). */
  pagesByTranslation: Record<'en' | 'lo', Record<string, number>>;
  /** The content check's warnings, as it prints them (file:line: message). */
  warnings: string[];
  /** Serial numbers of the certificates printed, in participant order (empty: one blank certificate). */
  certificateSerials: string[];
}

function git(root: string, args: string[]): string | null {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** A page's translation state from its frontmatter (no frontmatter status: 'source' in English, 'draft' in Lao). */
function translationState(source: string, lang: 'en' | 'lo'): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
  const status = front ? (parse(front) as { translation?: { status?: string } } | null)?.translation?.status : undefined;
  return status ?? (lang === 'en' ? 'source' : 'draft');
}

export function buildFacts(root: string, problems: Problem[]): BuildFacts {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const id = git(root, ['rev-parse', 'HEAD']);
  const status = git(root, ['status', '--porcelain']);
  const verifyMarkers = { en: 0, lo: 0 };
  const pagesByTranslation: BuildFacts['pagesByTranslation'] = { en: {}, lo: {} };
  for (const lang of ['en', 'lo'] as const) {
    for (const file of listFiles(root, `content/${lang}`, ['.md', '.mdx'])) {
      const source = readFileSync(join(root, file), 'utf8');
      verifyMarkers[lang] += extractVerifyMarkers(source).length;
      const state = translationState(source, lang);
      pagesByTranslation[lang][state] = (pagesByTranslation[lang][state] ?? 0) + 1;
    }
  }
  return {
    version,
    commit: id ? { id, uncommittedChanges: Boolean(status) } : null,
    verifyMarkers,
    pagesByTranslation,
    warnings: problems.filter((p) => p.severity === 'warning').map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`),
    certificateSerials: certificateSerials(loadCertificateConfig(root), participantsForPrint(root).length),
  };
}

/** The language of an output as the report names it: the bilingual editions (whole or in volumes) are 'lo+en', not just their main language. */
export function reportLanguage(doc: Pick<PrintDocument, 'lang' | 'output'>): string {
  return /-bilingual(-day-\d+)?\.(pdf|docx)$/.test(doc.output) ? 'lo+en' : doc.lang;
}
