/**
 * The assessment forms (every quiz of kind `assessment`, e.g. a pre and a
 * post form): each tests every outcome of content/competencies.yaml; no item
 * is a near copy of a self-check item (trainees would have seen the answer on
 * screen), and no item is on two forms: a parallel item may be the same kind of
 * question, but with another case and other figures (see sameCase).
 */
import type { LoadedContent, Located } from '../load-content';
import type { Problem } from '../problem';
import type { Quiz } from '../../schemas/quiz';
import { describeSimilarity, questionSimilarity, sameCase } from '../text-similarity';

const questionLine = (q: Located<Quiz>, i: number) => q.yaml.lineOf(['items', i, 'question']);

export function checkAssessmentForms(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const forms = content.quizzes.filter((q) => q.value.kind === 'assessment');
  const selfChecks = content.quizzes.filter((q) => q.value.kind === 'self-check');

  for (const form of forms) {
    form.value.items.forEach((item, i) => {
      for (const other of selfChecks) {
        other.value.items.forEach((copy, j) => {
          const similarity = questionSimilarity(item.question.en, copy.question.en);
          if (!similarity.nearCopy) return;
          problems.push({
            severity: 'error',
            file: form.file,
            line: questionLine(form, i),
            message: `assessment item "${item.id}" is a near copy of the self-check item "${copy.id}" (${other.file}:${questionLine(other, j)}; ${describeSimilarity(similarity)}): trainees see self-check answers on screen`,
            fix: 'test the outcome with a new case (other people, figures and facts), or change the self-check item',
          });
        });
      }
    });
  }

  // Two forms: an item of the later form (by file name) that copies one of an earlier form.
  forms.forEach((form, f) => {
    for (const earlier of forms.slice(0, f)) {
      form.value.items.forEach((item, i) => {
        earlier.value.items.forEach((copy, j) => {
          const similarity = sameCase(item.question.en, copy.question.en);
          if (!similarity.sameCase) return;
          problems.push({
            severity: 'error',
            file: form.file,
            line: questionLine(form, i),
            message: `item "${item.id}" is also on the assessment form "${earlier.value.id}" as "${copy.id}" (${earlier.file}:${questionLine(earlier, j)}; ${describeSimilarity(similarity)})`,
            fix: 'give each form its own items: a parallel item tests the same outcome with another case and other figures',
          });
        });
      });
    }
  });

  // Coverage: every outcome on every form.
  if (content.competencies) {
    const outcomes = content.competencies.value.flatMap((g) => g.outcomes);
    for (const form of forms) {
      const tested = new Set(form.value.items.map((item) => item.outcome));
      const missing = outcomes.filter((o) => !tested.has(o.id));
      if (missing.length === 0) continue;
      problems.push({
        severity: 'error',
        file: form.file,
        line: form.yaml.lineOf(['items']),
        message: `the assessment form "${form.value.id}" tests no item of ${missing.length === 1 ? 'the outcome' : `${missing.length} outcomes`}: ${missing.map((o) => `${o.id} (${o.text.en})`).join('; ')}`,
        fix: 'add an item for each of these outcomes (with "outcome: <id>"): every form must test every outcome in content/competencies.yaml',
      });
    }
  }
  return problems;
}
