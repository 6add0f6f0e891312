/**
 * The Word copies: the HTML given to Pandoc, the reference document's fonts,
 * and one real conversion (Pandoc in WebAssembly) read back from the zip.
 */
import { describe, expect, it } from 'vitest';
import { LAO_FONT, htmlToDocx, makeReferenceDocx, withA4Page, withCourseFonts } from '../../src/docx/word-copy';
import { flowchartsAsImages, htmlForWord } from '../../src/docx/word-html';
import { docxPageBreaks, docxPart, docxParagraphs } from '../helpers/docx';

describe('htmlForWord', () => {
  it('drops scripts, styles and stylesheet links, and the cut lines', () => {
    const html = '<head><link rel="stylesheet" href="/a.css"><style>p{}</style><script type="module" src="/x.js"></script></head><body><script>fit()</script><p>Keep</p><p class="cut-line">✂ Cut</p></body>';
    expect(htmlForWord(html)).toBe('<head></head><body><p>Keep</p></body>');
  });

  it('turns the HTML5 containers Pandoc skips into divs, keeping their classes', () => {
    expect(htmlForWord('<nav class="toc"><ol></ol></nav><section class="handout-page"><header>x</header></section><article class="session"></article>'))
      .toBe('<div class="toc"><ol></ol></div><div class="handout-page"><div>x</div></div><div class="word-page-break"><p>-</p></div><div class="session"></div>');
  });
});

describe('reference document', () => {
  const styles = '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:cstheme="minorBidi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" /><w:lang w:bidi="ar-SA" w:eastAsia="zh-CN" w:val="en-US" /></w:rPr></w:rPrDefault></w:docDefaults><w:style w:styleId="Heading1"><w:rPr><w:rFonts w:cstheme="majorBidi" w:eastAsiaTheme="majorEastAsia" /></w:rPr></w:style><w:style w:styleId="VerbatimChar"><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" /></w:rPr></w:style>';

  it('names Phetsarath OT for Lao (East Asian and complex-script slots) in place of every theme font, and Lao as the complex-script language', () => {
    const lao = withCourseFonts(styles, 'lo');
    expect(lao.match(/<w:rFonts w:ascii="Phetsarath OT" w:hAnsi="Phetsarath OT" w:eastAsia="Phetsarath OT" w:cs="Phetsarath OT" \/>/g)).toHaveLength(2);
    expect(lao).not.toMatch(/Theme=|cstheme=/);
    expect(lao).toContain('w:bidi="lo-LA"');
    expect(lao).toContain('w:ascii="Consolas"'); // code keeps its monospace font
    expect(withCourseFonts(styles, 'en')).toContain(`<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="${LAO_FONT}" w:cs="${LAO_FONT}" />`);
  });

  it('sets an A4 page', () => {
    expect(withA4Page('<w:body><w:p/><w:sectPr><w:footnotePr /></w:sectPr></w:body>')).toMatch(/<w:sectPr><w:footerReference [^>]*\/><w:pgSz w:w="11906" w:h="16838" \/>.*<\/w:sectPr><\/w:body>$/);
    expect(withA4Page('<w:body><w:p/></w:body>')).toContain('<w:pgSz w:w="11906" w:h="16838" />');
  });
});

describe('htmlToDocx (Pandoc in WebAssembly)', () => {
  it('keeps Lao text, headings and tables, starts each handout page on a new page, and sets the Lao font', async () => {
    const html = `<!doctype html><html lang="lo"><head><title>ບັດບົດບາດ</title><script>alert(1)</script></head><body>
      <section class="handout-page"><h1>ການກວດກາປະກັນສັງຄົມ</h1><p>ພະນັກງານກວດກາ ຂໍເບິ່ງບັນຊີເງິນເດືອນ.</p></section>
      <section class="handout-page"><h2>ໜ້າທີສອງ</h2><table><thead><tr><th>ເວລາ</th><th>ວິທະຍາກອນ</th></tr></thead><tbody><tr><td>08:30</td><td>ອະທິບາຍຈຸດປະສົງ</td></tr></tbody></table>
      <p class="cut-line">✂ ຕັດຕາມເສັ້ນຈຸດ</p></section></body></html>`;
    const docx = await htmlToDocx(html, { reference: await makeReferenceDocx('lo') });
    const paragraphs = docxParagraphs(docx);
    // the <title> does not come back as a second title
    expect(paragraphs).toEqual(['ການກວດກາປະກັນສັງຄົມ', 'ພະນັກງານກວດກາ ຂໍເບິ່ງບັນຊີເງິນເດືອນ.', 'ໜ້າທີສອງ', 'ເວລາ', 'ວິທະຍາກອນ', '08:30', 'ອະທິບາຍຈຸດປະສົງ']);
    const body = docxPart(docx, 'word/document.xml');
    expect(body).toContain('<w:tbl>');
    expect(body).toMatch(/<w:pStyle w:val="Heading1" \/>/);
    expect(docxPageBreaks(docx)).toBe(1); // before the second page, not before the first
    expect(body).not.toContain('alert(1)');
    expect(docxPart(docx, 'word/styles.xml')).toContain('w:cs="Phetsarath OT"');
    expect(body).toContain('<w:pgSz w:h="16838" w:w="11906" />');
  }, 60_000);

  it('numbers the pages, breaks pages before nested sessions, never jumps a heading level, leaves room to write, and does not ask to update fields', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Social Security Inspection</title></head><body><div class="book">
      <section class="cover"><div lang="en" class="cover-title"><h1>Social Security Inspection</h1><p>Subtitle</p></div></section>
      <nav class="toc new-page"><h1 id="contents">Contents</h1><ol><li><a href="#s1"><span class="toc-title">Session one</span><span class="toc-dots"></span><span class="toc-page" data-toc-target="s1">000</span></a></li></ol></nav>
      <article class="session"><h2 id="s1">Session one</h2><p>Text</p></article>
      <article class="session"><h2>Session two</h2><h4>Deep heading</h4><div class="paper-header"><span>Name</span><span>Date</span><span>Score</span></div></article>
      </div></body></html>`;
    const docx = await htmlToDocx(html, { reference: await makeReferenceDocx('en') });
    const body = docxPart(docx, 'word/document.xml');
    const paragraphs = docxParagraphs(docx);
    // the cover title once, in the Title style, not a Heading 1
    expect(paragraphs.filter((p) => p === 'Social Security Inspection')).toHaveLength(1);
    expect(body).toMatch(/<w:pStyle w:val="Title" \/>(?:(?!<\/w:p>)[\s\S])*Social Security Inspection/);
    expect(body).not.toMatch(/<w:pStyle w:val="Heading1" \/>(?:(?!<\/w:p>)[\s\S])*Social Security Inspection/);
    // contents (links, no PDF page numbers), then a page break before each session
    expect(paragraphs).toContain('Session one');
    expect(paragraphs.join('|')).not.toContain('000');
    expect(docxPageBreaks(docx)).toBe(3);
    // heading levels: the h4 after an h2 becomes a level 3
    const levels = [...body.matchAll(/<w:pStyle w:val="Heading(\d)" \/>/g)].map((m) => Number(m[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
    expect(levels[0]).toBe(1);
    // name, date and score on lines of their own, with room to write
    for (const field of ['Name', 'Date', 'Score']) expect(paragraphs).toContain(`${field}: ${'_'.repeat(30)}`);
    // page numbers in the footer, and no "update fields?" prompt
    expect(docxPart(docx, 'word/footer1.xml')).toContain('w:instr=" PAGE "');
    expect(body).toContain('<w:footerReference');
    expect(docxPart(docx, 'word/settings.xml')).not.toContain('updateFields');
  }, 60_000);
});

describe('Lao word spans in the Word copy', () => {
  it('are dropped, leaving the text as written (a quiz paper header still gets its writing lines)', () => {
    const html = '<div class="paper-header"><span><span class="lt"><span class="lw">ຊື່</span></span></span><span><span class="lt"><span class="lw">ຄະແນນ</span></span></span></div><p><span class="lt"><span class="lw">ການກວດກາ</span><wbr><span class="lw">ປະກັນສັງຄົມ</span></span></p>';
    const out = htmlForWord(html);
    expect(out).toContain('<p>ຊື່: ______');
    expect(out).toContain('<p>ຄະແນນ: ______');
    expect(out).toContain('<p>ການກວດກາປະກັນສັງຄົມ</p>');
  });
});

describe('procedure flowcharts in the Word copies', () => {
  const svg = (title: string, width: number) => `<svg xmlns="http://www.w3.org/2000/svg" class="procedure-flowchart" viewBox="0 0 ${width} 100" width="${width}" height="100" role="img" aria-labelledby="t"><title id="t">${title}</title><text x="10" y="50">ຂັ້ນຕອນ</text></svg>`;

  it('become image files Pandoc can read, the wide one at the page width', () => {
    const { html, files } = flowchartsAsImages(`<p>a</p>${svg('Flowchart: Approval', 400)}<p>b</p>${svg('Flowchart: Reporting (part 1 of 2)', 720)}<svg class="icon"></svg>`);
    expect(Object.keys(files)).toEqual(['flowchart-1.svg', 'flowchart-2.svg']);
    expect(html).toBe('<p>a</p><img src="flowchart-1.svg" alt="Flowchart: Approval" /><p>b</p><img src="flowchart-2.svg" alt="Flowchart: Reporting (part 1 of 2)" width="100%" /><svg class="icon"></svg>');
    expect(files['flowchart-1.svg']).toContain('<text x="10" y="50">ຂັ້ນຕອນ</text>');
  });

  it('are stored as SVG with a PNG for Word before 2016, as Word itself stores them', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const drawn: string[] = [];
    const docx = await htmlToDocx(`<html><body><p>ແຜນວາດ</p>${svg('Flowchart: Approval', 400)}</body></html>`, {
      reference: await makeReferenceDocx('lo'),
      rasterize: async (image) => (drawn.push(image), png),
    });
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toContain('class="procedure-flowchart"');
    const rels = docxPart(docx, 'word/_rels/document.xml.rels');
    const svgId = /Id="([^"]+)" Target="media\/[^"]+\.svg"/.exec(rels)![1];
    const pngId = /Id="([^"]+)" Target="media\/[^"]+\.png"/.exec(rels)![1];
    const body = docxPart(docx, 'word/document.xml');
    expect(body).toMatch(new RegExp(`<a:blip r:embed="${pngId}">.*<asvg:svgBlip[^>]*r:embed="${svgId}"`));
    expect(docxPart(docx, '[Content_Types].xml')).toContain('Extension="png" ContentType="image/png"');
  }, 60_000);
});
