/**
 * Links and images in pages: each broken one is an error at its file and
 * line, with the fix; links that work are not reported.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureCopy } from '../helpers/fixture-copy';
import { checkAfter, disposeFixture, insertAfter, lineWith } from './check-fixture';

afterEach(disposeFixture);

const EN = 'content/en/day-1/intro.mdx';
const LO = 'content/lo/day-1/intro.mdx';

/** Add a paragraph to the English intro page after its first paragraph. */
const addToEnglish = (paragraph: string) => (f: FixtureCopy) => insertAfter(f, EN, 'Inspection checks that employers', paragraph);
const addToLao = (paragraph: string) => (f: FixtureCopy) => insertAfter(f, LO, 'ການກວດກາ ກວດເບິ່ງ', paragraph);

describe('links', () => {
  it('accepts links to existing pages and headings, in both languages', () => {
    const result = checkAfter((f) => {
      addToEnglish('See [the glossary](/en/glossary/), [the start](/en/), [this section](#what-inspection-is) and [the term](/en/glossary/#term-inspection).')(f);
      addToLao('ເບິ່ງ [ອະພິທານສັບ](/lo/glossary/) ແລະ [ພາກນີ້](/lo/day-1/intro/#ການກວດກາແມ່ນຫຍັງ) ແລະ [ເວັບໄຊ](https://www.ilo.org/).')(f);
    });
    expect(result.others).toEqual([]);
  });

  it('reports a link to a page that does not exist, with the page probably meant', () => {
    const { errorList, errors, fixture } = checkAfter(addToEnglish('See [the glossary](/en/glosary/).'));
    expect(errors).toBeGreaterThan(0);
    expect(errorList).toHaveLength(1);
    expect(errorList[0]).toMatchObject({ file: EN, line: lineWith(fixture, EN, '/en/glosary/') });
    expect(errorList[0].message).toContain('there is no content/en/glosary.mdx');
    expect(errorList[0].fix).toContain('"/en/glossary/"');
  });

  it('reports a Lao page that links to an English page', () => {
    const { errorList, fixture } = checkAfter(addToLao('ເບິ່ງ [ອະພິທານສັບ](/en/glossary/).'));
    expect(errorList).toHaveLength(1);
    expect(errorList[0]).toMatchObject({ file: LO, line: lineWith(fixture, LO, '/en/glossary/') });
    expect(errorList[0].message).toContain('leads to the English page from a Lao page');
    expect(errorList[0].fix).toContain('"/lo/glossary/"');
  });

  it('reports an anchor that matches no heading, with the heading probably meant', () => {
    const { errorList, fixture } = checkAfter(addToEnglish('Read [this section](/en/day-1/intro/#what-inspection-iz) again.'));
    expect(errorList).toHaveLength(1);
    expect(errorList[0]).toMatchObject({ file: EN, line: lineWith(fixture, EN, '#what-inspection-iz') });
    expect(errorList[0].message).toContain('has no heading or element with that id');
    expect(errorList[0].fix).toContain('#what-inspection-is');
  });

  it('reports a link to the source file instead of the page', () => {
    const { errorList } = checkAfter(addToEnglish('See [the glossary](../glossary.mdx).'));
    expect(errorList).toHaveLength(1);
    expect(errorList[0].file).toBe(EN);
    expect(errorList[0].message).toContain('points to a source file');
    expect(errorList[0].fix).toContain('"/en/glossary/"');
  });

  it('only warns about a link to the page itself, a relative link and a missing trailing slash', () => {
    const { errors, warningList } = checkAfter(addToEnglish('See [this page](/en/day-1/intro/), [the glossary](../../glossary/) and [the agenda](/en/agenda).'));
    expect(errors).toBe(0);
    expect(warningList.map((w) => w.file)).toEqual([EN, EN, EN]);
    const messages = warningList.map((w) => w.message).join('\n');
    expect(messages).toContain('leads to this same page');
    expect(messages).toContain('is relative to this page');
    expect(messages).toContain('has no trailing slash');
  });
});

describe('images', () => {
  it('reports a missing image file and a missing alt text', () => {
    const { errorList, errors, fixture } = checkAfter(addToEnglish('![](./missing-chart.png)'));
    expect(errors).toBe(2);
    expect(errorList.map((e) => [e.file, e.line])).toEqual([
      [EN, lineWith(fixture, EN, 'missing-chart.png')],
      [EN, lineWith(fixture, EN, 'missing-chart.png')],
    ]);
    expect(errorList.map((e) => e.message).join('\n')).toMatch(/has no alt text[\s\S]*does not exist \(looked for content\/en\/day-1\/missing-chart.png\)/);
  });

  it('accepts an image that exists, and reports Lao alt text missing on the Lao page', () => {
    const { errorList } = checkAfter((f) => {
      f.write('content/en/day-1/chart.png', 'not really a png');
      addToEnglish('![Registered workers by year](./chart.png)')(f);
      addToLao('<img src="../../en/day-1/chart.png" alt="Registered workers by year" />')(f);
    });
    expect(errorList).toHaveLength(1);
    expect(errorList[0].file).toBe(LO);
    expect(errorList[0].message).toContain('is not in Lao');
  });
});
