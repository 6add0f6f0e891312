/**
 * Pages of a course day that no session record points to: the build publishes
 * and indexes every page, so a forgotten draft or a copy under day-N/ would
 * reach trainees without anyone having placed it in the agenda.
 */
import type { LoadedContent } from '../load-content';
import type { Problem } from '../problem';

export function checkStrayPages(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  // With a session file unreadable, its page would be reported for nothing.
  if ([...content.unreadable].some((f) => f.startsWith('content/sessions/'))) return problems;
  const sessionPages = new Set(content.sessions.map((s) => s.value.page).filter(Boolean));
  const days = content.course ? new Set(content.course.value.days.map((d) => d.day)) : undefined;
  for (const page of content.pages) {
    const day = /^day-(\d+)\//.exec(page.slug);
    if (!day) continue;
    if (days && !days.has(Number(day[1]))) {
      problems.push({ severity: 'error', file: page.file, message: `day ${day[1]} is not in content/course.yaml, but this page would be published and searchable`, fix: 'move the page into the folder of its day, or delete it' });
    } else if (!sessionPages.has(page.slug)) {
      problems.push({ severity: 'warning', file: page.file, message: `no session record points to this page (page: ${page.slug}): it would be published and searchable outside the agenda`, fix: `add "page: ${page.slug}" to its session in content/sessions/, or delete the page if it is a leftover copy` });
    }
  }
  return problems;
}
