import { normalisePhone, nicknamesOf } from '../../shared/linkage/index.js';
import { ascii, type Identity } from './identity.js';
import type { Prng } from './prng.js';

/**
 * How one sector's clerks write a person down. Each rate is the chance a record carries that
 * corruption; together they are what linkage has to see through.
 */
export interface RecordingHabits {
  /** Chance a name in a non-Latin script is written in that script rather than romanised. */
  readonly nativeScript: number;
  /** Chance the romanisation is not the passport's but another common one. */
  readonly otherTransliteration: number;
  /** Chance the family name is written in capitals (police and border forms). */
  readonly upperCaseFamily: number;
  readonly typo: number;
  readonly nickname: number;
  /** Chance given and family name are swapped (one column holding the other). */
  readonly swappedOrder: number;
  readonly missingGivenName: number;
  readonly missingDateOfBirth: number;
  readonly missingPhone: number;
  /** Date layouts and their weights; a day-month layout is used only where it cannot be misread. */
  readonly dateLayouts: Readonly<Record<DateLayout, number>>;
  readonly phoneLayouts: Readonly<Record<PhoneLayout, number>>;
}

export type DateLayout = 'ISO' | 'COMPACT' | 'DOTTED' | 'SLASHED';
export type PhoneLayout = 'E164' | 'SPACED' | 'DASHED' | 'BRACKETED';

export interface WrittenName {
  readonly given: string | undefined;
  readonly family: string | undefined;
}

/** The person's name as this sector writes it. */
export function writeName(prng: Prng, person: Identity, habits: RecordingHabits): WrittenName {
  const native = person.origin.script !== 'Latin' || person.given.native !== person.given.latin[0];
  const inNative = native && prng.chance(habits.nativeScript);
  const variant = prng.chance(habits.otherTransliteration);
  const form = (name: Identity['given']) => {
    if (inNative) return name.native;
    const latin = variant && name.latin.length > 1 ? prng.pick(name.latin.slice(1)) : (name.latin[0] as string);
    // Romanised by a clerk: diacritics are often lost on the way.
    return prng.chance(0.5) ? ascii(latin) : latin;
  };
  let given: string | undefined = form(person.given);
  let family: string | undefined = form(person.family);
  if (!inNative && prng.chance(habits.nickname)) {
    const nicknames = nicknamesOf(ascii(given).toLowerCase());
    if (nicknames.length > 0) given = capitalise(prng.pick(nicknames));
  }
  if (!inNative && prng.chance(habits.typo)) {
    if (prng.chance(0.5)) given = typo(prng, given);
    else family = typo(prng, family);
  }
  if (prng.chance(habits.upperCaseFamily)) family = family.toLocaleUpperCase();
  const swapRate = person.origin.familyFirst ? Math.max(habits.swappedOrder, 0.3) : habits.swappedOrder;
  if (prng.chance(swapRate)) [given, family] = [family, given];
  if (prng.chance(habits.missingGivenName)) given = undefined;
  return { given, family };
}

/**
 * One keyboard slip in a Latin word: two letters transposed, one dropped, one doubled, or a
 * vowel confused. Never on a word too short to stay recognisable.
 */
export function typo(prng: Prng, word: string): string {
  if (word.length < 4 || !/^[\p{Script=Latin} '-]+$/u.test(word)) return word;
  const i = prng.int(1, word.length - 2);
  switch (prng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word.charAt(i) + word.slice(i);
    default: {
      const vowels = 'aeiou';
      const at = [...word].findIndex((letter, index) => index >= 1 && vowels.includes(letter));
      if (at < 0) return word.slice(0, i) + word.slice(i + 1);
      return word.slice(0, at) + prng.pick([...vowels].filter((v) => v !== word.charAt(at))) + word.slice(at + 1);
    }
  }
}

/** An ISO date in a layout these habits use; a day-month layout only where day and month cannot be swapped. */
export function writeDate(prng: Prng, iso: string, habits: RecordingHabits): string {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const unambiguous = Number(day) > 12 || day === month;
  const layout = prng.weighted(habits.dateLayouts);
  if (layout === 'COMPACT') return `${year}${month}${day}`;
  if (layout === 'DOTTED' && unambiguous) return `${day}.${month}.${year}`;
  if (layout === 'SLASHED' && unambiguous) return `${day}/${month}/${year}`;
  return iso;
}

/** A phone number laid out as this sector's forms carry it; always one libphonenumber reads back to the same number. */
export function writePhone(prng: Prng, person: Identity, habits: RecordingHabits): string {
  const { code } = person.origin.phone;
  const { national, e164 } = person.phone;
  const groups = national.replace(/^(\d{2,3})(\d{3})(\d+)$/, '$1 $2 $3');
  const layout = prng.weighted(habits.phoneLayouts);
  const written =
    layout === 'SPACED' ? `+${code} ${groups}` : layout === 'DASHED' ? `+${code}-${groups.replace(/ /g, '-')}` : layout === 'BRACKETED' ? `(+${code}) ${national}` : e164;
  return normalisePhone(written) === e164 ? written : e164;
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
