import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import Page from '../src/pages/print/[lang]/document-pack/[id].astro';

it('renders the print page', async () => {
  const c = await AstroContainer.create();
  for (const lang of ['en', 'lo']) {
    const html = await c.renderToString(Page, { params: { lang, id: 'keomanivong-bricks' }, request: new Request(`http://x/print/${lang}/document-pack/keomanivong-bricks/`), partial: false });
    writeFileSync(`/tmp/pack-${lang}.html`, html);
    console.log(lang, html.length, (html.match(/<table/g) || []).length, (html.match(/handout-page/g) || []).length);
  }
});
