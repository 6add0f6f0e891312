/**
 * The microteaching rotation of Day 5 (session d5-microteaching): from the
 * participants list, groups of three to five, a time slot for each member,
 * the segment of a real Day 1-4 session each member teaches back, and who is
 * lead observer and timekeeper for each lesson. Pure: same inputs, same
 * rotation; another participants list gives another rotation (the shuffle is
 * seeded by the list itself, so no clock or random source is involved).
 */
import type { Problem } from '../check/problem';
import { toClock, toMinutes } from '../lib/time';
import { seededRandom } from '../lib/seeded-random';

export interface LocalizedText {
  en: string;
  lo: string;
}

/** One person on the rotation: a participant from the CSV, or a numbered place (P01...) when there is no list. */
export interface RotationMember {
  /** What the handout prints to identify the person: the id if the CSV has one, else the place number. */
  label: string;
  nameLo?: string;
  nameEn?: string;
}

/** A session of Days 1-4 that can be taught back, with its objectives (from content/sessions/). */
export interface SegmentSession {
  id: string;
  day: number;
  order: number;
  title: LocalizedText;
  objectives: LocalizedText[];
}

/** What one member teaches: one objective of one real session, in a 10-minute lesson. */
export interface Segment {
  sessionId: string;
  day: number;
  title: LocalizedText;
  /** 1-based number of the objective in the session record. */
  objectiveNumber: number;
  objective: LocalizedText;
}

export interface Lesson {
  /** 1-based slot in the group. */
  slot: number;
  start: string;
  end: string;
  teacher: RotationMember;
  segment: Segment;
  /** Fills the microteaching rubric for this lesson and opens the feedback. */
  leadObserver: RotationMember;
  /** Keeps the time of the lesson and of the feedback; absent in a group of two (never built: groups have three or more). */
  timekeeper: RotationMember;
  /** Everyone else in the group, who also observe with the observation form. */
  observers: RotationMember[];
}

export interface RotationGroup {
  number: number;
  members: RotationMember[];
  lessons: Lesson[];
}

/** The timing rules of the session, all in minutes. */
export interface RotationTiming {
  /** Session start, "HH:MM". */
  start: string;
  /** Session length. */
  duration: number;
  /** Briefing in plenary before the groups start. */
  briefing: number;
  /** One micro-lesson. */
  teach: number;
  /** Feedback after each lesson, following the protocol. */
  feedback: number;
  /** Plenary debrief at the end. */
  debrief: number;
  /** Most groups the room and two facilitators can supervise (one flipchart corner each). */
  maxGroups: number;
}

export const DEFAULT_TIMING: Omit<RotationTiming, 'start' | 'duration'> = {
  briefing: 10,
  teach: 10,
  feedback: 6,
  debrief: 15,
  maxGroups: 8,
};

/** Fewer people than this cannot form a group in which one teaches and others observe and give feedback. */
export const MIN_PARTICIPANTS = 4;
/** Smallest group: a teacher, a lead observer and a timekeeper. */
export const MIN_GROUP_SIZE = 3;
/** Numbered places printed when there is no participants list. */
export const PLACEHOLDER_COUNT = 24;
/** Sessions that cannot be taught back in ten minutes: the opening (introductions and pre-test) and the half-day simulated inspection. */
export const EXCLUDED_SESSIONS = ['d1-opening', 'd3-simulated-inspection'];

export interface Rotation {
  groups: RotationGroup[];
  timing: RotationTiming;
  /** Lessons in the biggest group, so the slots the session needs. */
  slots: number;
  /** True when the rotation is for numbered places, not named participants. */
  placeholders: boolean;
}

/** Largest group the time allows: every member teaches once, with feedback, between briefing and debrief. */
export function maxGroupSize(timing: RotationTiming): number {
  return Math.floor((timing.duration - timing.briefing - timing.debrief) / (timing.teach + timing.feedback));
}

export function maxParticipants(timing: RotationTiming): number {
  return maxGroupSize(timing) * timing.maxGroups;
}

/** Numbered places P01..P24 for a pack printed without a participants list. */
export function placeholderMembers(count = PLACEHOLDER_COUNT): RotationMember[] {
  return Array.from({ length: count }, (_, i) => ({ label: `P${String(i + 1).padStart(2, '0')}` }));
}

// FNV-1a: a short, stable hash of the list, so the same list always gives the same rotation.
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * The segments of each day, interleaved across that day's sessions (first
 * objective of every session, then the second...), so that consecutive
 * segments of a day come from different sessions.
 */
export function segmentsByDay(sessions: SegmentSession[]): Map<number, Segment[]> {
  const byDay = new Map<number, Segment[]>();
  const eligible = sessions
    .filter((s) => s.day >= 1 && s.day <= 4 && !EXCLUDED_SESSIONS.includes(s.id) && s.objectives.length > 0)
    .sort((a, b) => a.day - b.day || a.order - b.order);
  for (const day of [...new Set(eligible.map((s) => s.day))]) {
    const daySessions = eligible.filter((s) => s.day === day);
    const longest = Math.max(...daySessions.map((s) => s.objectives.length));
    const list: Segment[] = [];
    for (let n = 0; n < longest; n++) {
      for (const s of daySessions) {
        if (n < s.objectives.length) list.push({ sessionId: s.id, day: s.day, title: s.title, objectiveNumber: n + 1, objective: s.objectives[n] });
      }
    }
    byDay.set(day, list);
  }
  return byDay;
}

export interface RotationInput {
  members: RotationMember[];
  sessions: SegmentSession[];
  timing: RotationTiming;
  /** The participants file, for messages; undefined when placeholders are used. */
  file?: string;
  placeholders?: boolean;
}

export function buildRotation(input: RotationInput): { rotation?: Rotation; problems: Problem[] } {
  const { members, sessions, timing } = input;
  const file = input.file ?? 'content/participants.csv';
  const problems: Problem[] = [];
  const groupMax = maxGroupSize(timing);
  const capacity = maxParticipants(timing);
  if (groupMax < MIN_GROUP_SIZE) {
    problems.push({
      severity: 'error',
      file: 'content/sessions/d5-microteaching.yaml',
      message: `${timing.duration} minutes leave room for groups of ${groupMax}; microteaching needs groups of at least ${MIN_GROUP_SIZE} (teacher, lead observer, timekeeper)`,
      fix: `give the session at least ${timing.briefing + timing.debrief + MIN_GROUP_SIZE * (timing.teach + timing.feedback)} minutes`,
    });
    return { problems };
  }
  if (members.length < MIN_PARTICIPANTS) {
    problems.push({
      severity: 'error',
      file,
      message: `the list has ${members.length} participant(s); the microteaching rotation needs at least ${MIN_PARTICIPANTS} (one teaches while the others observe and give feedback)`,
      fix: `add the missing participants to ${file}, or remove the file to print a rotation for numbered places`,
    });
    return { problems };
  }
  if (members.length > capacity) {
    problems.push({
      severity: 'error',
      file,
      message: `the list has ${members.length} participants; in ${timing.duration} minutes the rotation fits at most ${capacity} (${timing.maxGroups} groups of ${groupMax}, each member teaching ${timing.teach} minutes with ${timing.feedback} minutes of feedback)`,
      fix: `run microteaching twice with half of ${file} each (two copies of the file and two builds), or lengthen d5-microteaching in content/sessions/`,
    });
    return { problems };
  }
  const days = segmentsByDay(sessions);
  const dayNumbers = [...days.keys()].sort((a, b) => a - b);
  if (dayNumbers.length === 0) {
    problems.push({ severity: 'error', file: 'content/sessions/', message: 'no session of Days 1-4 has objectives to teach back', fix: 'check the objectives of the Day 1-4 session records' });
    return { problems };
  }

  const seed = hashText(members.map((m) => `${m.label}|${m.nameEn ?? ''}|${m.nameLo ?? ''}`).join('\n'));
  const random = seededRandom(seed);
  const order = shuffled(members, random);

  // Deal the shuffled list round the groups: sizes then differ by one at most.
  const groupCount = Math.ceil(order.length / groupMax);
  const grouped: RotationMember[][] = Array.from({ length: groupCount }, () => []);
  order.forEach((member, index) => grouped[index % groupCount].push(member));

  // Each day's list starts at a seeded place, so another list of people also gets other segments.
  const next = new Map(dayNumbers.map((d) => [d, Math.floor(random() * days.get(d)!.length)]));
  const segmentOf = (groupIndex: number, slot: number): Segment => {
    // Within a group, consecutive slots take consecutive days; groups start on different days.
    const day = dayNumbers[(groupIndex + slot) % dayNumbers.length];
    const list = days.get(day)!;
    const position = next.get(day)!;
    next.set(day, position + 1);
    return list[position % list.length];
  };

  const firstSlot = toMinutes(timing.start) + timing.briefing;
  const groups: RotationGroup[] = grouped.map((group, groupIndex) => ({
    number: groupIndex + 1,
    members: group,
    lessons: group.map((teacher, slot) => {
      const at = (k: number) => group[(slot + k) % group.length];
      const start = firstSlot + slot * (timing.teach + timing.feedback);
      return {
        slot: slot + 1,
        start: toClock(start),
        end: toClock(start + timing.teach + timing.feedback),
        teacher,
        segment: segmentOf(groupIndex, slot),
        leadObserver: at(1),
        timekeeper: at(2),
        observers: group.filter((_, k) => k !== slot && k !== (slot + 1) % group.length && k !== (slot + 2) % group.length),
      };
    }),
  }));
  return {
    rotation: { groups, timing, slots: Math.max(...groups.map((g) => g.members.length)), placeholders: input.placeholders ?? false },
    problems,
  };
}

/** Participants from the CSV as rotation members (the id when there is one, else the row number). */
export function membersFromParticipants(participants: { id?: string; nameLo: string; nameEn: string }[]): RotationMember[] {
  return participants.map((p, i) => ({ label: p.id ?? String(i + 1), nameLo: p.nameLo, nameEn: p.nameEn }));
}

/** The time the debrief starts: after the last slot of the biggest group. */
export function debriefStart(rotation: Rotation): string {
  const { timing, slots } = rotation;
  return toClock(toMinutes(timing.start) + timing.briefing + slots * (timing.teach + timing.feedback));
}
