/** The implementation plan spreadsheet (worked example and blank template), one per language, built at build time. */
import type { APIRoute } from 'astro';
import { loadImplementationPlan, planPrintPaths } from '../../plan/implementation-plan';
import { planWorkbook } from '../../plan/plan-workbook';
import type { Lang } from '../../schemas/common';

export const getStaticPaths = planPrintPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = await planWorkbook(loadImplementationPlan(), params.lang as Lang);
  return new Response(new Uint8Array(body), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
