/**
 * The timetable of a day, and the rules it must satisfy: sessions inside the
 * day's hours, no overlap with each other or with a break.
 */
import type { Course } from '../schemas/reference-data';
import type { Session } from '../schemas/session';
import type { Localized } from '../schemas/common';
import { endOf, toMinutes } from './time';

type Day = Course['days'][number];

export type Slot =
  | { kind: 'session'; start: string; end: string; session: Session }
  | { kind: 'break'; start: string; end: string; label: Localized };

/** Sessions and breaks of one day, in time order. */
export function buildDaySchedule(day: Day, sessions: Session[]): Slot[] {
  const slots: Slot[] = [
    ...sessions
      .filter((s) => s.day === day.day)
      .map((s): Slot => ({ kind: 'session', start: s.start, end: endOf(s.start, s.duration), session: s })),
    ...day.breaks.map((b): Slot => ({ kind: 'break', start: b.start, end: endOf(b.start, b.duration), label: b.label })),
  ];
  return slots.sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
}

/** Problems with a day's timetable, in plain words; empty when the day is valid. */
export function scheduleProblems(day: Day, sessions: Session[]): { sessionId?: string; message: string }[] {
  const problems: { sessionId?: string; message: string }[] = [];
  const slots = buildDaySchedule(day, sessions);
  const name = (s: Slot) => (s.kind === 'session' ? `session "${s.session.id}"` : `the ${s.label.en.toLowerCase()}`);
  for (const slot of slots) {
    if (slot.kind !== 'session') continue;
    if (toMinutes(slot.start) < toMinutes(day.start))
      problems.push({ sessionId: slot.session.id, message: `starts at ${slot.start}, before day ${day.day} begins at ${day.start}` });
    if (toMinutes(slot.end) > toMinutes(day.end))
      problems.push({ sessionId: slot.session.id, message: `ends at ${slot.end}, after day ${day.day} ends at ${day.end}` });
  }
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) {
      const a = slots[i];
      const b = slots[j];
      if (toMinutes(b.start) < toMinutes(a.end) && toMinutes(a.start) < toMinutes(b.end)) {
        const subject = a.kind === 'session' ? a : b;
        const other = subject === a ? b : a;
        if (subject.kind !== 'session') continue;
        problems.push({
          sessionId: subject.session.id,
          message: `${subject.start}–${subject.end} overlaps ${name(other)} (${other.start}–${other.end}) on day ${day.day}`,
        });
      }
    }
  }
  return problems;
}
