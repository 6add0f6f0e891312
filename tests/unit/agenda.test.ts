import { describe, expect, it } from 'vitest';
import { buildDaySchedule, scheduleProblems } from '../../src/lib/agenda';
import { endOf, toClock, toMinutes } from '../../src/lib/time';
import type { Session } from '../../src/schemas/session';

const day = {
  day: 1,
  theme: { en: 'Foundations', lo: 'ພື້ນຖານ' },
  start: '08:30',
  end: '16:30',
  breaks: [{ start: '10:00', duration: 15, label: { en: 'Tea break', lo: 'ພັກ' } }],
};
const session = (id: string, start: string, duration: number): Session => ({
  id, day: 1, order: 1, start, duration, title: { en: id, lo: id }, objectives: [{ en: 'x', lo: 'x' }],
  outcomes: [], methods: ['lecture'], materials: [], tor: ['principles'], sources: [], plan: [],
});

describe('clock arithmetic', () => {
  it('converts both ways and adds durations', () => {
    expect(toMinutes('08:30')).toBe(510);
    expect(toClock(510)).toBe('08:30');
    expect(endOf('14:45', 105)).toBe('16:30');
  });
});

describe('day schedule', () => {
  it('orders sessions and breaks by time', () => {
    const slots = buildDaySchedule(day, [session('b', '10:15', 60), session('a', '08:30', 90)]);
    expect(slots.map((s) => s.start)).toEqual(['08:30', '10:00', '10:15']);
  });

  it('accepts a day that fits', () => {
    expect(scheduleProblems(day, [session('a', '08:30', 90), session('b', '10:15', 60)])).toEqual([]);
  });

  it('rejects a session overlapping a break', () => {
    const problems = scheduleProblems(day, [session('a', '08:30', 100)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sessionId: 'a' });
    expect(problems[0].message).toContain('overlaps the tea break');
  });

  it('rejects two overlapping sessions', () => {
    const problems = scheduleProblems(day, [session('a', '10:15', 60), session('b', '11:00', 30)]);
    expect(problems.map((p) => p.message).join()).toContain('overlaps session "b"');
  });

  it('rejects a session that overruns the day', () => {
    const problems = scheduleProblems(day, [session('late', '16:00', 45)]);
    expect(problems[0].message).toBe('ends at 16:45, after day 1 ends at 16:30');
  });
});
