/** Clock arithmetic for the agenda: times are "HH:MM" strings, durations minutes. */

export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function toClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** End time of something starting at `start` and lasting `duration` minutes. */
export function endOf(start: string, duration: number): string {
  return toClock(toMinutes(start) + duration);
}
