import type { EntityManager } from 'typeorm';
import { groupPersons, type LinkEvidence } from './person-groups.js';

/**
 * Re-derives persons from links after a record changed: the records of `personIds` are split
 * into groups by their `record_link`s ({@link groupPersons}: connected, except that no chain of
 * links joins two records whose birth dates contradict), and each group gets a person id.
 *
 * Stable ids: a component keeps the oldest person id among its records that no earlier
 * component took (components are served oldest candidate first; on a tie, the one that does not
 * hold the changed record, so a correction splits the changed record off, not the rest). A
 * person id no component keeps is redirected to the component that took most of its records
 * (a merge), or deleted when it was created in this very transaction and never handed out.
 * A component left without a candidate (a split) gets a new person.
 */
export async function settlePersons(
  manager: EntityManager,
  personIds: ReadonlySet<string>,
  changedRecordId: string | null,
  freshPersons: ReadonlySet<string>,
): Promise<void> {
  if (personIds.size === 0) return;
  const records = (await manager.query(
    `SELECT r.id, r.person_id AS "personId", p.created_at AS "createdAt", r.identity_keys AS "identityKeys"
       FROM linked_record r JOIN person p ON p.id = r.person_id
      WHERE r.person_id = ANY ($1::uuid[])`,
    [[...personIds]],
  )) as Array<{ id: string; personId: string; createdAt: Date; identityKeys: string[] }>;
  const links = (await manager.query(
    `SELECT record_a AS a, record_b AS b, matched_on AS "matchedOn", score FROM record_link
      WHERE record_a = ANY ($1::uuid[]) OR record_b = ANY ($1::uuid[])`,
    [records.map((record) => record.id)],
  )) as LinkEvidence[];

  const byId = new Map(records.map((record) => [record.id, record]));
  const groups = groupPersons(
    records.map((record) => ({ id: record.id, identityKeys: record.identityKeys.map(Number) })),
    links,
  );
  const components = new Map(groups.map((ids) => [ids[0] as string, ids.map((id) => byId.get(id) as (typeof records)[number])]));
  const age = new Map(records.map((record) => [record.personId, record.createdAt.getTime()]));
  const byAge = (a: string, b: string) => (age.get(a) as number) - (age.get(b) as number) || a.localeCompare(b);
  const ordered = [...components.values()]
    .map((members) => ({ members, candidates: [...new Set(members.map((member) => member.personId))].sort(byAge) }))
    .sort(
      (x, y) =>
        byAge(x.candidates[0] as string, y.candidates[0] as string) ||
        Number(x.members.some((m) => m.id === changedRecordId)) - Number(y.members.some((m) => m.id === changedRecordId)) ||
        y.members.length - x.members.length,
    );

  const taken = new Set<string>();
  const assigned: Array<{ personId: string; members: typeof records }> = [];
  for (const { members, candidates } of ordered) {
    let personId = candidates.find((candidate) => !taken.has(candidate));
    if (personId === undefined) {
      const [created] = (await manager.query('INSERT INTO person DEFAULT VALUES RETURNING id')) as Array<{ id: string }>;
      personId = created!.id;
    }
    taken.add(personId);
    assigned.push({ personId, members });
    const moving = members.filter((member) => member.personId !== personId).map((member) => member.id);
    if (moving.length > 0) await manager.query('UPDATE linked_record SET person_id = $1 WHERE id = ANY ($2::uuid[])', [personId, moving]);
  }

  for (const absorbed of personIds) {
    if (taken.has(absorbed)) continue;
    const heirs = assigned
      .map(({ personId, members }) => ({ personId, held: members.filter((member) => member.personId === absorbed).length }))
      .filter((heir) => heir.held > 0)
      .sort((a, b) => b.held - a.held);
    if (freshPersons.has(absorbed)) {
      await manager.query('DELETE FROM person WHERE id = $1', [absorbed]);
    } else if (heirs[0]) {
      // Redirects stay one hop long: whatever pointed at the absorbed person now points at its heir.
      await manager.query('UPDATE person SET merged_into = $1 WHERE id = $2 OR merged_into = $2', [heirs[0].personId, absorbed]);
    }
  }
}
