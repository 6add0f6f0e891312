/**
 * The microteaching rotation on the real Day 1-4 sessions and the real timing
 * of d5-microteaching: balanced groups, everyone teaches once and observes,
 * segments of real sessions spread over the days, a rotation that depends on
 * the list, and clear errors for a list too small or too large.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EXCLUDED_SESSIONS,
  MIN_PARTICIPANTS,
  buildRotation,
  debriefStart,
  maxGroupSize,
  maxParticipants,
  placeholderMembers,
  segmentsByDay,
  type RotationMember,
} from '../../src/handouts/microteaching-rotation';
import { loadRotation, microteachingTiming, segmentSessions } from '../../src/handouts/microteaching-data';
import { toMinutes, endOf } from '../../src/lib/time';
import { printDocuments } from '../../src/lib/print-documents';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = process.cwd();
const timing = microteachingTiming(root);
const sessions = segmentSessions(root);
const people = (n: number, prefix = 'Person'): RotationMember[] =>
  Array.from({ length: n }, (_, i) => ({ label: String(i + 1), nameEn: `${prefix} ${i + 1}`, nameLo: `ຜູ້ເຂົ້າຮ່ວມ ${i + 1}` }));
const rotate = (members: RotationMember[]) => buildRotation({ members, sessions, timing, file: 'content/participants.csv' });

describe('microteaching rotation', () => {
  it('fits the session: every lesson ends before the debrief, and the debrief before the session ends', () => {
    const { rotation } = rotate(people(maxParticipants(timing)));
    const sessionEnd = toMinutes(endOf(timing.start, timing.duration));
    for (const lesson of rotation!.groups.flatMap((g) => g.lessons)) {
      expect(toMinutes(lesson.end)).toBeLessThanOrEqual(toMinutes(debriefStart(rotation!)));
    }
    expect(toMinutes(debriefStart(rotation!)) + timing.debrief).toBeLessThanOrEqual(sessionEnd);
  });

  for (const n of [MIN_PARTICIPANTS, 7, 13, 24, 27, 30, maxParticipants(timing)]) {
    it(`with ${n} participants: balanced groups, each member teaches once, leads the observation once and keeps time once`, () => {
      const { rotation, problems } = rotate(people(n));
      expect(problems).toEqual([]);
      const sizes = rotation!.groups.map((g) => g.members.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(Math.min(3, n));
      expect(Math.max(...sizes)).toBeLessThanOrEqual(maxGroupSize(timing));
      const lessons = rotation!.groups.flatMap((g) => g.lessons);
      const count = (pick: (l: (typeof lessons)[number]) => RotationMember) => {
        const tally = new Map<string, number>();
        for (const l of lessons) tally.set(pick(l).label, (tally.get(pick(l).label) ?? 0) + 1);
        return tally;
      };
      for (const role of [(l: (typeof lessons)[number]) => l.teacher, (l: (typeof lessons)[number]) => l.leadObserver, (l: (typeof lessons)[number]) => l.timekeeper]) {
        const tally = count(role);
        expect(tally.size).toBe(n);
        expect([...tally.values()].every((v) => v === 1)).toBe(true);
      }
      // Nobody observes or keeps time for his or her own lesson, and observers are from the same group.
      for (const group of rotation!.groups) {
        const labels = new Set(group.members.map((m) => m.label));
        for (const l of group.lessons) {
          const roles = [l.teacher, l.leadObserver, l.timekeeper, ...l.observers].map((m) => m.label);
          expect(new Set(roles).size).toBe(group.members.length);
          expect(roles.every((r) => labels.has(r))).toBe(true);
        }
      }
    });
  }

  it('teaches back objectives of real Day 1-4 sessions, never the opening or the simulated inspection', () => {
    const { rotation } = rotate(people(30));
    for (const lesson of rotation!.groups.flatMap((g) => g.lessons)) {
      const session = sessions.find((s) => s.id === lesson.segment.sessionId)!;
      expect(session).toBeDefined();
      expect(EXCLUDED_SESSIONS).not.toContain(session.id);
      expect(session.objectives[lesson.segment.objectiveNumber - 1]).toEqual(lesson.segment.objective);
    }
  });

  it('spreads segments across the four days, and over different days within a group of four', () => {
    const { rotation } = rotate(people(24));
    const lessons = rotation!.groups.flatMap((g) => g.lessons);
    const perDay = [1, 2, 3, 4].map((d) => lessons.filter((l) => l.segment.day === d).length);
    expect(Math.max(...perDay) - Math.min(...perDay)).toBeLessThanOrEqual(2);
    for (const group of rotation!.groups) {
      const days = group.lessons.slice(0, 4).map((l) => l.segment.day);
      expect(new Set(days).size).toBe(Math.min(4, group.lessons.length));
    }
    // With enough segments on each day, nobody in the class teaches the same objective as another.
    const keys = lessons.map((l) => `${l.segment.sessionId}#${l.segment.objectiveNumber}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is deterministic for one list and different for another', () => {
    const first = rotate(people(24)).rotation!;
    expect(rotate(people(24)).rotation).toEqual(first);
    const other = rotate(people(24, 'Someone')).rotation!;
    const teachersOf = (r: typeof first) => r.groups.map((g) => g.members.map((m) => m.label).join(','));
    expect(teachersOf(other)).not.toEqual(teachersOf(first));
  });

  it('refuses a list that is too small or too large, naming the file and the limit', () => {
    const small = rotate(people(MIN_PARTICIPANTS - 1));
    expect(small.rotation).toBeUndefined();
    expect(small.problems[0]).toMatchObject({ severity: 'error', file: 'content/participants.csv' });
    expect(small.problems[0].message).toContain(`at least ${MIN_PARTICIPANTS}`);
    const large = rotate(people(maxParticipants(timing) + 1));
    expect(large.rotation).toBeUndefined();
    expect(large.problems[0].message).toContain(`at most ${maxParticipants(timing)}`);
    expect(large.problems[0].fix).toContain('content/participants.csv');
  });

  it('interleaves each day across its sessions', () => {
    const day1 = segmentsByDay(sessions).get(1)!;
    expect(day1[0].sessionId).not.toBe(day1[1].sessionId);
  });

  it('prints numbered places P01..P24 when there is no participants list, and reads a real CSV otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotation-'));
    try {
      const none = loadRotation(root, { COURSE_PARTICIPANTS: '' } as NodeJS.ProcessEnv);
      // With COURSE_PARTICIPANTS empty the default file is used if the project has one; the placeholder case is tested directly.
      expect(none.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const placeholders = buildRotation({ members: placeholderMembers(), sessions, timing, placeholders: true }).rotation!;
      expect(placeholders.groups.flatMap((g) => g.members).map((m) => m.label).sort()).toEqual(placeholderMembers().map((m) => m.label));
      const csv = join(dir, 'three.csv');
      writeFileSync(csv, 'name_lo,name_en\nຄຳ,Kham\nນ້ອຍ,Noy\nວັນ,Vanh\n');
      const tooFew = loadRotation(root, { COURSE_PARTICIPANTS: csv } as NodeJS.ProcessEnv);
      expect(tooFew.problems[0].file).toBe(csv);
      expect(tooFew.problems[0].message).toContain('3 participant(s)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is skipped in a project without the Day 5 session, and printed only where the session exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotation-empty-'));
    try {
      expect(loadRotation(dir, {} as NodeJS.ProcessEnv)).toEqual({ problems: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const inventory = { quizzes: [], rolePlays: [], caseStudies: [] };
    const kinds = (sessions?: string[]) => printDocuments({ ...inventory, sessions }).map((d) => d.kind);
    expect(kinds(['d5-microteaching', 'd5-implementation-plan'])).toEqual(expect.arrayContaining(['microteaching-rotation', 'implementation-plan']));
    expect(kinds(['d1-opening'])).not.toContain('microteaching-rotation');
    expect(kinds(undefined)).not.toContain('implementation-plan');
  });

  it('matches the session plan of d5-microteaching: the rounds last as long as the largest group needs', () => {
    const record = parse(readFileSync(join(root, 'content/sessions/d5-microteaching.yaml'), 'utf8')) as { plan: { minutes: number; facilitator: { en: string } }[] };
    const rounds = record.plan.filter((step) => /^Rounds? \d/.test(step.facilitator.en)).reduce((sum, step) => sum + step.minutes, 0);
    expect(rounds).toBe(maxGroupSize(timing) * (timing.teach + timing.feedback));
    const { rotation } = rotate(people(24));
    expect(toMinutes(debriefStart(rotation!)) - toMinutes(timing.start)).toBe(timing.briefing + rounds);
  });
});
