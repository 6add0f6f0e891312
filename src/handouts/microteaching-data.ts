/**
 * Reads what the microteaching rotation needs from the project: the Day 1-4
 * session records (titles and objectives), the timing of d5-microteaching and
 * the participants list. Kept apart from the pure rotation module so that the
 * rotation can be tested on any list and any sessions.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { localized, translationStatus } from '../schemas/common';
import type { Problem } from '../check/problem';
import { loadParticipants } from './participants';
import { printLanguagePaths } from '../lib/print-route';
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
export const MICROTEACHING_FILE = 'content/microteaching.yaml';

/** content/microteaching.yaml: the texts the rotation handout prints around the computed rotation. */
export const microteachingTextsSchema = z
  .object({
    /** Review state of the Lao texts. */
    translation: translationStatus.default('draft'),
    /** Heading of the handout. */
    title: localized,
    /** What the rotation is and how the roles work, printed above the groups. */
    intro: localized,
    /** Printed instead of names when there is no participants list. */
    placeholderNote: localized,
    /** Table headings and short labels; `timing` may use {briefing}, {teach}, {feedback}, {first}, {debrief}, {debriefMinutes}. */
    labels: z
      .object({
        /** One line with the session's timing. */
        timing: localized,
        group: localized,
        time: localized,
        teacher: localized,
        segment: localized,
        /** Before the day number of a segment. */
        day: localized,
        /** Before the objective number of a segment. */
        objective: localized,
        leadObserver: localized,
        timekeeper: localized,
        members: localized,
        observer: localized,
        /** Heading of the blank spare form. */
        blankForm: localized,
      })
      .strict(),
    /** How feedback is given after each lesson. */
    protocol: z
      .object({
        title: localized,
        /** Timed steps, in order. */
        steps: z.array(localized).min(2),
        /** Rules every speaker keeps. */
        rules: z.array(localized).min(1),
      })
      .strict(),
    /** The form each observer fills during a lesson. */
    observation: z
      .object({
        title: localized,
        /** Column headings for ticking each item, e.g. seen / partly / not seen. */
        scale: z.array(localized).min(2).max(5),
        /** What to look for, one row each. */
        items: z.array(localized).min(3),
        /** Written comments asked at the end of the form. */
        prompts: z.array(localized).min(1),
      })
      .strict(),
  })
  .strict();
export type MicroteachingTexts = z.infer<typeof microteachingTextsSchema>;

export function loadMicroteachingTexts(root = process.cwd()): MicroteachingTexts {
  return microteachingTextsSchema.parse(parse(readFileSync(join(root, MICROTEACHING_FILE), 'utf8')));
}
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

/** The session records; a file that does not parse is skipped here (the content check reports it with its line). */
function readSessions(root: string): SessionYaml[] {
  const dir = join(root, SESSIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      try {
        const data = parse(readFileSync(join(dir, f), 'utf8')) as SessionYaml | null;
        return data && typeof data === 'object' ? [data] : [];
      } catch {
        return [];
      }
    });
}

/** Whether this project has the Day 5 microteaching session (a content fixture may not). */
export function hasMicroteachingSession(root: string): boolean {
  return existsSync(join(root, SESSIONS_DIR, `${MICROTEACHING_SESSION}.yaml`));
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
  if (!record) throw new Error(`${SESSIONS_DIR}/${MICROTEACHING_SESSION}.yaml is missing or does not parse (run npm run check)`);
  return { ...DEFAULT_TIMING, start: String(record.start), duration: Number(record.duration) };
}

/** The rotation for the participants list, or for numbered places when there is no list. */
export function loadRotation(root: string, env: NodeJS.ProcessEnv = process.env): { rotation?: Rotation; problems: Problem[] } {
  if (!hasMicroteachingSession(root)) return { problems: [] };
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

/** getStaticPaths of the rotation handout: both languages, or none in a project without the Day 5 session (content fixtures). */
export function microteachingPrintPaths() {
  return hasMicroteachingSession(process.cwd()) ? printLanguagePaths() : [];
}
