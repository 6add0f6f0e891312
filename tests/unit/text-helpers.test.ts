import { describe, expect, it } from 'vitest';
import { factReferences, fillFacts } from '../../src/lib/case-facts';
import { extractVerifyMarkers, verifyAnchor } from '../../src/lib/verify-markers';
import { describeThai, findThai } from '../../src/check/lao-script';
import { escapeHtml } from '../../src/lib/escape-html';
import { langOfPath } from '../../src/lib/render-context';

describe('case-study facts', () => {
  const facts = [
    { id: 'workers', label: { en: 'Workers', lo: 'ຜູ້ອອກແຮງງານ' }, value: 1240, unit: { en: 'workers', lo: 'ຄົນ' } },
    { id: 'rate', label: { en: 'Rate', lo: 'ອັດຕາ' }, value: '6%' },
  ];
  it('fills the same figure into both languages', () => {
    expect(fillFacts('It employs {workers} at {rate}.', facts, 'en')).toBe('It employs 1,240 workers at 6%.');
    // Lao (CLDR) groups thousands with a dot.
    expect(fillFacts('ມີ {workers}.', facts, 'lo')).toBe('ມີ 1.240 ຄົນ.');
  });
  it('lists references and refuses unknown ones', () => {
    expect(factReferences('{workers} and {rate-x}')).toEqual(['workers', 'rate-x']);
    expect(() => fillFacts('{nope}', facts, 'en')).toThrow('Unknown fact {nope}');
  });
});

describe('verify markers', () => {
  it('finds each marker with its note, text and line', () => {
    const source = 'Intro\n\nThe rate is <Verify note="Confirm the rate">6% of **wages**</Verify>.\n<Verify note=\'Second\'>x</Verify>';
    const markers = extractVerifyMarkers(source);
    expect(markers).toEqual([
      { id: verifyAnchor('Confirm the rate'), note: 'Confirm the rate', text: '6% of **wages**', line: 3 },
      { id: verifyAnchor('Second'), note: 'Second', text: 'x', line: 4 },
    ]);
    expect(markers[0].id).toMatch(/^verify-[0-9a-z]+$/);
  });
});

describe('Lao script', () => {
  it('flags Thai characters and suggests the Lao letter', () => {
    // "ການກວດກາ" typed with a Thai ก (U+0E01) in the middle.
    const hits = findThai('ການ\u0E01ວດກາ');
    expect(hits).toHaveLength(1);
    expect(hits[0].suggestion).toBe('ກ');
    expect(describeThai(hits[0])).toContain('U+0E01');
    expect(findThai('ການກວດກາປະກັນສັງຄົມ')).toEqual([]);
  });
});

describe('small helpers', () => {
  it('escapes HTML', () => {
    expect(escapeHtml('<img src=x onerror="a">')).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;');
  });
  it('reads the language from a path', () => {
    expect(langOfPath('/lo/day-1/opening/')).toBe('lo');
    expect(langOfPath('/en/lo/')).toBe('en');
    expect(langOfPath('/logistics/')).toBe('en');
  });
});

describe('focusableTables', () => {
  it('lets the keyboard reach every table that may scroll sideways, once', async () => {
    const { focusableTables } = await import('../../src/lib/html-transforms');
    expect(focusableTables('<table><tr><td>a</td></tr></table><table class="x">')).toBe('<table tabindex="0"><tr><td>a</td></tr></table><table tabindex="0" class="x">');
    expect(focusableTables('<table tabindex="-1">')).toBe('<table tabindex="-1">');
    expect(focusableTables('<tablet>')).toBe('<tablet>');
  });
});
