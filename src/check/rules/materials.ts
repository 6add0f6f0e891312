/**
 * Printed materials (content/materials/*.yaml) and the sessions that name them:
 * every `material:` a session lists exists, every material says which session
 * uses it (and that session lists it), ids match file names, card ids are
 * unique, sources resolve, and {fact-id} placeholders in card texts name facts
 * of the material's case study.
 */
import type { LoadedContent } from '../load-content';
import type { Problem } from '../problem';
import { factReferences } from '../../lib/case-facts';

export function checkMaterials(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const { materials, sessions } = content;
  const sourceIds = new Set(content.sources?.value.map((s) => s.id) ?? []);
  const materialIds = new Set(materials.map((m) => m.value.id));
  const unreadable = new Set([...content.unreadable].filter((f) => f.startsWith('content/materials/')).map((f) => f.replace(/^.*\//, '').replace(/\.ya?ml$/, '')));
  const sessionsUnreadable = [...content.unreadable].some((f) => f.startsWith('content/sessions/'));
  const known = [...materialIds].join(', ') || 'none yet';

  for (const m of materials) {
    const v = m.value;
    const expected = m.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (v.id !== expected) problems.push({ severity: 'error', file: m.file, line: m.yaml.lineOf(['id']), message: `id "${v.id}" does not match the file name "${expected}"`, fix: `rename the file to ${v.id}.yaml or set id: ${expected}` });
    const seen = new Set<string>();
    v.cards.forEach((card, i) => {
      if (seen.has(card.id)) problems.push({ severity: 'error', file: m.file, line: m.yaml.lineOf(['cards', i, 'id']), message: `two cards share the id "${card.id}"`, fix: 'give each card its own id (card-1, card-2, ...)' });
      seen.add(card.id);
    });
    if (v.layout === 'sheet' && !v.columns) problems.push({ severity: 'error', file: m.file, line: m.yaml.lineOf(['layout']), message: 'a sheet needs its two column headings', fix: 'add "columns:" with two entries, each { en: ..., lo: ... }' });
    v.sources.forEach((id, i) => {
      if (content.sources && !sourceIds.has(id)) problems.push({ severity: 'error', file: m.file, line: m.yaml.lineOf(['sources', i]), message: `unknown source "${id}"`, fix: 'add it to content/sources.yaml or correct the id' });
    });
    const caseStudy = v.caseStudy ? content.caseStudies.find((c) => c.value.id === v.caseStudy) : undefined;
    if (v.caseStudy && !caseStudy) problems.push({ severity: 'error', file: m.file, line: m.yaml.lineOf(['caseStudy']), message: `"caseStudy: ${v.caseStudy}" names no case study`, fix: 'use the id of a file in case-studies/ (its file name without .yaml)' });
    const factIds = new Set(caseStudy?.value.facts.map((f) => f.id) ?? []);
    v.cards.forEach((card, i) => {
      for (const side of ['front', 'back'] as const) {
        for (const lang of ['en', 'lo'] as const) {
          for (const ref of factReferences(card[side]?.[lang] ?? '')) {
            if (factIds.has(ref)) continue;
            problems.push({ severity: 'error', file: m.file, line: m.yaml.lineOf(['cards', i, side, lang]) ?? m.yaml.lineOf(['cards', i]), message: v.caseStudy ? `{${ref}} is not a fact of case study "${v.caseStudy}"` : `{${ref}} looks like a fact, but the material names no case study`, fix: v.caseStudy ? `use one of: ${[...factIds].join(', ') || 'none'}` : 'add "caseStudy: <id>" to take the figure from a case study, or write the text without braces' });
          }
        }
      }
    });
    const session = sessions.find((s) => s.value.id === v.session);
    if (!session && !sessionsUnreadable) {
      problems.push({ severity: 'error', file: m.file, line: m.yaml.lineOf(['session']), message: `"session: ${v.session}" names no session`, fix: 'use an id from content/sessions/' });
    } else if (session && !session.value.materials.some((x) => x.material === v.id)) {
      problems.push({ severity: 'error', file: m.file, line: m.yaml.lineOf(['session']), message: `session "${v.session}" does not list this material, so no facilitator would know to print it`, fix: `add a line to the "materials" of ${session.file}: { en: ..., lo: ..., material: ${v.id} }` });
    }
  }

  for (const s of sessions) {
    s.value.materials.forEach((item, i) => {
      if (item.material && !materialIds.has(item.material) && !unreadable.has(item.material)) {
        problems.push({ severity: 'error', file: s.file, line: s.yaml.lineOf(['materials', i, 'material']), message: `material "${item.material}" does not exist: there is no content/materials/${item.material}.yaml`, fix: `create content/materials/${item.material}.yaml, or correct the id (materials: ${known})` });
      }
    });
  }
  return problems;
}
