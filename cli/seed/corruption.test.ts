import { describe, expect, it } from 'vitest';
import { normaliseDate, normalisePhone } from '../../shared/linkage/index.js';
import { typo, writeDate, writeName, writePhone, type RecordingHabits } from './corruption.js';
import { drawIdentity } from './identity.js';
import { ORIGINS, originOf } from './name-pools.js';
import { Prng } from './prng.js';

const EVERY_LAYOUT: RecordingHabits = {
  nativeScript: 1,
  otherTransliteration: 0.5,
  upperCaseFamily: 0,
  typo: 0,
  nickname: 0,
  swappedOrder: 0,
  missingGivenName: 0,
  missingDateOfBirth: 0,
  missingPhone: 0,
  dateLayouts: { ISO: 1, COMPACT: 1, DOTTED: 1, SLASHED: 1 },
  phoneLayouts: { E164: 1, SPACED: 1, DASHED: 1, BRACKETED: 1 },
};

describe('sector corruptions', () => {
  it('writes dates in several layouts, each read back to the true date without guessing', () => {
    const prng = Prng.for(1, 'dates');
    const layouts = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const iso = `19${prng.int(50, 99)}-${String(prng.int(1, 12)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;
      const written = writeDate(prng, iso, EVERY_LAYOUT);
      layouts.add(written.replace(/\d/g, '9'));
      expect(normaliseDate(written), written).toBe(iso);
    }
    expect(layouts).toEqual(new Set(['9999-99-99', '99999999', '99.99.9999', '99/99/9999']));
  });

  it('lays phone numbers out differently, always as a number that normalises to the person’s own', () => {
    for (const origin of ORIGINS) {
      const prng = Prng.for(2, origin.country);
      const person = drawIdentity(prng, 'P1', origin, '2026-06-30', { min: 20, max: 40 });
      const written = new Set(Array.from({ length: 40 }, () => writePhone(prng, person, EVERY_LAYOUT)));
      expect(written.size, origin.country).toBeGreaterThan(1);
      for (const phone of written) expect(normalisePhone(phone), `${origin.country} ${phone}`).toBe(person.phone.e164);
    }
  });

  it('writes a Cyrillic name in its own script at one sector and romanised at another', () => {
    const person = drawIdentity(Prng.for(3, 'ua'), 'P1', originOf('UA'), '2026-06-30', { min: 20, max: 40 });
    const native = writeName(Prng.for(3, 'ngo'), person, EVERY_LAYOUT);
    const latin = writeName(Prng.for(3, 'le'), person, { ...EVERY_LAYOUT, nativeScript: 0 });
    expect(native.family).toMatch(/^\p{Script=Cyrillic}+$/u);
    expect(latin.family).toMatch(/^[A-Za-z' -]+$/);
  });

  it('turns a formal given name into one of its nicknames, the linkage list read the other way round', () => {
    const origin = originOf('GB');
    const person = { ...drawIdentity(Prng.for(4, 'gb'), 'P1', origin, '2026-06-30', { min: 20, max: 40 }), given: { native: 'Robert', latin: ['Robert'] } };
    const given = writeName(Prng.for(4, 'nick'), person, { ...EVERY_LAYOUT, nickname: 1 }).given;
    expect(['Bob', 'Bobby', 'Rob', 'Robbie', 'Bert']).toContain(given);
  });

  it('makes a typo one keyboard slip away, leaving short words alone', () => {
    const prng = Prng.for(5, 'typo');
    for (let i = 0; i < 200; i++) {
      const slipped = typo(prng, 'Ciobanu');
      expect(Math.abs(slipped.length - 'Ciobanu'.length)).toBeLessThanOrEqual(1);
      expect(slipped.charAt(0)).toBe('C');
    }
    expect(typo(prng, 'Le')).toBe('Le');
  });
});
