/** The list of documents to print, read by scripts/build.ts after the Astro build. */
import type { APIRoute } from 'astro';
import { getCaseStudies, getQuizzes, getRolePlays } from '../../lib/curriculum';
import { printDocuments } from '../../lib/print-documents';

export const GET: APIRoute = async () => {
  const documents = printDocuments({
    quizzes: (await getQuizzes()).map((q) => ({ id: q.id, kind: q.kind })),
    rolePlays: (await getRolePlays()).map((r) => r.id),
    caseStudies: (await getCaseStudies()).map((c) => c.id),
  });
  return new Response(JSON.stringify(documents, null, 2), { headers: { 'content-type': 'application/json' } });
};
