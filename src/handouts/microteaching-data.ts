/**
 * Reads what the microteaching rotation needs from the project: the Day 1-4
 * session records (titles and objectives), the timing of d5-microteaching and
 * the participants list. Kept apart from the pure rotation module so that the
 * rotation can be tested on any list and any sessions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Problem } from '../check/problem';
import { loadParticipants } from './participants';
import {
  DEFAULT_TIMING,
  buildRotation,
  membersFromParticipants,
  placeholderMembers,
  type Rotation,
  type RotationTiming,
  type SegmentSession,
} from './microteaching-rotation';

export const MICROTEACHING_SESSION = 'd5-microteaching';
const SESSIONS_DIR = 'content/sessions';

interface SessionYaml {
  id: string;
  day: number;
  order: number;
  start: string;
  duration: number;
  title: { en: string; lo: string };
  objectives?: { en: string; lo: string }[];
}

function readSessions(root: string): SessionYaml[] {
  const dir = join(root, SESSIONS_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as SessionYaml);
}

/** The Day 1-4 sessions as rotation segments' sources. */
export function segmentSessions(root: string): SegmentSession[] {
  return readSessions(root)
    .filter((s) => s.day >= 1 && s.day <= 4)
    .map((s) => ({ id: s.id, day: s.day, order: s.order, title: s.title, objectives: s.objectives ?? [] }));
}

/** The timing of the microteaching session, from its record. */
export function microteachingTiming(root: string): RotationTiming {
  const record = readSessions(root).find((s) => s.id === MICROTEACHING_SESSION);
  if (!record) throw new Error(`${SESSIONS_DIR}/${MICROTEACHING_SESSION}.yaml is missing`);
  return { ...DEFAULT_TIMING, start: record.start, duration: record.duration };
}

/** The rotation for the participants list, or for numbered places when there is no list. */
export function loadRotation(root: string, env: NodeJS.ProcessEnv = process.env): { rotation?: Rotation; problems: Problem[] } {
  const loaded = loadParticipants(root, env);
  if (loaded?.problems.some((p) => p.severity === 'error')) return { problems: [] }; // the participants check reports them
  const timing = microteachingTiming(root);
  const sessions = segmentSessions(root);
  if (!loaded) return buildRotation({ members: placeholderMembers(), sessions, timing, placeholders: true });
  return buildRotation({ members: membersFromParticipants(loaded.participants), sessions, timing, file: loaded.file });
}

/** For the print page: the build has checked the rotation already, so an error here stops the page. */
export function rotationForPrint(root = process.cwd()): Rotation {
  const { rotation, problems } = loadRotation(root);
  const error = problems.find((p) => p.severity === 'error');
  if (error || !rotation) throw new Error(`${error?.file ?? ''}: ${error?.message ?? 'no rotation'} (run npm run check)`);
  return rotation;
}
