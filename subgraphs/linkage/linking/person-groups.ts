import { birthDatesContradict } from '../../../shared/linkage/index.js';

/** A linked record as grouping needs it: its id and its identity keys (empty without a birth date). */
export interface GroupedRecord {
  readonly id: string;
  readonly identityKeys: readonly number[];
}

/** One `record_link` row: the exact key kinds the two records share, and their Dice score (null for exact keys alone). */
export interface LinkEvidence {
  readonly a: string;
  readonly b: string;
  readonly matchedOn: readonly string[];
  readonly score: number | null;
}

/**
 * Splits records into persons by their links, strongest first: links on exact keys (more kinds
 * first), then by Dice score. A link joins two groups unless a record of one and a record of the
 * other have birth dates that contradict ({@link birthDatesContradict}) — other than the two
 * records the link itself joins, which the matching already accepted. So a chain A~B~C where A
 * and C contradict stops before C: C stays a person of its own (or with its other links), and
 * the refused link stays in `record_link` as evidence. Connected components alone once chained
 * namesakes of a 20,000-person population into one person of 24,193 records (docs/linkage.md).
 *
 * Deterministic for the same records and links, whatever their order.
 */
export function groupPersons(records: readonly GroupedRecord[], links: readonly LinkEvidence[]): string[][] {
  const keysOf = new Map(records.map((record) => [record.id, record.identityKeys]));
  const parent = new Map(records.map((record) => [record.id, record.id]));
  const members = new Map(records.map((record) => [record.id, [record.id]]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  const contradicts = (x: string, y: string) => birthDatesContradict(keysOf.get(x) as readonly number[], keysOf.get(y) as readonly number[]);
  const compatible = (rootA: string, rootB: string, { a, b }: LinkEvidence) => {
    for (const x of members.get(rootA) as string[]) {
      for (const y of members.get(rootB) as string[]) {
        const theLinkItself = (x === a && y === b) || (x === b && y === a);
        if (!theLinkItself && contradicts(x, y)) return false;
      }
    }
    return true;
  };
  const strongestFirst = [...links]
    .filter((link) => parent.has(link.a) && parent.has(link.b))
    .sort((x, y) => y.matchedOn.length - x.matchedOn.length || (y.score ?? 0) - (x.score ?? 0) || order(x).localeCompare(order(y)));
  for (const link of strongestFirst) {
    const [rootA, rootB] = [find(link.a), find(link.b)];
    if (rootA === rootB || !compatible(rootA, rootB, link)) continue;
    // The larger group absorbs the smaller: moving members costs the smaller side only.
    const [root, child] = (members.get(rootA) as string[]).length >= (members.get(rootB) as string[]).length ? [rootA, rootB] : [rootB, rootA];
    parent.set(child, root);
    (members.get(root) as string[]).push(...(members.get(child) as string[]));
    members.delete(child);
  }
  return [...members.values()];
}

/** A link's two ids in a fixed order, to break ties the same way every time. */
function order(link: LinkEvidence): string {
  return link.a < link.b ? `${link.a}/${link.b}` : `${link.b}/${link.a}`;
}
