/**
 * Procedures (content/procedures/<id>.yaml): each must be a flowchart that
 * can be drawn and followed. Every step has an actor from the roles list;
 * every decision has at least two branches, each to an existing step or to
 * "end"; every form named exists in content/inspection-forms/; every step can
 * be reached from the first; no cycle unless its arrow back is marked
 * `loop: true`; a time limit with a number carries a verify note until LSSO
 * confirms the step. Pages that embed <Procedure id="..." steps="..."> name
 * an existing procedure and range.
 */
import type { LoadedContent, Located } from '../load-content';
import type { Problem } from '../problem';
import { END, type Procedure } from '../../schemas/procedure';
import { procedureEdges, reachableSteps, stepRange, unmarkedCycleEdges } from '../../lib/procedures/procedure-graph';
import { procedureEmbeds, PROCEDURE_PARTS } from '../../lib/procedures/procedure-embeds';

export function checkProcedures(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const roles = content.procedureRoles?.value;
  const roleIds = new Set(roles?.map((r) => r.id) ?? []);
  const sourceIds = new Set(content.sources?.value.map((s) => s.id) ?? []);

  if (content.procedureRoles) {
    const seen = new Set<string>();
    content.procedureRoles.value.forEach((role, i) => {
      if (seen.has(role.id)) problems.push({ severity: 'error', file: content.procedureRoles!.file, line: content.procedureRoles!.yaml.lineOf([i, 'id']), message: `duplicate role id "${role.id}"`, fix: 'give each role its own id' });
      seen.add(role.id);
    });
  }

  const seenIds = new Map<string, string>();
  for (const located of content.procedures) {
    problems.push(...checkProcedure(located, { roleIds, rolesRead: roles !== undefined, sourceIds, sourcesRead: content.sources !== undefined, formIds: content.formIds }));
    const expected = located.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (located.value.id !== expected) problems.push({ severity: 'error', file: located.file, line: located.yaml.lineOf(['id']), message: `id "${located.value.id}" does not match the file name "${expected}"`, fix: `rename the file to ${located.value.id}.yaml or set id: ${expected}` });
    const other = seenIds.get(located.value.id);
    if (other) problems.push({ severity: 'error', file: located.file, line: located.yaml.lineOf(['id']), message: `duplicate procedure id "${located.value.id}", also used in ${other}`, fix: 'give each procedure its own id' });
    seenIds.set(located.value.id, located.file);
  }

  // Pages: <Procedure id="..." steps="..." part="..."> must name what exists.
  const unreadable = new Set([...content.unreadable].filter((f) => f.startsWith('content/procedures/')).map((f) => f.replace(/^.*\//, '').replace(/\.ya?ml$/, '')));
  for (const page of content.pages) {
    for (const embed of procedureEmbeds(page.body)) {
      const line = page.bodyLine + embed.line - 1;
      const procedure = content.procedures.find((p) => p.value.id === embed.id)?.value;
      if (!procedure) {
        if (!unreadable.has(embed.id)) problems.push({ severity: 'error', file: page.file, line, message: `<Procedure id="${embed.id}"> refers to nothing: there is no content/procedures/${embed.id}.yaml`, fix: `correct the id (procedures: ${content.procedures.map((p) => p.value.id).join(', ') || 'none'}), or create the file` });
        continue;
      }
      if (embed.steps !== undefined && !stepRange(procedure, embed.steps)) {
        problems.push({ severity: 'error', file: page.file, line, message: `<Procedure id="${embed.id}" steps="${embed.steps}">: "${embed.steps}" is not a range of its steps`, fix: `write steps="2-5" (step numbers) or steps="<first step id>-<last step id>", e.g. steps="${procedure.steps[0].id}-${procedure.steps[Math.min(2, procedure.steps.length - 1)].id}"` });
      }
      for (const part of embed.parts ?? []) {
        if (!(PROCEDURE_PARTS as readonly string[]).includes(part)) problems.push({ severity: 'error', file: page.file, line, message: `<Procedure part="${embed.parts!.join(',')}">: "${part}" is not a part`, fix: `use one or more of ${PROCEDURE_PARTS.join(', ')}, separated by commas` });
      }
    }
  }
  return problems;
}

interface Known {
  roleIds: Set<string>;
  rolesRead: boolean;
  sourceIds: Set<string>;
  sourcesRead: boolean;
  formIds: Set<string>;
}

export function checkProcedure(located: Located<Procedure>, known: Known): Problem[] {
  const problems: Problem[] = [];
  const { file, value: procedure, yaml } = located;
  const add = (path: (string | number)[], message: string, fix: string) => problems.push({ severity: 'error', file, line: yaml.lineOf(path), message, fix });
  const ids = procedure.steps.map((s) => s.id);
  const stepIds = new Set(ids);
  const stepList = ids.join(', ');

  procedure.sources.forEach((id, i) => {
    if (known.sourcesRead && !known.sourceIds.has(id)) add(['sources', i], `unknown source "${id}"`, 'add it to content/sources.yaml or correct the id');
  });

  const seen = new Set<string>();
  procedure.steps.forEach((step, i) => {
    if (seen.has(step.id)) add(['steps', i, 'id'], `two steps have the id "${step.id}"`, 'give each step its own id (arrows and pages name steps by id)');
    seen.add(step.id);
    if (known.rolesRead && !known.roleIds.has(step.actor)) {
      add(['steps', i, 'actor'], `step "${step.id}": the actor "${step.actor}" is not a role of content/procedure-roles.yaml`, `use one of: ${[...known.roleIds].join(', ')} (or add the role to content/procedure-roles.yaml)`);
    }
    if (step.form !== undefined && !known.formIds.has(step.form)) {
      add(['steps', i, 'form'], `step "${step.id}": there is no form "${step.form}" (content/inspection-forms/${step.form}.yaml)`, `use a form id of content/inspection-forms/ (${[...known.formIds].sort().join(', ') || 'none yet'}), or create the form`);
    }
    if (step.decision && step.next !== undefined) {
      add(['steps', i, 'next'], `step "${step.id}" has both "next" and a decision`, 'remove "next": the branches of the decision say where each answer leads');
    }
    if (step.decision && step.decision.branches.length < 2) {
      add(['steps', i, 'decision', 'branches'], `step "${step.id}": a decision needs at least two branches, it has ${step.decision.branches.length}`, 'add the other answer (e.g. "No") with the step it leads to, or remove "decision" and use "next"');
    }
    // A time limit with a figure is a legal or LSSO fact: it needs a verify note until LSSO confirms the step.
    if (step.timeLimit && !step.timeLimit.verify && !step.confirmed && /[0-9\u0ED0-\u0ED9]/.test(step.timeLimit.text.en + step.timeLimit.text.lo)) {
      add(['steps', i, 'timeLimit', 'text'], `step "${step.id}": the time limit "${step.timeLimit.text.en}" has a number but no verify note`, 'add "verify:" saying what LSSO must confirm (the period and the text that sets it), or set "confirmed: true" once LSSO has confirmed the step');
    }
  });

  for (const edge of procedureEdges(procedure)) {
    if (edge.to !== END && !stepIds.has(edge.to)) {
      add(edge.path, `step "${edge.from}" leads to "${edge.to}", which is not a step of this procedure`, `use a step id (${stepList}) or "end"`);
    }
  }
  const reachable = reachableSteps(procedure);
  procedure.steps.forEach((step, i) => {
    if (!reachable.has(step.id)) add(['steps', i, 'id'], `step "${step.id}" cannot be reached from the first step "${ids[0]}" (an orphan step)`, 'make an earlier step or a branch lead to it ("next:" or a branch), or remove it');
  });
  for (const edge of unmarkedCycleEdges(procedure)) {
    add(edge.path, `step "${edge.from}" goes back to "${edge.to}", which makes a cycle`, edge.label ? 'if going back is intended (e.g. "returned for correction"), add "loop: true" to this branch; otherwise point it to a later step' : 'if going back is intended, add "loop: true" to this step; otherwise point "next" to a later step');
  }
  return problems;
}
