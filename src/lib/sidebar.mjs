// The sidebar, built at config time from content/course.yaml and the session
// records, so a new session page appears in its day without editing config.
// Plain JavaScript: astro.config.mjs loads it before TypeScript is available.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parse } from 'yaml';

const read = (path) => parse(readFileSync(path, 'utf8'));

function sessionRecords() {
  const dir = 'content/sessions';
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      try {
        return read(`${dir}/${f}`);
      } catch {
        return undefined; // the check reports unreadable files with their line
      }
    })
    .filter((s) => s && typeof s === 'object' && s.page && existsSync(`content/en/${s.page}.mdx`))
    .sort((a, b) => a.day - b.day || a.order - b.order);
}

function dayGroups() {
  let course;
  try {
    course = read('content/course.yaml');
  } catch {
    return [];
  }
  const sessions = sessionRecords();
  return (course.days ?? [])
    .map((day) => ({
      label: `Day ${day.day}`,
      translations: { lo: `ມື້ທີ ${day.day}` },
      items: sessions.filter((s) => s.day === day.day).map((s) => ({ slug: s.page })),
    }))
    .filter((group) => group.items.length > 0);
}

// The translation status page, where it exists (a test fixture may not have it, and Starlight rejects a sidebar slug with no page).
const translationStatus = existsSync('content/en/translation-status.mdx') ? [{ slug: 'translation-status' }] : [];
const procedures = existsSync('content/en/procedures.mdx') ? [{ slug: 'procedures' }] : [];

export const sidebar = [
  {
    label: 'The course',
    translations: { lo: 'ຫຼັກສູດ' },
    items: [{ slug: 'index' }, { slug: 'agenda' }, { slug: 'competencies' }, { slug: 'coverage' }],
  },
  ...dayGroups(),
  {
    label: 'Reference',
    translations: { lo: 'ເອກະສານອ້າງອີງ' },
    items: [...procedures, { slug: 'glossary' }, { slug: 'downloads' }, { slug: 'verification-register' }, ...translationStatus],
  },
];
