import type { DateFormat } from '../../shared/linkage/index.js';
import type { LabelledRecord } from './labelled-record.js';
import {
  GIVEN_NAMES, LOCALITIES, LOCALITY_PREFIXES, REGION_FULL, REGIONS, STREET_NAMES, STREET_TYPE_SHORT,
  STREET_TYPES, SURNAMES, TRANSLITERATED,
} from './name-lists.js';

/** How a synthetic evaluation set is drawn. The same options give the same records. */
export interface SyntheticOptions {
  readonly entities: number;
  readonly seed: number;
  /** Inputs (files) the records are spread over. */
  readonly sources: number;
  /**
   * `one-per-source`: each entity has exactly one record in every source (the shape of FEBRL
   * and of the speed bench). `varied`: one to four records per entity, in any sources, several
   * in one source allowed — duplicates within a file as well as across.
   */
  readonly layout: 'one-per-source' | 'varied';
  /** Share of entities given a look-alike relative: same surname and address (a sibling), or also the same birthday (a twin). */
  readonly relativeRate?: number;
}

/** Nicknames the generator may write for a given name (a subset of what normalisation knows). */
const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  james: ['jim', 'jimmy'], john: ['jack', 'johnny'], robert: ['bob', 'rob', 'bobby'], michael: ['mike', 'mick'],
  william: ['bill', 'will', 'billy'], richard: ['rick', 'dick'], joseph: ['joe'], thomas: ['tom', 'tommy'],
  charles: ['charlie'], christopher: ['chris'], daniel: ['dan', 'danny'], matthew: ['matt'], anthony: ['tony'],
  andrew: ['andy', 'drew'], elizabeth: ['liz', 'beth', 'betty'], margaret: ['maggie', 'peggy'],
  jennifer: ['jen', 'jenny'], patricia: ['pat', 'trish'], katherine: ['kate', 'kathy'], rebecca: ['becky'],
  samantha: ['sam'], alexander: ['alex'], nicholas: ['nick'], benjamin: ['ben'], susan: ['sue'],
  deborah: ['debbie'], victoria: ['vicky'], stephanie: ['steph'], edward: ['ted', 'eddie'], kenneth: ['ken'],
};

const DATE_FORMATS: readonly DateFormat[] = ['YYYY-MM-DD', 'DD/MM/YYYY', 'YYYYMMDD', 'DD.MM.YYYY'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** mulberry32: small, fast, and reproducible on every host. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Entity {
  given: string[];
  family: string;
  /** Native-script spellings and their Latin forms, when the person is recorded in another script. */
  nativeGiven?: { native: string; latin: readonly string[] };
  nativeFamily?: { native: string; latin: readonly string[] };
  year: number;
  month: number;
  day: number;
  number: string;
  street: string;
  streetType: string;
  line2: string;
  locality: string;
  postcode: string;
  region: string;
}

/** One synthetic record's fields as a clerk wrote them; undefined is a blank. */
interface Rendered {
  given?: string;
  family?: string;
  dob?: { year: number; month: number; day: number };
  number?: string;
  street?: string;
  line2?: string;
  locality?: string;
  postcode?: string;
  region?: string;
}

/**
 * Draws an evaluation set with the kinds of error FEBRL does not have: nicknames, names in
 * Cyrillic or Greek against their Latin spellings, given and family names swapped or written
 * "Family, Given", titles, missing fields, several date layouts, day and month swapped, moved
 * house, abbreviated street types and regions, typos — and look-alike relatives that must not be
 * linked. Truth is the entity each record was drawn from.
 */
export function generateSynthetic(options: SyntheticOptions): LabelledRecord[] {
  const random = generator(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number) => random() < p;
  const sourceFormats = Array.from({ length: options.sources }, (_, source) => DATE_FORMATS[source % DATE_FORMATS.length] as DateFormat);
  const records: LabelledRecord[] = [];
  const counters = new Array<number>(options.sources).fill(0);

  const newEntity = (): Entity => {
    const entity: Entity = {
      given: chance(0.15) ? [pick(GIVEN_NAMES), pick(GIVEN_NAMES)] : [pick(GIVEN_NAMES)],
      family: pick(SURNAMES),
      year: 1930 + Math.floor(random() * 80),
      month: 1 + Math.floor(random() * 12),
      day: 1 + Math.floor(random() * 28),
      number: String(1 + Math.floor(random() * (chance(0.8) ? 120 : 2000))),
      street: pick(STREET_NAMES),
      streetType: pick(STREET_TYPES),
      line2: chance(0.3) ? `${pick(['flat', 'apt', 'unit'])} ${1 + Math.floor(random() * 40)}` : '',
      locality: chance(0.15) ? `${pick(LOCALITY_PREFIXES)} ${pick(LOCALITIES)}` : pick(LOCALITIES),
      postcode: String(1000 + Math.floor(random() * 8999)),
      region: pick(REGIONS),
    };
    if (chance(0.03)) {
      const given = pick(TRANSLITERATED.slice(0, 10).concat(TRANSLITERATED.slice(16, 18)));
      const family = pick(TRANSLITERATED.slice(10, 16).concat(TRANSLITERATED.slice(18)));
      entity.nativeGiven = given;
      entity.nativeFamily = family;
      entity.given = [given.latin[0] as string];
      entity.family = family.latin[0] as string;
    }
    return entity;
  };

  const typo = (word: string): string => {
    if (word.length < 2) return word;
    const at = Math.floor(random() * word.length);
    switch (Math.floor(random() * 4)) {
      case 0:
        return word.slice(0, at) + pick([...LETTERS]) + word.slice(at + 1);
      case 1:
        return word.slice(0, at) + pick([...LETTERS]) + word.slice(at);
      case 2:
        return word.slice(0, at) + word.slice(at + 1);
      default:
        return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
    }
  };

  const render = (entity: Entity, corruptions: number): Rendered => {
    const given = entity.nativeGiven && chance(0.5) ? entity.nativeGiven.native : entity.given.join(' ');
    const family = entity.nativeFamily && chance(0.5) ? entity.nativeFamily.native : entity.family;
    const out: Rendered = {
      given, family,
      dob: { year: entity.year, month: entity.month, day: entity.day },
      number: entity.number,
      street: `${entity.street} ${entity.streetType}`,
      line2: entity.line2 || undefined,
      locality: entity.locality,
      postcode: entity.postcode,
      region: entity.region,
    };
    for (let n = 0; n < corruptions; n += 1) corrupt(entity, out);
    return out;
  };

  const corrupt = (entity: Entity, out: Rendered): void => {
    const kind = Math.floor(random() * 14);
    switch (kind) {
      case 0: out.given = out.given && typo(out.given); break;
      case 1: out.family = out.family && typo(out.family); break;
      case 2: {
        const nick = NICKNAMES[entity.given[0] as string];
        if (nick) out.given = pick(nick);
        else out.given = out.given && typo(out.given);
        break;
      }
      case 3: [out.given, out.family] = [out.family, out.given]; break;
      case 4: if (out.family && out.given) [out.family, out.given] = [`${out.family}, ${out.given}`, undefined]; break;
      case 5: {
        const field = pick(['given', 'family', 'dob', 'number', 'street', 'line2', 'locality', 'postcode'] as const);
        out[field] = undefined;
        break;
      }
      case 6:
        if (out.dob && out.dob.day <= 12) out.dob = { ...out.dob, month: out.dob.day, day: out.dob.month };
        else if (out.dob) out.dob = { ...out.dob, day: Math.max(1, Math.min(28, out.dob.day + (chance(0.5) ? 1 : -1))) };
        break;
      case 7: if (out.dob) out.dob = { ...out.dob, year: out.dob.year + (chance(0.5) ? 1 : -1) }; break;
      case 8: {
        // Moved house: a whole new address, often in another region.
        out.number = String(1 + Math.floor(random() * 120));
        out.street = `${pick(STREET_NAMES)} ${pick(STREET_TYPES)}`;
        out.line2 = undefined;
        out.locality = pick(LOCALITIES);
        out.postcode = String(1000 + Math.floor(random() * 8999));
        if (chance(0.5)) out.region = pick(REGIONS);
        break;
      }
      case 9: out.street = `${entity.street} ${STREET_TYPE_SHORT[entity.streetType] ?? entity.streetType}`; out.region = REGION_FULL[entity.region]; break;
      case 10: if (out.postcode) out.postcode = typo(out.postcode).replace(/[a-z]/g, String(Math.floor(random() * 10))); break;
      case 11: {
        const variants = [...(entity.nativeGiven?.latin ?? []), ...(entity.nativeFamily?.latin ?? [])];
        if (entity.nativeGiven && entity.nativeFamily) {
          out.given = pick(entity.nativeGiven.latin);
          out.family = pick(entity.nativeFamily.latin);
        } else if (variants.length === 0) out.street = out.street && typo(out.street);
        break;
      }
      case 12: out.given = out.given && `${pick(['Mr', 'Mrs', 'Dr', 'Ms'])} ${out.given.toUpperCase()}`; break;
      default: out.locality = out.locality && typo(out.locality); break;
    }
  };

  const emit = (entityId: string, rendered: Rendered, source: number): void => {
    const format = sourceFormats[source] as DateFormat;
    counters[source] = (counters[source] ?? 0) + 1;
    records.push({
      id: `s${source}-${counters[source]}`,
      source,
      entity: entityId,
      identifiers: {
        names: [{ given: rendered.given, family: rendered.family }],
        dateOfBirth: rendered.dob && formatDate(rendered.dob, format),
        dateOfBirthFormat: format,
        address: {
          streetNumber: rendered.number, street: rendered.street, addressLine2: rendered.line2,
          locality: rendered.locality, postcode: rendered.postcode, region: rendered.region,
        },
      },
    });
  };

  for (let e = 0; e < options.entities; e += 1) {
    const entity = newEntity();
    const entityId = `e${e}`;
    if (options.layout === 'one-per-source') {
      for (let source = 0; source < options.sources; source += 1) {
        emit(entityId, render(entity, source === 0 ? 0 : 1 + Math.floor(random() * 3)), source);
      }
    } else {
      const count = pick([1, 1, 1, 1, 2, 2, 2, 3, 3, 4]);
      for (let k = 0; k < count; k += 1) emit(entityId, render(entity, k === 0 ? 0 : Math.floor(random() * 4)), Math.floor(random() * options.sources));
    }
    if (chance(options.relativeRate ?? 0)) {
      // A relative at the same address: another given name, a different or (twin) equal birthday.
      const relative: Entity = { ...newEntity(), family: entity.family, nativeFamily: entity.nativeFamily, number: entity.number,
        street: entity.street, streetType: entity.streetType, line2: entity.line2, locality: entity.locality,
        postcode: entity.postcode, region: entity.region };
      if (chance(0.2)) Object.assign(relative, { year: entity.year, month: entity.month, day: entity.day });
      emit(`${entityId}r`, render(relative, Math.floor(random() * 2)), Math.floor(random() * options.sources));
    }
  }
  return records;
}

function formatDate(date: { year: number; month: number; day: number }, format: DateFormat): string {
  const [y, m, d] = [String(date.year), String(date.month).padStart(2, '0'), String(date.day).padStart(2, '0')];
  switch (format) {
    case 'YYYY-MM-DD': return `${y}-${m}-${d}`;
    case 'YYYYMMDD': return `${y}${m}${d}`;
    case 'DD/MM/YYYY': return `${d}/${m}/${y}`;
    case 'MM/DD/YYYY': return `${m}/${d}/${y}`;
    case 'DD.MM.YYYY': return `${d}.${m}.${y}`;
  }
}
