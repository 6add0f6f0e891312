/**
 * The last scans before the swap: facilitator material in trainee outputs
 * (whatever the source looked like: a rendered note, an unrendered component
 * of a .md page, its import line printed as text, indexed search text), and
 * participants' names in the copies. Also: what is made from the participants
 * list is offered on no site.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findFacilitatorMaterial, findNames } from '../../src/offline/output-scan';
import { inDownloads, printDocuments, usesParticipants } from '../../src/lib/print-documents';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'scan-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html><head><style>[data-facilitator-only]{display:none}</style></head><body><main>${body}</main><script>const x = "FacilitatorNote";</script></body></html>`;

describe('facilitator material in a trainee output', () => {
  it('finds a rendered facilitator-only element', () => {
    const findings = findFacilitatorMaterial(folder({ 'en/a/index.html': page('<aside class="course-box facilitator-note" data-facilitator-only data-pagefind-ignore="all">Ask</aside>') }));
    expect(findings.map((f) => f.file)).toEqual(['en/a/index.html']);
  });

  it('finds what a page saved as .md leaves: the raw component tag and its import line as text', () => {
    const findings = findFacilitatorMaterial(folder({
      'en/raw/index.html': page('<p>import FacilitatorNote from \'@components/FacilitatorNote.astro\';</p><facilitatornote><p>Ask who</p></facilitatornote>'),
    }));
    expect(findings.map((f) => f.what).join('\n')).toMatch(/unrendered[\s\S]*import line/);
  });

  it('finds a component name in the search data (its text was indexed)', () => {
    const findings = findFacilitatorMaterial(folder({ 'search/index-en.js': 'window.D={"t":"import QuizKey from x"}' }));
    expect(findings[0]).toMatchObject({ file: 'search/index-en.js' });
  });

  it('does not count style or script blocks, nor the words in ordinary prose', () => {
    expect(findFacilitatorMaterial(folder({ 'en/ok/index.html': page('<p>The facilitator notes are in the manual.</p>'), 'search/index-en.js': 'window.D={"t":"facilitator note"}' }))).toEqual([]);
  });
});

describe('participant names in a copy', () => {
  it('finds a name as typed or HTML-escaped, in any file', () => {
    const found = findNames(folder({ 'en/x/index.html': '<td>Vilayphone &lt;Test&gt; Keo</td>', 'notes.txt': 'nothing' }), ['Vilayphone <Test> Keo', 'ສົມສີ ພົມມະ']);
    expect(found.map((f) => f.file)).toEqual(['en/x/index.html']);
  });

  it('finds a Lao name', () => {
    expect(findNames(folder({ 'a.js': 'x="ສົມສີ ພົມມະ"' }), ['ສົມສີ ພົມມະ'])).toHaveLength(1);
  });
});

describe('documents made from the participants list', () => {
  const docs = printDocuments({ quizzes: [{ id: 'q', kind: 'self-check' }], rolePlays: ['r'], caseStudies: ['c'] });
  it('are the attendance sheet and the certificates', () => {
    expect([...new Set(docs.filter(usesParticipants).map((d) => d.kind))].sort()).toEqual(['attendance-sheet', 'certificates']);
  });
  it('are offered on neither site (so neither offline copy holds them)', () => {
    for (const audience of ['trainee', 'facilitator'] as const) {
      expect(docs.filter((d) => inDownloads(d, audience) && usesParticipants(d))).toEqual([]);
    }
    expect(docs.some((d) => inDownloads(d, 'facilitator') && d.kind === 'answer-key')).toBe(true);
  });
});
