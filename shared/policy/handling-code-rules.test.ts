import { describe, expect, it } from 'vitest';
import { HANDLING_CODES, handlingCodePermits, type HandlingCodeValue } from './handling-code-rules.js';

const OWNER = { org: 'harbour-police', sector: 'LAW_ENFORCEMENT' } as const;
const OTHER_AGENCY = { org: 'coastal-police', sector: 'LAW_ENFORCEMENT' } as const;
const record = (handlingCode: HandlingCodeValue | string) => ({ handlingCode, ownerOrg: 'harbour-police' });

describe('handlingCodePermits', () => {
  it.each(HANDLING_CODES)('lets the owning agency see its own %s record, whatever the purpose', (code) => {
    for (const purpose of ['investigation', 'analysis']) expect(handlingCodePermits(record(code), OWNER, purpose)).toBe(true);
  });

  it.each([
    ['H0', 'investigation', true],
    ['H0', 'analysis', true],
    ['H1', 'investigation', true],
    ['H1', 'analysis', false],
    ['H2', 'investigation', false],
    ['H2', 'analysis', false],
    ['H3', 'investigation', false],
    ['H3', 'analysis', false],
  ] as const)("decides another agency's %s record for purpose %s: %s", (code, purpose, expected) => {
    expect(handlingCodePermits(record(code), OTHER_AGENCY, purpose)).toBe(expected);
  });

  it("never admits another sector, even to an H0 record, even with the owner's organisation name", () => {
    for (const sector of ['NGO', 'FINANCIAL', 'HUB'] as const) {
      expect(handlingCodePermits(record('H0'), { org: 'harbour-police', sector }, 'investigation')).toBe(false);
      expect(handlingCodePermits(record('H0'), { org: 'other', sector }, 'investigation')).toBe(false);
    }
  });

  it('keeps a record without a known code, or without an owner, from everyone but its owner', () => {
    expect(handlingCodePermits(record('H9'), OTHER_AGENCY, 'investigation')).toBe(false);
    expect(handlingCodePermits({ ownerOrg: 'harbour-police' }, OTHER_AGENCY, 'investigation')).toBe(false);
    expect(handlingCodePermits(record('H9'), OWNER, 'investigation')).toBe(true);
    expect(handlingCodePermits({ handlingCode: 'H0' }, OTHER_AGENCY, 'investigation')).toBe(false);
    expect(handlingCodePermits(undefined, OTHER_AGENCY, 'investigation')).toBe(false);
  });
});
