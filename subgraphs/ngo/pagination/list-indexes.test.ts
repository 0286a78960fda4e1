import type { SelectQueryBuilder } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorridorService } from '../location/corridor.service.js';
import { caseworkerClaims, principalOf, startNgoTestSubgraph, type NgoTestSubgraph } from '../test-support/ngo-test-subgraph.js';

/*
 * Every list the API offers reads through an index: EXPLAIN of the services' own queries, in a
 * session with sequential scans priced out (`enable_seqscan = off`), names the index we built for
 * it and no Seq Scan. On these few test rows Postgres would otherwise rightly prefer a scan.
 */
const caseworker = principalOf(caseworkerClaims);
const CURSOR_POSITION = { sort: '2025-01-01T00:00:00.000Z', id: '11111111-1111-4111-8111-111111111111' };
const DATE_POSITION = { sort: '2025-01-01', id: '11111111-1111-4111-8111-111111111111' };

let ngo: NgoTestSubgraph;
let survivorId: string;
beforeAll(async () => {
  ngo = await startNgoTestSubgraph();
  ({ id: survivorId } = await ngo.subgraph.services.survivors.register(caseworker, { givenName: 'Plan', familyName: 'Reader', sourceRecordId: 'plan' }));
  await ngo.db.query('ANALYZE');
});
afterAll(async () => {
  await ngo?.close();
});

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

async function planOf(query: SelectQueryBuilder<object>): Promise<{ indexes: string[]; seqScans: number }> {
  const [sql, parameters] = query.getQueryAndParameters();
  const runner = ngo.subgraph.dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query('SET LOCAL enable_seqscan = off');
    const [row] = (await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters)) as Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>;
    await runner.rollbackTransaction();
    const nodes = nodesOf(row?.['QUERY PLAN'][0]?.Plan as PlanNode);
    return { indexes: nodes.flatMap((node) => (node['Index Name'] ? [node['Index Name']] : [])), seqScans: nodes.filter((node) => node['Node Type'] === 'Seq Scan').length };
  } finally {
    await runner.release();
  }
}

describe('the main list queries use their indexes', () => {
  const services = () => ngo.subgraph.services;
  const cases: Array<[string, () => SelectQueryBuilder<object>, string[]]> = [
    ["the caller's survivors, oldest first", () => services().survivors.pageQuery(caseworker, 21, CURSOR_POSITION), ['survivor_owner_created']],
    ["the caller's survivors of one trafficking status", () => services().survivors.pageQuery(caseworker, 21, undefined, { traffickingStatus: 'ACTUAL_VICTIM_OF_TRAFFICKING' }), ['survivor_owner_status']],
    ["a survivor's route legs", () => services().traffickingEvents.pageQuery(survivorId, 21, DATE_POSITION), ['trafficking_event_survivor']],
    ["a survivor's referrals", () => services().referrals.pageQuery(survivorId, 21, DATE_POSITION), ['referral_survivor']],
    ['incident reports, newest first', () => services().incidentReports.pageQuery(null, 21, DATE_POSITION), ['incident_report_recent']],
    ['incident reports at a UN/LOCODE', () => services().incidentReports.pageQuery('GBLON', 21, undefined), ['incident_report_place']],
    ['incident reports in a country', () => services().incidentReports.pageQuery('GB', 21, DATE_POSITION), ['incident_report_country']],
  ];

  it.each(cases)('%s', async (_name, query, expected) => {
    const { indexes, seqScans } = await planOf(query());
    for (const index of expected) expect(indexes).toContain(index);
    expect(seqScans).toBe(0);
  });

  it('survivors along a corridor, by country and by UN/LOCODE', async () => {
    const service = new CorridorService(ngo.subgraph.dataSource);
    const byCountry = await planOf(service.survivorsAlongQuery(caseworker, 'victim-support', { origin: 'MD', destination: 'GB' }, 21, undefined));
    const byPlace = await planOf(service.survivorsAlongQuery(caseworker, 'victim-support', { origin: 'MDKIV', destination: 'GBLON' }, 21, undefined));
    expect(byCountry.indexes).toEqual(expect.arrayContaining(['trafficking_event_country']));
    expect(byPlace.indexes).toEqual(expect.arrayContaining(['trafficking_event_place']));
    expect(byCountry.seqScans + byPlace.seqScans).toBe(0);
  });
});
