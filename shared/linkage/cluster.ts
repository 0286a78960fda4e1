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
  /** A pair at or above this Dice coefficient is always a link (≥ `threshold`). */
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
   * Whether a weak pair is corroborated by something beyond the similarity (the linker passes
   * "shares an identity blocking key"); a weak pair that is not is never a link. Default: all are.
   */
  readonly corroborated?: (a: number, b: number) => boolean;
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
 * Groups records into clusters from scored pairs, strongest pair first: a certain pair always
 * links its records' clusters; a weak pair (threshold ≤ score < certain) links only as
 * {@link ClusterOptions.margin} says. Records in no link are clusters of one.
 */
export function clusterPairs(records: number, pairs: PairList, options: ClusterOptions): Clustering {
  const best = new Float32Array(records);
  for (let k = 0; k < pairs.length; k += 1) {
    const score = pairs.score[k] as number;
    const [a, b] = [pairs.a[k] as number, pairs.b[k] as number];
    if (score > (best[a] as number)) best[a] = score;
    if (score > (best[b] as number)) best[b] = score;
  }
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
    if (score < options.certain) {
      const nearA = score >= (best[a] as number) - options.margin;
      const nearB = score >= (best[b] as number) - options.margin;
      const joinsSingleRecord = size[rootA] === 1 || size[rootB] === 1;
      if (!(nearA || nearB) || !joinsSingleRecord) continue;
      if (options.corroborated && !options.corroborated(a, b)) continue;
    }
    links.push({ a, b, score });
    // The smaller index becomes the root, so a cluster's root is its first record.
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    parent[child] = root;
    size[root] = (size[root] as number) + (size[child] as number);
  }
  const clusterOf = new Int32Array(records);
  let clusters = 0;
  for (let record = 0; record < records; record += 1) {
    const root = find(record);
    clusterOf[record] = root === record ? clusters++ : (clusterOf[root] as number);
  }
  return { clusterOf, clusters, links };
}
