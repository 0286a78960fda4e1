/** A compared pair whose Dice coefficient reached the threshold. */
export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/** How scored pairs become clusters. */
export interface ClusterOptions {
  /** A pair below this Dice coefficient is never a link. */
  readonly threshold: number;
  /** A pair at or above this Dice coefficient is a link unless it contradicts (≥ `threshold`). */
  readonly certain: number;
  /**
   * Between `threshold` and `certain`, a pair is a weak link, accepted only when it attaches a
   * record that is still on its own (pairs are taken strongest first) and its score is within
   * `margin` of the best score of one of its two records. A record whose true match scores weakly
   * (a typo in every field, a new name) still finds it; a look-alike of someone who already has a
   * strong match is not pulled into that person's cluster. Nothing assumes one record per person
   * per input: duplicates that resemble each other strongly link whatever their number.
   */
  readonly margin: number;
  /**
   * Whether a pair is corroborated by something beyond the similarity (the linker passes
   * `keysCorroborate`: names and birth date agree, as far as the keys tell). A pair that is not is *doubtful*.
   * Default: every pair is corroborated.
   */
  readonly corroborated?: (a: number, b: number) => boolean;
  /**
   * Whether a doubtful pair's fields allow it to link at its score (the linker passes
   * `fieldsAllowLink`: always when both records hold a precise address; on sparse records only a
   * name alone with a birth date missing, or names alike under the whole date). A doubtful pair
   * links only when this holds and it is unambiguous. Default: always.
   */
  readonly fieldsAllowLink?: (a: number, b: number, score: number) => boolean;
  /**
   * Whether a doubtful pair rests on the name alone (the linker passes `restsOnNameAlone`): such
   * a pair is unambiguous only when neither record meets any rival at all. Default: never.
   */
  readonly restsOnNameAlone?: (a: number, b: number) => boolean;
  /**
   * A doubtful pair is unambiguous when each of its records scores every other record it was
   * compared with at least this much lower. Default `margin`.
   */
  readonly doubtMargin?: number;
  /**
   * Each record's best and second-best score against any record it was compared with, down to
   * the rival floor (`linkRecords` notes them while comparing). Default: read from `pairs`.
   */
  readonly rivals?: RivalScores;
  /** A weak doubtful pair never links, even when unambiguous (a certain one still must be). Default false. */
  readonly strict?: boolean;
  /**
   * Whether two records' identifiers contradict (the linker passes "their birth dates
   * contradict"): two clusters never join while a record of one contradicts a record of the
   * other, except through the one pair that links them directly. So a chain A~B~C never makes
   * one cluster of an A and a C that contradict. Default: nothing contradicts.
   */
  readonly contradicts?: (a: number, b: number) => boolean;
}

/** Pairs arriving one by one, kept in typed arrays (a million pairs take 12 MB). */
export class PairList {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  score = new Float32Array(1024);
  length = 0;

  push(a: number, b: number, score: number): void {
    if (this.length === this.a.length) {
      const size = this.a.length * 2;
      this.a = grow(this.a, new Int32Array(size));
      this.b = grow(this.b, new Int32Array(size));
      this.score = grow(this.score, new Float32Array(size));
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.score[this.length] = score;
    this.length += 1;
  }
}

function grow<T extends Int32Array | Float32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The clusters of `records` records, and the pairs that made them. */
export interface Clustering {
  /** Cluster of each record, numbered 0, 1, … in order of each cluster's first record. */
  readonly clusterOf: Int32Array;
  readonly clusters: number;
  /** The evidence for each cluster: the pairs that joined it, and pairs ≥ threshold found inside it. */
  readonly links: ScoredPair[];
}

/**
 * Groups records into clusters from scored pairs, strongest pair first: a certain pair links its
 * records' clusters; a weak pair (threshold ≤ score < certain) links only as
 * {@link ClusterOptions.margin} says. A *doubtful* pair (one that nothing beyond the similarity
 * corroborates: a birth date missing or contradicting) links only when it is unambiguous: each
 * record's best pair, with no other pair of either record within `margin`. A namesake has rivals (every other
 * holder of the name scores alike); a true pair whose birth date was replaced has none. Whatever
 * the pair, it never joins clusters holding a contradiction ({@link ClusterOptions.contradicts}).
 * Records in no link are clusters of one.
 */
export function clusterPairs(records: number, pairs: PairList, options: ClusterOptions): Clustering {
  const best = new Float32Array(records);
  for (let k = 0; k < pairs.length; k += 1) {
    const score = pairs.score[k] as number;
    for (const record of [pairs.a[k] as number, pairs.b[k] as number]) if (score > (best[record] as number)) best[record] = score;
  }
  const rivals = options.rivals ?? RivalScores.of(records, pairs);
  const doubtMargin = options.doubtMargin ?? options.margin;
  // A rival is a record neither side's person accounts for: not in a's or b's cluster, not
  // corroborated with a or b (a person's own records do not rival each other).
  const sidesWith = (record: number, other: number) => other === record || find(other) === find(record) || (corroborated?.(record, other) ?? false);
  const rival = (other: number, a: number, b: number) => !sidesWith(a, other) && !sidesWith(b, other);
  const unambiguous = (a: number, b: number, score: number) => {
    const [rivalA, rivalB] = [rivals.rivalOf(a, (other) => !rival(other, a, b)), rivals.rivalOf(b, (other) => !rival(other, a, b))];
    // Rivals are noted from the rival floor: on a name alone, any rival noted at all is one too many.
    if (options.restsOnNameAlone?.(a, b)) return rivalA === 0 && rivalB === 0;
    return rivalA < score - doubtMargin && rivalB < score - doubtMargin;
  };
  const parent = Int32Array.from({ length: records }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[x] !== root) {
      const next = parent[x] as number;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const links: ScoredPair[] = [];
  const size = new Int32Array(records).fill(1);
  const { contradicts, corroborated } = options;
  // Members of each root, kept only when a contradiction can stop a join.
  const members = contradicts ? new Map<number, number[]>() : undefined;
  const membersOf = (root: number) => members?.get(root) ?? [root];
  const compatible = (rootA: number, rootB: number, a: number, b: number) => {
    if (!contradicts) return true;
    for (const x of membersOf(rootA)) {
      for (const y of membersOf(rootB)) if (!(x === a && y === b) && !(x === b && y === a) && contradicts(x, y)) return false;
    }
    return true;
  };
  // Strongest first, so a weak pair meets the clusters its records' better matches have made.
  const order = Array.from({ length: pairs.length }, (_, k) => k).sort((x, y) => (pairs.score[y] as number) - (pairs.score[x] as number) || x - y);
  for (const k of order) {
    const score = pairs.score[k] as number;
    const [a, b] = [pairs.a[k] as number, pairs.b[k] as number];
    if (score < options.threshold) continue;
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA === rootB) {
      links.push({ a, b, score });
      continue;
    }
    const weak = score < options.certain;
    if (weak) {
      const nearA = score >= (best[a] as number) - options.margin;
      const nearB = score >= (best[b] as number) - options.margin;
      const joinsSingleRecord = size[rootA] === 1 || size[rootB] === 1;
      if (!(nearA || nearB) || !joinsSingleRecord) continue;
    }
    const doubtful = corroborated !== undefined && !corroborated(a, b);
    if (doubtful && ((options.strict && weak) || !(options.fieldsAllowLink?.(a, b, score) ?? true) || !unambiguous(a, b, score))) continue;
    if (!compatible(rootA, rootB, a, b)) continue;
    links.push({ a, b, score });
    // The smaller index becomes the root, so a cluster's root is its first record.
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    parent[child] = root;
    size[root] = (size[root] as number) + (size[child] as number);
    if (members) {
      const kept = members.get(root) ?? [root];
      for (const member of membersOf(child)) kept.push(member);
      members.set(root, kept);
      members.delete(child);
    }
  }
  const clusterOf = new Int32Array(records);
  let clusters = 0;
  for (let record = 0; record < records; record += 1) {
    const root = find(record);
    clusterOf[record] = root === record ? clusters++ : (clusterOf[root] as number);
  }
  return { clusterOf, clusters, links };
}

/** Best scores kept per record: enough to see past a person's own other records. */
const RIVALS_KEPT = 4;

/**
 * Each record's few best scores against the records it was compared with, and with whom: what a
 * doubtful pair's unambiguity is judged by. Scores below the linking threshold count too (from
 * the caller's rival floor): a record that scores 0.56 with one namesake and 0.52 with another
 * has no clear match, though only one of them reaches the threshold.
 */
export class RivalScores {
  readonly #ids: Int32Array;
  readonly #scores: Float32Array;

  constructor(records: number) {
    this.#ids = new Int32Array(records * RIVALS_KEPT).fill(-1);
    this.#scores = new Float32Array(records * RIVALS_KEPT);
  }

  /** The rivals of every pair of `pairs`. */
  static of(records: number, pairs: PairList): RivalScores {
    const rivals = new RivalScores(records);
    for (let k = 0; k < pairs.length; k += 1) rivals.note(pairs.a[k] as number, pairs.b[k] as number, pairs.score[k] as number);
    return rivals;
  }

  /** Records that `a` and `b` were compared at `score`. */
  note(a: number, b: number, score: number): void {
    this.#noteOne(a, b, score);
    this.#noteOne(b, a, score);
  }

  /**
   * The best score of `record` against a record `excluded` does not name (the other record of
   * the pair, and those that are the same person as it). When every kept score is excluded, the
   * last kept one bounds what was not kept.
   */
  rivalOf(record: number, excluded: (other: number) => boolean): number {
    const base = record * RIVALS_KEPT;
    for (let k = 0; k < RIVALS_KEPT; k += 1) {
      const other = this.#ids[base + k] as number;
      if (other < 0) return 0;
      if (!excluded(other)) return this.#scores[base + k] as number;
    }
    return this.#scores[base + RIVALS_KEPT - 1] as number;
  }

  #noteOne(record: number, other: number, score: number): void {
    const base = record * RIVALS_KEPT;
    let k = RIVALS_KEPT - 1;
    if ((this.#ids[base + k] as number) >= 0 && score <= (this.#scores[base + k] as number)) return;
    while (k > 0 && ((this.#ids[base + k - 1] as number) < 0 || score > (this.#scores[base + k - 1] as number))) {
      this.#ids[base + k] = this.#ids[base + k - 1] as number;
      this.#scores[base + k] = this.#scores[base + k - 1] as number;
      k -= 1;
    }
    this.#ids[base + k] = other;
    this.#scores[base + k] = score;
  }
}
