import {
  birthDatesContradict,
  BlockIndex,
  diceCoefficient,
  EncodingStore,
  fieldsAllowLink,
  keysCorroborate,
  linkRecords,
  NAMES_ALIKE_MIN_SCORE,
  SPARSE_PAIR_MIN_SCORE,
} from '../../shared/linkage/index.js';
import { DEFAULT_MATCHING } from '../../subgraphs/linkage/config.js';
import { EncodingIndex } from '../../subgraphs/linkage/linking/encoding-index.js';
import { groupPersons, type LinkEvidence } from '../../subgraphs/linkage/linking/person-groups.js';
import { loadDemoRecords, type DemoRecord, type DemoSector } from './demo-records.js';

/** Pair counts of one slice of the pairs: true, predicted, and both. */
interface Slice {
  truePairs: number;
  predicted: number;
  correct: number;
}

/** A way to cut pairs into slices, from two records. */
type Cut = (a: DemoRecord, b: DemoRecord) => string;

const SECTOR_ORDER: readonly DemoSector[] = ['LE', 'NGO', 'FIN'];
const CUTS: ReadonlyArray<[string, Cut]> = [
  ['sector pair', (a, b) => (a.sector === b.sector ? `within ${a.sector}` : [a.sector, b.sector].sort((x, y) => SECTOR_ORDER.indexOf(x) - SECTOR_ORDER.indexOf(y)).join('–'))],
  ['name script', (a, b) => (a.nonLatinName || b.nonLatinName ? 'a name in a non-Latin script' : 'both Latin')],
  ['date of birth', (a, b) => (a.missingDateOfBirth || b.missingDateOfBirth ? 'one lacks a date of birth' : 'both have one')],
  ['name parts', (a, b) => (a.singleName || b.singleName ? 'one has a single name' : 'both have given and family')],
];

/** A clustering of the demo records, with the direct links that joined two different people. */
interface Linked {
  readonly clusterOf: Int32Array;
  readonly exactJoins: number;
  readonly fuzzyMatches: number;
  /** Direct links between records of different people: the score, or null for an exact key. */
  readonly falseLinks: Array<[number, number, number | null]>;
  readonly ms: number;
}

/** Union-find over record indices: people are the connected components of the links. */
function components(count: number) {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  return { find, union: (a: number, b: number) => void (parent[find(a)] = find(b)), clusterOf: () => Int32Array.from(parent, (_, i) => find(i)) };
}

/** Exact keys: a key in common links two records (the publication service's `linkage_key` join). */
function joinExactKeys(records: readonly DemoRecord[], sets: ReturnType<typeof components>, falseLinks: Linked['falseLinks']): number {
  const byKey = new Map<string, number>();
  let joins = 0;
  records.forEach((record, i) => {
    for (const key of record.keys) {
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, i);
      else {
        if ((records[first] as DemoRecord).personId !== record.personId) falseLinks.push([first, i, null]);
        if (sets.find(first) !== sets.find(i)) joins += 1;
        sets.union(first, i);
      }
    }
  });
  return joins;
}

/**
 * As the hub links, record by record as publications arrive: exact keys in common (the
 * publication service's `linkage_key` join) and the fuzzy matches of {@link EncodingIndex} (the
 * index the publication service keeps, with {@link DEFAULT_MATCHING}); after each record, the
 * persons it touches are re-grouped by {@link groupPersons}, as `settlePersons` does.
 */
function linkAsHub(records: readonly DemoRecord[]): Linked {
  const startedAt = performance.now();
  const falseLinks: Linked['falseLinks'] = [];
  const index = new EncodingIndex(DEFAULT_MATCHING);
  index.reserve(records.length);
  const byKey = new Map<string, number[]>();
  const linksOf = new Map<number, LinkEvidence[]>();
  const personOf = new Int32Array(records.length);
  const persons = new Map<number, number[]>();
  let exactJoins = 0;
  let fuzzyMatches = 0;
  records.forEach((record, i) => {
    const found = new Map<number, { matchedOn: string[]; score: number | null }>();
    for (const key of record.keys) {
      const holders = byKey.get(key) ?? [];
      for (const other of holders) {
        const link = found.get(other) ?? { matchedOn: [], score: null };
        link.matchedOn.push(key.slice(0, key.indexOf('\u001f')));
        found.set(other, link);
      }
      byKey.set(key, [...holders, i]);
    }
    exactJoins += found.size;
    if (record.encoding) {
      index.put(String(i), { encoding: record.encoding, blockingKeys: record.blockingKeys, identityKeys: record.identityKeys });
      for (const match of index.matchesOf(String(i))) {
        const other = Number(match.recordId);
        found.set(other, { matchedOn: found.get(other)?.matchedOn ?? [], score: match.score });
        fuzzyMatches += 1;
      }
    }
    const touched = new Set<number>([i]);
    persons.set(i, [i]);
    personOf[i] = i;
    for (const [other, evidence] of found) {
      const link: LinkEvidence = { a: String(other), b: String(i), matchedOn: evidence.matchedOn, score: evidence.score };
      linksOf.set(other, [...(linksOf.get(other) ?? []), link]);
      linksOf.set(i, [...(linksOf.get(i) ?? []), link]);
      if ((records[other] as DemoRecord).personId !== record.personId) falseLinks.push([other, i, evidence.score]);
      touched.add(personOf[other] as number);
    }
    const members = [...touched].flatMap((person) => persons.get(person) as number[]);
    for (const person of touched) persons.delete(person);
    const links = [...new Set(members.flatMap((member) => linksOf.get(member) ?? []))];
    const groups = groupPersons(members.map((member) => ({ id: String(member), identityKeys: (records[member] as DemoRecord).identityKeys })), links);
    for (const group of groups) {
      const ids = group.map(Number);
      const label = ids[0] as number;
      persons.set(label, ids);
      for (const id of ids) personOf[id] = label;
    }
  });
  return { clusterOf: personOf, exactJoins, fuzzyMatches, falseLinks, ms: performance.now() - startedAt };
}

/** Exact keys alone: the baseline the fuzzy links add to. */
function linkByExactKeys(records: readonly DemoRecord[]): Linked {
  const startedAt = performance.now();
  const sets = components(records.length);
  const falseLinks: Linked['falseLinks'] = [];
  const exactJoins = joinExactKeys(records, sets, falseLinks);
  return { clusterOf: sets.clusterOf(), exactJoins, fuzzyMatches: 0, falseLinks, ms: performance.now() - startedAt };
}

/**
 * For contrast, what the FEBRL4 figures measure: the shared batch linker ({@link linkRecords}
 * with its defaults and identity keys, as `npx beacon link` runs), whose clustering sees every
 * pair at once, then exact keys joined on top.
 */
function linkAsBatch(records: readonly DemoRecord[]): Linked {
  const startedAt = performance.now();
  const encoded = records.flatMap((record, i) => (record.encoding ? [i] : []));
  const store = new EncodingStore({ bytes: DEFAULT_MATCHING.encodingBytes });
  store.reserve(encoded.length);
  for (const i of encoded) store.add((records[i] as DemoRecord).encoding as Uint8Array);
  const result = linkRecords(store, encoded.map((i) => (records[i] as DemoRecord).blockingKeys), {
    threshold: DEFAULT_MATCHING.threshold,
    maxBlockSize: DEFAULT_MATCHING.maxBlockSize,
    identityKeys: encoded.map((i) => (records[i] as DemoRecord).identityKeys),
  });
  const sets = components(records.length);
  const falseLinks: Linked['falseLinks'] = [];
  for (const link of result.links) {
    const [a, b] = [encoded[link.a] as number, encoded[link.b] as number];
    if ((records[a] as DemoRecord).personId !== (records[b] as DemoRecord).personId) falseLinks.push([a, b, link.score]);
    sets.union(a, b);
  }
  const exactJoins = joinExactKeys(records, sets, falseLinks);
  return { clusterOf: sets.clusterOf(), exactJoins, fuzzyMatches: result.links.length, falseLinks, ms: performance.now() - startedAt };
}

/**
 * Links a demo folder's records the way the hub does ({@link linkAsHub}), and for contrast as
 * the FEBRL4 figures do ({@link linkAsBatch}); pairs are scored against the generator's person
 * ids and printed whole and sliced by sector pair and by the corruptions a record shows.
 */
export async function reportDemoGroundTruth(folder: string, secret: string, samples: number): Promise<void> {
  const startedAt = performance.now();
  const { records, rejected, unlabelled } = await loadDemoRecords(folder, secret);
  const loadedAt = performance.now();
  const f = (value: number) => value.toFixed(4);
  const count = (value: number) => value.toLocaleString('en');
  const bySector = (sector: DemoSector) => records.filter((record) => record.sector === sector).length.toLocaleString('en');
  console.log(`\nDemo generator ground truth from ${folder}: ${records.length.toLocaleString('en')} records ` +
    `(LE ${bySector('LE')}, NGO ${bySector('NGO')}, FIN ${bySector('FIN')}), ${records.filter((record) => !record.encoding).length} without an encoding; ` +
    `the import would refuse LE ${rejected.LE}, NGO ${rejected.NGO}, FIN ${rejected.FIN}; unlabelled ${unlabelled}; ` +
    `read and published in ${((loadedAt - startedAt) / 1000).toFixed(1)} s`);
  const peopleByName = new Map<string, Set<string>>();
  for (const record of records) if (record.nameWords) peopleByName.set(record.nameWords, (peopleByName.get(record.nameWords) ?? new Set()).add(record.personId));
  const namesakes = new Set([...peopleByName.values()].filter((people) => people.size > 1).flatMap((people) => [...people]));
  const people = new Set(records.map((record) => record.personId)).size;
  console.log(`  namesakes: ${count(namesakes.size)} of ${count(people)} people share a written full name with someone else ` +
    `(${count([...peopleByName.values()].filter((held) => held.size > 1).length)} names, the commonest held by ${Math.max(...[...peopleByName.values()].map((held) => held.size))})`);
  console.log(`  hub defaults: threshold ${DEFAULT_MATCHING.threshold}, doubtful pairs unambiguous by ${DEFAULT_MATCHING.margin} over rivals from ${DEFAULT_MATCHING.rivalFloor} ` +
    `(sparse ones: on a name alone from ${SPARSE_PAIR_MIN_SCORE} with no rival, unlike names under the whole date from ${NAMES_ALIKE_MIN_SCORE}), max block ${DEFAULT_MATCHING.maxBlockSize}`);

  const line = (label: string, slice: Slice) => {
    const precision = slice.predicted === 0 ? 1 : slice.correct / slice.predicted;
    const recall = slice.truePairs === 0 ? 1 : slice.correct / slice.truePairs;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return `    ${label.padEnd(34)} P ${f(precision)}  R ${f(recall)}  F1 ${f(f1)}   true ${count(slice.truePairs).padStart(7)}` +
      `  found ${count(slice.predicted).padStart(12)}  right ${count(slice.correct).padStart(7)}`;
  };
  const runs: Array<[string, Linked]> = [
    ['exact keys only (DOCUMENT, PHONE, EMAIL, NAME_DOB)', linkByExactKeys(records)],
    ['as the hub links (exact keys + EncodingIndex, settled record by record)', linkAsHub(records)],
    ['as the FEBRL4 figures (linkRecords clustering, + exact keys)', linkAsBatch(records)],
  ];
  for (const [label, linked] of runs) {
    const { slices, missed, largest, people, clusters } = slicePairs(records, linked.clusterOf);
    const exactFalse = linked.falseLinks.filter(([, , score]) => score === null).length;
    console.log(`\n  ${label}: ${count(linked.exactJoins)} links by exact key, ${count(linked.fuzzyMatches)} fuzzy links, ` +
      `${count(linked.falseLinks.length - exactFalse)} of them and ${count(exactFalse)} exact-key links between different people; ` +
      `${count(clusters)} clusters for ${count(people)} people, largest ${largest.map(count).join(', ')}; ${(linked.ms / 1000).toFixed(1)} s`);
    console.log(line('all pairs', slices.get('all') as Slice));
    for (const [name] of CUTS) {
      console.log(`   by ${name}`);
      for (const [key, slice] of [...slices].filter(([key]) => key.startsWith(`${name}:`)).sort()) console.log(line(key.slice(name.length + 1), slice));
    }
    console.log('   direct links between different people, by cause');
    for (const [cause, n] of tally(linked.falseLinks.map(([a, b, score]) => falseLinkCause(records[a] as DemoRecord, records[b] as DemoRecord, score)))) {
      console.log(`     ${count(n).padStart(8)}  ${cause}`);
    }
    console.log('   true pairs left apart, by cause');
    for (const [cause, n] of tally(missed.map(([a, b]) => missCause(records[a] as DemoRecord, records[b] as DemoRecord)))) console.log(`     ${count(n).padStart(8)}  ${cause}`);
    if (samples > 0) {
      printPairs(records, `missed true pairs`, missed, samples);
      printPairs(records, `direct links between different people`, linked.falseLinks.map(([a, b]) => [a, b]), samples);
    }
  }
  const reach = blockingReach(records);
  console.log(`\n  blocking recall ${f(reach.blocked)} (true pairs sharing a block of at most ${DEFAULT_MATCHING.maxBlockSize}; ` +
    `records without an encoding have none); ${f(reach.exact)} share an exact key; ${f(reach.either)} reachable by either`);
}

/** Why two different people were linked directly, read from what each record holds. */
function falseLinkCause(a: DemoRecord, b: DemoRecord, score: number | null): string {
  const sameName = a.nameWords !== '' && a.nameWords === b.nameWords;
  const dates = [a.parsed.dateOfBirth, b.parsed.dateOfBirth].map((date) => date?.replace(/\D/g, '') || undefined);
  const sameDate = dates[0] !== undefined && dates[0] === dates[1];
  const kind = score === null ? 'exact key (a shared e-mail, phone or document)' : `fuzzy, ${keysCorroborate(a, b) ? 'corroborated' : 'doubtful, unambiguous'}`;
  const names = sameName ? 'same name' : 'different names';
  const date = dates[0] === undefined || dates[1] === undefined ? 'a birth date missing' : sameDate ? 'same birth date' : 'different birth dates';
  return `${kind}: ${names}, ${date}`;
}

/** Why a true pair was not joined directly. */
function missCause(a: DemoRecord, b: DemoRecord): string {
  if (!a.encoding || !b.encoding) return 'a record without an encoding (a name but no birth date or address) and no exact key in common';
  if (!a.blockingKeys.some((key) => b.blockingKeys.includes(key))) return 'no blocking key in common';
  const score = diceCoefficient(a.encoding, b.encoding);
  if (score < DEFAULT_MATCHING.threshold) return `Dice below the threshold ${DEFAULT_MATCHING.threshold}`;
  if (keysCorroborate(a, b)) return 'a direct fuzzy match, held apart by the clustering (a chain guard or best-match rule) or fuzzy linking not run';
  if (!fieldsAllowLink(a, b, score)) return 'doubtful and sparse (no street address to compare): names and date do not allow it at this Dice';
  if (birthDatesContradict(a.identityKeys, b.identityKeys)) return 'birth dates contradict, and the pair is not unambiguous';
  return 'doubtful (a birth date missing, or names or date only partly agreeing) and not unambiguous (on a name alone: any rival)';
}

function tally(causes: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const cause of causes) counts.set(cause, (counts.get(cause) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1]);
}

/** An even sample of `pairs`, with what linkage saw of each record, to read the causes from. */
function printPairs(records: readonly DemoRecord[], label: string, pairs: ReadonlyArray<readonly [number, number]>, samples: number): void {
  const step = Math.max(1, Math.floor(pairs.length / samples));
  console.log(`   ${label}: ${pairs.length.toLocaleString('en')}; every ${step}th:`);
  for (let k = 0; k < pairs.length && k / step < samples; k += step) {
    const [x, y] = (pairs[k] as readonly [number, number]).map((i) => records[i] as DemoRecord) as [DemoRecord, DemoRecord];
    const dice = x.encoding && y.encoding ? diceCoefficient(x.encoding, y.encoding).toFixed(3) : 'n/a';
    const sharedBlock = x.blockingKeys.some((key) => y.blockingKeys.includes(key)) ? 'y' : 'n';
    const sharedIdentity = x.identityKeys.some((key) => y.identityKeys.includes(key)) ? 'y' : 'n';
    const sharedKey = x.keys.some((key) => y.keys.includes(key)) ? 'y' : 'n';
    console.log(`     dice ${dice}  block ${sharedBlock}  identity key ${sharedIdentity}  exact key ${sharedKey}`);
    for (const r of [x, y]) console.log(`       ${r.sector.padEnd(3)} ${r.personId}  ${r.parsed.names} | ${r.parsed.dateOfBirth ?? '∅'} | ${r.parsed.address}`);
  }
}

/**
 * Pair counts per slice. Clusters can be huge when links chain, so pairs are counted by kind of
 * record (sector and observable corruptions), not enumerated; misses are listed for reading.
 */
function slicePairs(records: readonly DemoRecord[], clusterOf: Int32Array) {
  const slices = new Map<string, Slice>();
  const signature = (record: DemoRecord) => `${record.sector}${+record.nonLatinName}${+record.missingDateOfBirth}${+record.singleName}`;
  const countPairs = (members: readonly number[], field: keyof Slice) => {
    const kinds = new Map<string, { record: DemoRecord; n: number }>();
    for (const i of members) {
      const record = records[i] as DemoRecord;
      const kind = kinds.get(signature(record));
      if (kind) kind.n += 1;
      else kinds.set(signature(record), { record, n: 1 });
    }
    const list = [...kinds.values()];
    for (let x = 0; x < list.length; x += 1) {
      for (let y = x; y < list.length; y += 1) {
        const [a, b] = [list[x] as { record: DemoRecord; n: number }, list[y] as { record: DemoRecord; n: number }];
        const pairs = x === y ? (a.n * (a.n - 1)) / 2 : a.n * b.n;
        if (pairs === 0) continue;
        for (const key of ['all', ...CUTS.map(([name, cut]) => `${name}:${cut(a.record, b.record)}`)]) {
          const slice = slices.get(key) ?? { truePairs: 0, predicted: 0, correct: 0 };
          slice[field] += pairs;
          slices.set(key, slice);
        }
      }
    }
  };
  const group = (keyOf: (i: number) => string | number) => {
    const groups = new Map<string | number, number[]>();
    for (let i = 0; i < records.length; i += 1) {
      const key = keyOf(i);
      const members = groups.get(key);
      if (members) members.push(i);
      else groups.set(key, [i]);
    }
    return groups;
  };
  const missed: Array<[number, number]> = [];
  const people = group((i) => (records[i] as DemoRecord).personId);
  for (const members of people.values()) {
    countPairs(members, 'truePairs');
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        if (clusterOf[members[i] as number] !== clusterOf[members[j] as number]) missed.push([members[i] as number, members[j] as number]);
      }
    }
  }
  const clusters = group((i) => clusterOf[i] as number);
  for (const members of clusters.values()) countPairs(members, 'predicted');
  for (const members of group((i) => `${(records[i] as DemoRecord).personId}\u001f${clusterOf[i]}`).values()) countPairs(members, 'correct');
  const sizes = [...clusters.values()].map((members) => members.length).sort((a, b) => b - a);
  return { slices, missed, largest: sizes.slice(0, 3), people: people.size, clusters: clusters.size };
}

/** Share of true pairs that meet in a block the hub compares, that share an exact key, or either. */
function blockingReach(records: readonly DemoRecord[]): { blocked: number; exact: number; either: number } {
  const blocks = new BlockIndex();
  records.forEach((record, i) => blocks.add(i, record.blockingKeys));
  const byPerson = new Map<string, number[]>();
  records.forEach((record, i) => byPerson.set(record.personId, [...(byPerson.get(record.personId) ?? []), i]));
  const out = { buffer: new Int32Array(4096) };
  let pairs = 0;
  let blocked = 0;
  let exact = 0;
  let either = 0;
  for (const members of byPerson.values()) {
    for (const [position, a] of members.entries()) {
      const later = members.slice(position + 1);
      if (later.length === 0) continue;
      const reached = new Set<number>();
      const count = blocks.candidates(a, (records[a] as DemoRecord).blockingKeys as number[], DEFAULT_MATCHING.maxBlockSize, (other) => later.includes(other), out);
      for (let k = 0; k < count; k += 1) reached.add(out.buffer[k] as number);
      for (const b of later) {
        pairs += 1;
        const keyed = (records[a] as DemoRecord).keys.some((key) => (records[b] as DemoRecord).keys.includes(key));
        if (reached.has(b)) blocked += 1;
        if (keyed) exact += 1;
        if (keyed || reached.has(b)) either += 1;
      }
    }
  }
  return pairs === 0 ? { blocked: 1, exact: 1, either: 1 } : { blocked: blocked / pairs, exact: exact / pairs, either: either / pairs };
}
