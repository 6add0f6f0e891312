/**
 * Cross-file rules: references resolve, both languages exist and match, the
 * agenda is valid, the terms of reference are covered. (Lao text: rules/lao-text.ts.)
 */
import type { LoadedContent, Located, PageFile } from './load-content';
import type { Problem } from './problem';
import { scheduleProblems } from '../lib/agenda';
import { factReferences } from '../lib/case-facts';
import { lineAt, withoutCode } from './mdx-text';
import { embedSignature, procedureEmbeds } from '../lib/procedures/procedure-embeds';

type Add = (p: Problem) => void;

/** Embedded components in a page body, in order, with their lines. */
export function embeddedItems(page: PageFile): { kind: string; id: string; line: number }[] {
  const items: { kind: string; id: string; line: number }[] = [];
  for (const m of page.body.matchAll(/<(CaseStudy|RolePlay|Quiz)\s+id=["']([^"']+)["']/g)) {
    items.push({ kind: m[1], id: m[2], line: page.bodyLine + lineAt(page.body, m.index!) - 1 });
  }
  return items;
}

/** The outline of a page: headings (by level) and components, used to compare the two languages. */
export function pageStructure(page: PageFile): string[] {
  const structure: string[] = [];
  // Code blocks, imports and comments are not structure.
  for (const line of withoutCode(page.body, { inlineCode: false }).split('\n')) {
    const heading = /^(#{2,6})\s/.exec(line);
    if (heading) structure.push(`h${heading[1].length}`);
    for (const m of line.matchAll(/<(Activity|CaseStudy|RolePlay|Quiz|KeyTakeaways|FacilitatorNote)\b(?:\s+id=["']([^"']+)["'])?/g)) {
      structure.push(m[2] ? `${m[1]}:${m[2]}` : m[1]);
    }
    // A procedure, with the steps and parts it shows (its references are checked in rules/procedures.ts).
    for (const embed of procedureEmbeds(line)) structure.push(embedSignature(embed));
  }
  return structure;
}

export function checkRules(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (p) => problems.push(p);
  const { sessions, caseStudies, rolePlays, quizzes, pages } = content;
  const sourceIds = new Set(content.sources?.value.map((s) => s.id) ?? []);
  const torIds = new Set(content.torItems?.value.map((t) => t.id) ?? []);
  const outcomeIds = new Set(content.competencies?.value.flatMap((g) => g.outcomes.map((o) => o.id)) ?? []);
  const sessionIds = new Set(sessions.map((s) => s.value.id));
  // Ids of data files that could not be read: references to them are not reported twice.
  const unreadableIds = new Set([...content.unreadable].map((f) => f.replace(/^.*\//, '').replace(/\.ya?ml$/, '')));

  // Ids: one per file, unique.
  for (const group of [sessions, caseStudies, rolePlays, quizzes, content.inspectionForms, content.rubrics] as Located<{ id: string }>[][]) {
    const seen = new Map<string, string>();
    for (const item of group) {
      const expected = item.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
      if (item.value.id !== expected) {
        add({ severity: 'error', file: item.file, line: item.yaml.lineOf(['id']), message: `id "${item.value.id}" does not match the file name "${expected}"`, fix: `rename the file to ${item.value.id}.yaml or set id: ${expected}` });
      }
      const other = seen.get(item.value.id);
      if (other) add({ severity: 'error', file: item.file, line: item.yaml.lineOf(['id']), message: `duplicate id "${item.value.id}", also used in ${other}`, fix: 'give each entry its own id' });
      seen.set(item.value.id, item.file);
    }
  }
  for (const list of [content.glossary, content.sources, content.torItems, content.competencies] as (Located<{ id: string }[]> | undefined)[]) {
    if (!list) continue;
    const seen = new Set<string>();
    list.value.forEach((entry, i) => {
      if (seen.has(entry.id)) add({ severity: 'error', file: list.file, line: list.yaml.lineOf([i, 'id']), message: `duplicate id "${entry.id}"`, fix: 'give each entry its own id' });
      seen.add(entry.id);
    });
  }
  if (content.competencies) {
    const seen = new Set<string>();
    content.competencies.value.forEach((g, gi) => g.outcomes.forEach((o, oi) => {
      if (seen.has(o.id)) add({ severity: 'error', file: content.competencies!.file, line: content.competencies!.yaml.lineOf([gi, 'outcomes', oi, 'id']), message: `duplicate outcome id "${o.id}"` });
      seen.add(o.id);
    }));
  }

  const checkSources = (located: Located<unknown>, ids: string[], path: (string | number)[]) => {
    ids.forEach((id, i) => {
      if (content.sources && !sourceIds.has(id)) add({ severity: 'error', file: located.file, line: located.yaml.lineOf([...path, i]), message: `unknown source "${id}"`, fix: 'add it to content/sources.yaml or correct the id' });
    });
  };

  // Sessions.
  for (const s of sessions) {
    const v = s.value;
    checkSources(s, v.sources, ['sources']);
    v.tor.forEach((id, i) => {
      if (content.torItems && !torIds.has(id)) add({ severity: 'error', file: s.file, line: s.yaml.lineOf(['tor', i]), message: `unknown terms-of-reference item "${id}"`, fix: `use an id from content/tor-items.yaml: ${[...torIds].join(', ')}` });
    });
    v.outcomes.forEach((id, i) => {
      if (content.competencies && !outcomeIds.has(id)) add({ severity: 'error', file: s.file, line: s.yaml.lineOf(['outcomes', i]), message: `unknown competency outcome "${id}"`, fix: 'use an outcome id from content/competencies.yaml' });
    });
    const planned = v.plan.reduce((sum, step) => sum + step.minutes, 0);
    if (v.plan.length && planned !== v.duration) {
      add({ severity: 'error', file: s.file, line: s.yaml.lineOf(['plan']), message: `the session plan adds up to ${planned} minutes, but the session lasts ${v.duration}`, fix: 'adjust the minutes of the plan steps or the duration' });
    }
    if (v.page) {
      for (const lang of ['en', 'lo'] as const) {
        const page = pages.find((p) => p.lang === lang && p.slug === v.page);
        const unreadablePage = [...content.unreadable].some((f) => f.startsWith(`content/${lang}/${v.page}.`));
        if (!page && unreadablePage) continue;
        if (!page) add({ severity: 'error', file: s.file, line: s.yaml.lineOf(['page']), message: `page "${v.page}" has no ${lang === 'en' ? 'English' : 'Lao'} file`, fix: `create content/${lang}/${v.page}.mdx` });
        else if (page.frontmatter.session !== v.id) add({ severity: 'error', file: page.file, line: 2, message: `this page should say "session: ${v.id}" in its frontmatter (content/sessions/${v.id}.yaml points to it)`, fix: `add "session: ${v.id}"` });
      }
    }
    if (content.course && !content.course.value.days.some((d) => d.day === v.day)) {
      add({ severity: 'error', file: s.file, line: s.yaml.lineOf(['day']), message: `day ${v.day} is not in content/course.yaml` });
    }
  }

  // Agenda: inside the day, no overlaps.
  if (content.course) {
    for (const day of content.course.value.days) {
      for (const p of scheduleProblems(day, sessions.map((s) => s.value))) {
        const s = sessions.find((x) => x.value.id === p.sessionId)!;
        add({ severity: 'error', file: s.file, line: s.yaml.lineOf(['start']), message: `session "${p.sessionId}" ${p.message}`, fix: 'change its start or duration so the day fits (see content/course.yaml for hours and breaks)' });
      }
      const ofDay = sessions.filter((s) => s.value.day === day.day);
      const orders = new Map<number, string>();
      for (const s of ofDay) {
        const other = orders.get(s.value.order);
        if (other) add({ severity: 'error', file: s.file, line: s.yaml.lineOf(['order']), message: `order ${s.value.order} on day ${day.day} is also used by session "${other}"`, fix: 'number the sessions of a day 1, 2, 3 ... in time order' });
        orders.set(s.value.order, s.value.id);
      }
      const byTime = [...ofDay].sort((a, b) => a.value.start.localeCompare(b.value.start));
      byTime.forEach((s, i) => {
        if (i > 0 && s.value.order < byTime[i - 1].value.order) add({ severity: 'error', file: s.file, line: s.yaml.lineOf(['order']), message: `order ${s.value.order} does not follow the time order of day ${day.day} (session "${byTime[i - 1].value.id}" is earlier but has order ${byTime[i - 1].value.order})`, fix: 'number the sessions of a day in time order' });
      });
    }
  }

  // Coverage of the terms of reference.
  const sessionsIncomplete = [...content.unreadable].some((f) => f.startsWith('content/sessions/'));
  if (content.torItems && !sessionsIncomplete) {
    content.torItems.value.forEach((item, i) => {
      if (!sessions.some((s) => s.value.tor.includes(item.id))) {
        add({ severity: 'error', file: content.torItems!.file, line: content.torItems!.yaml.lineOf([i, 'id']), message: `no session covers the terms-of-reference item "${item.id}" (${item.label.en})`, fix: `add "${item.id}" to the "tor" list of the session(s) that teach it` });
      }
    });
  }

  // Quizzes.
  for (const q of quizzes) {
    const itemIds = new Set<string>();
    q.value.items.forEach((item, i) => {
      const at = (path: (string | number)[]) => q.yaml.lineOf(['items', i, ...path]);
      if (itemIds.has(item.id)) add({ severity: 'error', file: q.file, line: at(['id']), message: `duplicate item id "${item.id}"` });
      itemIds.add(item.id);
      const optionIds = item.options.map((o) => o.id);
      if (!optionIds.includes(item.answer)) add({ severity: 'error', file: q.file, line: at(['answer']), message: `item "${item.id}": the answer "${item.answer}" names no option (options are ${optionIds.join(', ')})`, fix: 'set "answer" to the id of the correct option' });
      if (new Set(optionIds).size !== optionIds.length) add({ severity: 'error', file: q.file, line: at(['options']), message: `item "${item.id}": two options share an id`, fix: 'letter the options a, b, c, d' });
      for (const lang of ['en', 'lo'] as const) {
        const texts = item.options.map((o) => o.text[lang].trim());
        if (new Set(texts).size !== texts.length) add({ severity: 'error', file: q.file, line: at(['options']), message: `item "${item.id}": two ${lang} options have the same text`, fix: 'make every option different' });
      }
      if (q.value.kind === 'assessment' && !item.outcome) add({ severity: 'error', file: q.file, line: at(['id']), message: `assessment item "${item.id}" does not say which outcome it tests`, fix: 'add "outcome: <id from content/competencies.yaml>"' });
      if (item.outcome && content.competencies && !outcomeIds.has(item.outcome)) add({ severity: 'error', file: q.file, line: at(['outcome']), message: `item "${item.id}": unknown outcome "${item.outcome}"`, fix: 'use an outcome id from content/competencies.yaml' });
    });
  }

  // Case studies: every {fact} placeholder has a fact.
  for (const c of caseStudies) {
    checkSources(c, c.value.sources, ['sources']);
    const factIds = new Set(c.value.facts.map((f) => f.id));
    const texts: [string, (string | number)[]][] = [];
    for (const lang of ['en', 'lo'] as const) {
      texts.push([c.value.narrative[lang], ['narrative', lang]], [c.value.guidance[lang], ['guidance', lang]]);
      c.value.tasks.forEach((t, i) => texts.push([t[lang], ['tasks', i, lang]]));
    }
    for (const [text, path] of texts) {
      for (const ref of factReferences(text)) {
        if (!factIds.has(ref)) add({ severity: 'error', file: c.file, line: c.yaml.lineOf(path), message: `{${ref}} refers to no fact`, fix: `add a fact with id "${ref}" under "facts", or correct the name (facts: ${[...factIds].join(', ') || 'none'})` });
      }
    }
  }
  for (const f of content.inspectionForms) checkSources(f, f.value.sources, ['sources']);
  for (const r of content.rubrics) {
    checkSources(r, r.value.sources, ['sources']);
    r.value.sessions.forEach((id, i) => {
      if (!sessionIds.has(id) && !unreadableIds.has(id)) add({ severity: 'error', file: r.file, line: r.yaml.lineOf(['sessions', i]), message: `rubric "${r.value.id}" names the session "${id}", which does not exist`, fix: 'use an id from content/sessions/' });
    });
  }
  for (const r of rolePlays) {
    checkSources(r, r.value.sources, ['sources']);
    const roleIds = r.value.roles.map((x) => x.id);
    if (new Set(roleIds).size !== roleIds.length) add({ severity: 'error', file: r.file, line: r.yaml.lineOf(['roles']), message: 'two roles share an id' });
  }

  // Pages: references, twins, structure parity.
  const known = { CaseStudy: new Set(caseStudies.map((c) => c.value.id)), RolePlay: new Set(rolePlays.map((r) => r.value.id)), Quiz: new Set(quizzes.map((q) => q.value.id)) } as Record<string, Set<string>>;
  const folder = { CaseStudy: 'case-studies', RolePlay: 'case-studies/role-plays', Quiz: 'quizzes' } as Record<string, string>;
  for (const page of pages) {
    for (const item of embeddedItems(page)) {
      if (!known[item.kind].has(item.id) && !unreadableIds.has(item.id)) add({ severity: 'error', file: page.file, line: item.line, message: `<${item.kind} id="${item.id}"> refers to nothing: there is no ${folder[item.kind]}/${item.id}.yaml`, fix: `correct the id, or create ${folder[item.kind]}/${item.id}.yaml` });
      const quiz = item.kind === 'Quiz' ? quizzes.find((q) => q.value.id === item.id) : undefined;
      if (quiz?.value.kind === 'assessment') add({ severity: 'error', file: page.file, line: item.line, message: `the assessment "${item.id}" is embedded in a site page, where trainees would see it`, fix: 'remove it: the assessment appears only in the facilitator manual and as a test paper' });
    }
    const session = page.frontmatter.session;
    if (typeof session === 'string' && !sessionIds.has(session) && !unreadableIds.has(session)) add({ severity: 'error', file: page.file, line: 2, message: `"session: ${session}" names no session`, fix: 'use an id from content/sessions/' });
    const twinLang = page.lang === 'en' ? 'lo' : 'en';
    const twin = pages.find((p) => p.lang === twinLang && p.slug === page.slug);
    const twinUnreadable = [...content.unreadable].some((f) => f.startsWith(`content/${twinLang}/${page.slug}.`));
    if (!twin && twinUnreadable) {
      // already reported where it could not be read
    } else if (!twin) {
      add({ severity: 'error', file: page.file, message: `the ${twinLang === 'lo' ? 'Lao' : 'English'} version of this page is missing`, fix: `create content/${twinLang}/${page.slug}.mdx with the same sections` });
    } else if (page.lang === 'en') {
      const a = pageStructure(page);
      const b = pageStructure(twin);
      const firstDiff = a.findIndex((x, i) => x !== b[i]);
      if (a.length !== b.length || firstDiff !== -1) {
        const i = firstDiff === -1 ? Math.min(a.length, b.length) : firstDiff;
        add({ severity: 'error', file: twin.file, message: `the Lao page does not have the same structure as the English one: element ${i + 1} is ${b[i] ?? 'missing'} in Lao but ${a[i] ?? 'missing'} in English`, fix: `give ${twin.file} the same headings and components, in the same order, as ${page.file}` });
      }
    }
    if (page.lang === 'lo') {
      if (!page.frontmatter.translation) add({ severity: 'error', file: page.file, line: 2, message: 'the Lao page does not say whether its translation has been reviewed', fix: 'add "translation: { status: draft }" to the frontmatter (or status: reviewed, with reviewedBy)' });
    }
  }
  return problems;
}
