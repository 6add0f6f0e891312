/** The list of documents to print, read by scripts/build.ts after the Astro build. */
import type { APIRoute } from 'astro';
import { getPrintDocuments } from '../../lib/curriculum';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getPrintDocuments(), null, 2), { headers: { 'content-type': 'application/json' } });
