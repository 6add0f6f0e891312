import { describe, expect, it } from 'vitest';
import { outcomeNumbers } from '../../src/lib/outcome-numbers';
import { inPrintOrder, printDocuments } from '../../src/lib/print-documents';
import { listFiles } from '../../src/lib/files';
import { readYaml } from '../helpers/curriculum-facts';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const groups = readYaml<{ id: string; outcomes: { id: string }[] }[]>('content/competencies.yaml');
const quizzes = listFiles(PROJECT_ROOT, 'quizzes', ['.yaml']).map((file) => readYaml(file));
const forms = quizzes.filter((q) => q.kind === 'assessment');

describe('outcome numbers', () => {
  it('gives every outcome of the framework its own group.position number', () => {
    const numbers = outcomeNumbers(groups);
    const all = groups.flatMap((g) => g.outcomes.map((o) => o.id));
    expect([...numbers.keys()]).toEqual(all);
    expect(new Set(numbers.values()).size).toBe(all.length);
    groups.forEach((group, g) => expect(numbers.get(group.outcomes.at(-1)!.id)).toBe(`${g + 1}.${group.outcomes.length}`));
  });
});

describe('the two forms of the pre/post test', () => {
  it('are one pre form and one post form, each testing every outcome', () => {
    expect(forms.map((f) => f.phase).sort()).toEqual(['post', 'pre']);
    const all = groups.flatMap((g) => g.outcomes.map((o) => o.id)).sort();
    for (const form of forms) expect([...new Set(form.items.map((i: { outcome: string }) => i.outcome))].sort(), form.id).toEqual(all);
  });

  it('share no item: no question of one form appears in the other', () => {
    const [a, b] = forms;
    const questions = new Set(a.items.map((i: { question: { en: string } }) => i.question.en));
    for (const item of b.items) expect(questions.has(item.question.en), item.id).toBe(false);
  });

  it('print pre form first, then post form, then the self-checks in their listed order', () => {
    const listed = quizzes.map((q) => ({ id: q.id as string, kind: q.kind, phase: q.phase }));
    const ordered = inPrintOrder(listed).map((q) => q.id);
    const pre = forms.find((f) => f.phase === 'pre').id;
    const post = forms.find((f) => f.phase === 'post').id;
    expect(ordered.slice(0, 2)).toEqual([pre, post]);
    expect(ordered.slice(2)).toEqual(listed.filter((q) => q.kind !== 'assessment').map((q) => q.id));
    const papers = printDocuments({ quizzes: listed, rolePlays: [], caseStudies: [] }).filter((d) => d.lang === 'lo' && d.kind === 'quiz-paper');
    expect(papers.map((d) => d.output).slice(0, 2)).toEqual([`handouts/lo/quiz-${pre}-lo.pdf`, `handouts/lo/quiz-${post}-lo.pdf`]);
    expect(papers.every((d) => d.audience === (forms.some((f) => d.output.includes(f.id)) ? 'facilitator' : 'trainee'))).toBe(true);
  });
});
