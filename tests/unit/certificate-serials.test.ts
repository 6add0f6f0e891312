/** Certificate serial numbers: the same function numbers the printed certificates and the build report's list. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { certificateSchema, certificateSerials } from '../../src/handouts/handout-data';
import { PROJECT_ROOT } from '../helpers/scratch-project';

const real = certificateSchema.parse(parse(readFileSync(join(PROJECT_ROOT, 'content/certificate.yaml'), 'utf8')));

describe('certificate serials', () => {
  it('read PREFIX-YEAR-NNN, one per participant, year of issue first, then of the course start', () => {
    expect(certificateSerials({ ...real, issued: '2026-03-06' }, 3)).toEqual([`${real.serial_prefix}-2026-001`, `${real.serial_prefix}-2026-002`, `${real.serial_prefix}-2026-003`]);
    expect(certificateSerials({ ...real, issued: undefined, start: '2027-01-10', end: '2027-01-14' }, 1)).toEqual([`${real.serial_prefix}-2027-001`]);
    expect(certificateSerials(real, 0)).toEqual([]);
  });

  it('the real configuration carries the national header, marked for LSSO to verify', () => {
    expect(real.national_header?.state.lo).toBe('ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ');
    expect(real.national_header?.motto.lo).toBe('ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນາຖາວອນ');
    expect(real.national_header?.verify).toBeTruthy();
  });

  it('refuses a prefix that is not capital letters, digits and hyphens', () => {
    expect(certificateSchema.safeParse({ ...real, serial_prefix: 'lsso 1' }).success).toBe(false);
  });
});
