/**
 * The import's rules on the real curriculum's units: conflicts when the text
 * changed since the review, disagreements between reviewers, corrections that
 * would break what the build relies on, and review files that are refused.
 */
import { describe, expect, it } from 'vitest';
import { planImport, proposalProblem } from '../../src/review/import';
import { parseReviewFile, reviewChecksum, ReviewFileError, type ReviewEntry, type ReviewFile } from '../../src/review/review-file';
import { courseVersion, readReviewUnits, type ReviewUnit } from '../../src/review/units';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const units = readReviewUnits(PROJECT_ROOT);
const version = courseVersion(PROJECT_ROOT);
const unit = (test: (u: ReviewUnit) => boolean) => units.find(test)!;
const quizItem = unit((u) => u.id.startsWith('quizzes/d1-principles-check.yaml#items.'));
const glossaryTerm = unit((u) => u.kind === 'glossary-term');
const section = unit((u) => u.kind === 'page-section' && /<(FacilitatorNote|Activity|Verify)\b/.test(u.fields[0].lo));
const narrative = unit((u) => u.kind === 'case-study' && /\{[\w-]+\}/.test(u.fields[0]?.lo ?? ''));

const entry = (u: ReviewUnit, decision: ReviewEntry['decision'], more: Partial<ReviewEntry> = {}): ReviewEntry => ({ id: u.id, decision, en: u.en, lo: u.lo, ...more });
const review = (reviewer: string, entries: ReviewEntry[]): ReviewFile => ({ format: 'lsso-review/1', reviewer, date: '2026-12-01', courseVersion: version, units: entries, checksum: '0'.repeat(64), path: `${reviewer}.json` });
const fix = (u: ReviewUnit, key = u.fields[0].key) => ({ [key]: `${u.fields.find((f) => f.key === key)!.lo} ແກ້ໄຂ` });

describe('import rules', () => {
  it('records approvals and applies corrections made on the text as it is', () => {
    const plan = planImport(units, [review('A', [entry(glossaryTerm, 'approved'), entry(quizItem, 'changed', { proposed: fix(quizItem, 'explanation') })])]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.approvals.map((a) => [a.unit, a.decision, a.reviewer])).toEqual([
      [glossaryTerm.id, 'approved', 'A'],
      [quizItem.id, 'corrected', 'A'],
    ]);
    expect(plan.changes).toEqual([{ file: quizItem.file, unit: quizItem.id, reviewer: 'A', key: 'explanation', old: quizItem.fields.find((f) => f.key === 'explanation')!.lo, new: fix(quizItem, 'explanation').explanation }]);
  });

  it('refuses, as a conflict, a unit whose English or Lao changed since the review, and a unit that no longer exists', () => {
    const plan = planImport(units, [
      review('A', [
        entry(glossaryTerm, 'approved', { en: '000000000000' }),
        entry(quizItem, 'changed', { lo: '000000000000', proposed: fix(quizItem) }),
        { id: 'content/lo/day-1/principles.mdx#a-heading-since-renamed', decision: 'approved', en: glossaryTerm.en, lo: glossaryTerm.lo },
      ]),
    ]);
    expect(plan.approvals).toEqual([]);
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts.map((c) => c.reason)).toEqual([
      expect.stringContaining('the English changed since the review'),
      expect.stringContaining('the Lao changed since the review'),
      expect.stringContaining('no longer in the course'),
    ]);
  });

  it('lists two reviewers who disagree, and applies neither', () => {
    const approveVsChange = planImport(units, [review('A', [entry(quizItem, 'approved')]), review('B', [entry(quizItem, 'changed', { proposed: fix(quizItem) })])]);
    expect(approveVsChange.disagreements).toEqual([{ unit: quizItem.id, views: [{ reviewer: 'A', decision: 'approved', proposed: undefined }, { reviewer: 'B', decision: 'changed', proposed: fix(quizItem) }] }]);
    expect(approveVsChange.approvals).toEqual([]);
    expect(approveVsChange.changes).toEqual([]);
    const twoCorrections = planImport(units, [review('A', [entry(quizItem, 'changed', { proposed: fix(quizItem) })]), review('B', [entry(quizItem, 'changed', { proposed: { [quizItem.fields[0].key]: 'ອີກແບບໜຶ່ງ' } })])]);
    expect(twoCorrections.disagreements).toHaveLength(1);
    expect(twoCorrections.changes).toEqual([]);
  });

  it('records both reviewers when they agree, and applies an identical correction once', () => {
    const approvals = planImport(units, [review('A', [entry(glossaryTerm, 'approved')]), review('B', [entry(glossaryTerm, 'approved')])]);
    expect(approvals.disagreements).toEqual([]);
    expect(approvals.approvals.map((a) => a.reviewer)).toEqual(['A', 'B']);
    const same = planImport(units, [review('A', [entry(quizItem, 'changed', { proposed: fix(quizItem) })]), review('B', [entry(quizItem, 'changed', { proposed: fix(quizItem) })])]);
    expect(same.changes).toHaveLength(1);
    expect(same.changes[0].reviewer).toBe('A, B');
    expect(same.approvals.map((a) => a.reviewer)).toEqual(['A', 'B']);
  });

  it('keeps comments, and a comment alone records no approval', () => {
    const plan = planImport(units, [review('A', [entry(glossaryTerm, 'none', { comment: 'ຄວນກວດຄືນ' })])]);
    expect(plan.comments).toEqual([{ unit: glossaryTerm.id, reviewer: 'A', comment: 'ຄວນກວດຄືນ' }]);
    expect(plan.approvals).toEqual([]);
  });

  it('does not apply a correction that breaks a component, a placeholder, or adds Thai letters', () => {
    const lo = section.fields[0].lo;
    expect(proposalProblem(section, '', lo.replace(/<\/?(FacilitatorNote|Activity)\b[^>]*>/, ''))).toMatch(/component/);
    expect(proposalProblem(section, '', `${lo} ภาษาไทย`)).toMatch(/Thai/);
    expect(proposalProblem(narrative, '', narrative.fields[0].lo.replace(/\{[\w-]+\}/, '240'))).toMatch(/placeholder/);
    expect(proposalProblem(section, '', `${lo}\nເພີ່ມປະໂຫຍກ.`)).toBeUndefined();
    const plan = planImport(units, [review('A', [entry(section, 'changed', { proposed: { '': lo.replace(/<\/?(FacilitatorNote|Activity)\b[^>]*>/, '') } })])]);
    expect(plan.changes).toEqual([]);
    expect(plan.approvals).toEqual([]);
    expect(plan.conflicts[0].reason).toMatch(/not applied/);
  });
});

describe('review files', () => {
  const good = () => {
    const body = { format: 'lsso-review/1', reviewer: 'A', date: '2026-12-01', courseVersion: version, units: [entry(glossaryTerm, 'approved')] };
    return { ...body, checksum: reviewChecksum(body) };
  };

  it('reads a file exported by the review copy', () => {
    expect(parseReviewFile('a.json', JSON.stringify(good(), null, 1), version).units).toHaveLength(1);
  });

  it('refuses a truncated file, a file edited by hand, a file of another course version, and a file with a unit twice', () => {
    const text = JSON.stringify(good(), null, 1);
    expect(() => parseReviewFile('a.json', text.slice(0, 100), version)).toThrow(/a\.json: cannot be read: it ends before the end/);
    expect(() => parseReviewFile('a.json', text.replace(glossaryTerm.lo, 'f'.repeat(12)), version)).toThrow(/edited after it was exported/);
    const other = { ...good(), courseVersion: 'another' };
    expect(() => parseReviewFile('a.json', JSON.stringify({ ...other, checksum: reviewChecksum(other) }), version)).toThrow(/course version "another"/);
    const twice = { ...good(), units: [entry(glossaryTerm, 'approved'), entry(glossaryTerm, 'approved')] };
    expect(() => parseReviewFile('a.json', JSON.stringify({ ...twice, checksum: reviewChecksum(twice) }), version)).toThrow(ReviewFileError);
    expect(() => parseReviewFile('a.json', '{"name": "x"}', version)).toThrow(/not a review file/);
  });
});
