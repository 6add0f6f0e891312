/**
 * Verify markers: facts LSSO must confirm. Authors write
 *   <Verify note="what to check">the claim</Verify>
 * in MDX, or `verify:` on a case-study fact. This module finds them in the
 * source text so the register and the checks see exactly what authors wrote.
 */
import { shortHash } from './text';

export interface VerifyMarker {
  /** Anchor id shared by the inline marker and its register entry. */
  id: string;
  /** What LSSO must check. */
  note: string;
  /** The claim as written in the source (Markdown, tags stripped). */
  text: string;
  /** 1-based line of the marker in its file. */
  line: number;
}

const MARKER = /<Verify\s+note=(?:"([^"]*)"|'([^']*)')\s*>([\s\S]*?)<\/Verify>/g;

/** The anchor id for a marker with this note. */
export function verifyAnchor(note: string): string {
  return `verify-${shortHash(note.trim())}`;
}

/** All markers in an MDX source, in order. */
export function extractVerifyMarkers(source: string): VerifyMarker[] {
  const markers: VerifyMarker[] = [];
  for (const match of source.matchAll(MARKER)) {
    const note = (match[1] ?? match[2]).trim();
    const text = match[3].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    const line = source.slice(0, match.index).split('\n').length;
    markers.push({ id: verifyAnchor(note), note, text, line });
  }
  return markers;
}
