/**
 * Terminology: an English page that uses a glossary term, and a Lao twin
 * that does not use the fixed Lao term, gives a warning naming both terms.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkAfter, disposeFixture, lineWith } from './check-fixture';

afterEach(disposeFixture);

const LO = 'content/lo/day-1/intro.mdx';

describe('terminology', () => {
  it('is quiet when the Lao page uses the glossary term (with or without ການ)', () => {
    // The English page says "Inspection"; the Lao page says ການກວດກາ. Then only ກວດກາ, as a verb.
    expect(checkAfter(() => {}).warningList).toEqual([]);
    const { warningList } = checkAfter((f) => f.edit(LO, (t) => t.replaceAll('ການກວດກາ', 'ກວດກາ')));
    expect(warningList).toEqual([]);
  });

  it('warns when the Lao page never uses the Lao term, naming both terms, at the same place (here the title)', () => {
    const { errors, warningList, fixture } = checkAfter((f) => f.edit(LO, (t) => t.replaceAll('ການກວດກາ', 'ການກວດສອບ').replaceAll('ກວດກາ', 'ກວດສອບ')));
    expect(errors).toBe(0);
    expect(warningList).toHaveLength(1);
    expect(warningList[0]).toMatchObject({ file: LO, line: lineWith(fixture, LO, 'title:') });
    expect(warningList[0].message).toContain('"inspection" (content/en/day-1/intro.mdx:2)');
    expect(warningList[0].message).toContain('its Lao term "ການກວດກາ"');
  });

  it('points at the Lao heading of the section where the English page first uses the term', () => {
    const { warningList, fixture } = checkAfter((f) => {
      f.edit('content/en/day-1/intro.mdx', (t) => t.replace('title: Introduction to inspection', 'title: Introduction').replace('description: What inspection is.', 'description: The basics.'));
      f.edit(LO, (t) => t.replaceAll('ການກວດກາ', 'ການກວດສອບ').replaceAll('ກວດກາ', 'ກວດສອບ'));
    });
    expect(warningList).toHaveLength(1);
    expect(warningList[0]).toMatchObject({ file: LO, line: lineWith(fixture, LO, '## ') });
  });

  it('leaves out short terms and words that only contain the term', () => {
    const { warningList } = checkAfter((f) => {
      f.edit('content/glossary.yaml', (t) => `${t}\n- id: rate\n  term: { en: rate, lo: ອັດຕາ }\n  definition: { en: A share., lo: ສ່ວນແບ່ງ. }\n- id: visit\n  term: { en: visit, lo: ການຢ້ຽມຢາມ }\n  definition: { en: A call., lo: ການຢ້ຽມ. }\n`);
      f.edit(LO, (t) => t.replace('ອັດຕາ', 'ສ່ວນ'));
      f.edit('content/en/day-1/intro.mdx', (t) => t.replace('Discuss in pairs.', 'Discuss the visits revisited in pairs.'));
    });
    // "rate" has four letters; "revisited" is not "visit", but "visits" is: the Lao page has no ການຢ້ຽມຢາມ.
    expect(warningList.map((w) => w.message)).toEqual([expect.stringContaining('"visit"')]);
  });
});
