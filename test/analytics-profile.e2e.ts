import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/stack.js';

/*
 * One route, Moldova → United Kingdom, in 2021 (a year no demo record uses), as three sectors know
 * it: 40 journey legs (law enforcement, H0; 30 more under H3 that no aggregate may use), 24
 * survivors recruited in MD and exploited in GB (NGO), 60 transfers MD → GB of 500.00 GBP each
 * (financial); and 15 cases in GB. Each sector answers for itself; the gateway puts them together.
 */
let stack: TestStack;

async function withClient(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  stack = await startTestStack();
  await withClient(stack.databaseUrls['law-enforcement']!, async (client) => {
    for (const [handling, count] of [['H0', 15], ['H3', 1]] as const) {
      await client.query(
        `INSERT INTO law_enforcement_case (reference, owner_org, status, jurisdiction, opened_on, handling_code, source_reliability, information_accuracy, retention_until)
         SELECT 'AN-' || $1 || '-' || n, 'analytics-police', 'OPEN', 'GB', DATE '2021-03-01', $1::handling_code, 'B', '2', DATE '2099-01-01' FROM generate_series(1, $2) n`,
        [handling, count],
      );
    }
    await client.query(
      `INSERT INTO journey_leg (case_id, from_code, to_code, travelled_on, mode, border_crossing, owner_org)
       SELECT c.id, 'MDKIV', 'GBLON', DATE '2021-04-01', CASE WHEN n <= 25 THEN 'AIR' ELSE 'ROAD' END::journey_leg_mode, true, 'analytics-police'
         FROM (SELECT id FROM law_enforcement_case WHERE reference = 'AN-H0-1') c, generate_series(1, 40) n
       UNION ALL
       SELECT c.id, 'MDKIV', 'GBLON', DATE '2021-04-01', 'SEA', true, 'analytics-police'
         FROM (SELECT id FROM law_enforcement_case WHERE reference = 'AN-H3-1') c, generate_series(1, 30) n`,
    );
  });
  await withClient(stack.databaseUrls.ngo!, async (client) => {
    await client.query(
      `WITH s AS (
         INSERT INTO survivor (given_name, gender, owner_org, retention_until, types_of_exploitation)
         SELECT 'seeded', 'FEMININE', 'analytics-ngo', DATE '2099-01-01', ARRAY['SEXUAL_EXPLOITATION'] FROM generate_series(1, 24) RETURNING id),
       exploited AS (
         INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on) SELECT id, 'analytics-ngo', 'EXPLOITATION', 'GBLON', DATE '2021-05-01' FROM s)
       INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on) SELECT id, 'analytics-ngo', 'RECRUITMENT', 'MDKIV', DATE '2021-04-01' FROM s`,
    );
  });
  await withClient(stack.databaseUrls.financial!, async (client) => {
    await client.query(
      `WITH a AS (INSERT INTO account (owner_org, type, iban, country) VALUES ('analytics-bank', 'CURRENT', 'MD24AG000225100013104168', 'MD') RETURNING id)
       INSERT INTO account_transaction (owner_org, source_record_id, from_account_id, amount_minor, currency, occurred_at, channel, origin_country, destination_country, retention_until)
       SELECT 'analytics-bank', 'an-' || n, a.id, 50000, 'GBP', TIMESTAMPTZ '2021-06-01 10:00Z', 'WIRE', 'MD', 'GB', DATE '2099-01-01' FROM a, generate_series(1, 60) n`,
    );
  });
});
afterAll(async () => {
  await stack?.stop();
});

const PROFILE = /* GraphQL */ `
  {
    corridor(origin: "MD", destination: "GB") {
      lawEnforcementAggregate(measure: JOURNEY_LEGS, period: "2021", by: MODE) { total { value } breakdown { category count { value suppressed } } provenance { sector caveats } }
      ngoAggregate(measure: SURVIVORS, period: "2021") { total { value } provenance { sector sources { kind } } }
      financialAggregate(measure: TRANSACTIONS, period: "2021", by: CURRENCY) { total { value } breakdown { category count { value } amount { minorUnits currency } } provenance { sector } }
      ngoTrend(measure: SURVIVORS, year: 2021, granularity: QUARTER) { points { period count { value suppressed } } }
    }
  }
`;

describe('a corridor profile from all three sectors in one query', () => {
  it('returns each sector’s k-anonymous figures for the route, each with its provenance', async () => {
    const { status, body } = await stack.query('hub-analyst', PROFILE);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const corridor = body.data!.corridor as Record<string, any>;
    // 40 H0 legs (the H3 case's 30 legs are left out); 25 by air, 15 by road, rounded down to 5s.
    expect(corridor.lawEnforcementAggregate.total.value).toBe(40);
    expect(corridor.lawEnforcementAggregate.breakdown.filter((cell: any) => cell.count.value > 0)).toEqual([
      { category: 'ROAD', count: { value: 15, suppressed: false } },
      { category: 'AIR', count: { value: 25, suppressed: false } },
    ].sort((a, b) => ['ROAD', 'RAIL', 'AIR', 'SEA', 'FOOT', 'OTHER'].indexOf(a.category) - ['ROAD', 'RAIL', 'AIR', 'SEA', 'FOOT', 'OTHER'].indexOf(b.category)));
    expect(corridor.lawEnforcementAggregate.provenance.sector).toBe('LAW_ENFORCEMENT');
    expect(corridor.ngoAggregate.total.value).toBe(20);
    expect(corridor.ngoAggregate.provenance).toEqual({ sector: 'NGO', sources: [{ kind: 'SURVIVOR_CASE_RECORDS' }] });
    expect(corridor.financialAggregate.breakdown).toEqual([{ category: 'GBP', count: { value: 60 }, amount: { minorUnits: 3_000_000, currency: 'GBP' } }]);
    expect(corridor.ngoTrend.points.map((point: any) => point.count)).toEqual([
      { value: 0, suppressed: false },
      { value: 20, suppressed: false },
      { value: 0, suppressed: false },
      { value: 0, suppressed: false },
    ]);
  });

  it('refuses a city for a measure counted per country, and ranks countries for the hotspot index', async () => {
    const city = await stack.query('hub-analyst', '{ location(code: "GBLON") { lawEnforcementAggregate(measure: CASES, period: "2021") { total { value } } } }');
    expect(city.body.errors?.[0]?.extensions?.code).toBe('AGGREGATE_TOO_SPECIFIC');
    const ranking = await stack.query('hub-analyst', '{ lawEnforcementHotspots(measure: CASES, year: 2021) { entries { origin count { value } } } }');
    expect((ranking.body.data!.lawEnforcementHotspots as any).entries).toEqual([{ origin: 'GB', count: { value: 15 } }]);
  });

  it('answers for a UN M49 sub-region (154 Northern Europe holds GB), and refuses a region as a route end', async () => {
    const region = await stack.query(
      'hub-analyst',
      '{ location(code: "154") { code lawEnforcementAggregate(measure: CASES, period: "2021") { total { value } } ngoAggregate(measure: SURVIVORS, period: "2021") { total { value } } } }',
    );
    expect(region.body.errors).toBeUndefined();
    expect(region.body.data!.location).toEqual({ code: '154', lawEnforcementAggregate: { total: { value: 15 } }, ngoAggregate: { total: { value: 20 } } });
    const route = await stack.query('hub-analyst', '{ corridor(origin: "151", destination: "154") { origin } }');
    expect(route.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('export for GIS tools', () => {
  const get = (path: string, headers: Record<string, string>) => fetch(`${stack.gatewayUrl}${path}`, { headers });
  const analyst = () => ({ authorization: `Bearer ${stack.tokens['hub-analyst']}`, 'x-beacon-purpose': 'analysis' });

  it('writes the corridor index as CSV, each sector’s count and share beside it', async () => {
    const response = await get('/analytics/export.csv?kind=corridors&year=2021', analyst());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, row] = (await response.text()).trim().split('\n');
    expect(header).toBe('year,origin,destination,index,law_enforcement_measure,law_enforcement_count,law_enforcement_share,ngo_measure,ngo_count,ngo_share,financial_measure,financial_count,financial_share');
    expect(row).toBe('2021,MD,GB,100.00,JOURNEY_LEGS,40,1.0000,SURVIVORS,20,1.0000,TRANSACTIONS,60,1.0000');
  });

  it('writes hotspots as GeoJSON with the country outline from world-atlas', async () => {
    const response = await get('/analytics/export.geojson?measure=LAW_ENFORCEMENT.CASES&year=2021', analyst());
    expect(response.status).toBe(200);
    const collection = (await response.json()) as { type: string; features: Array<{ id: string; geometry: { type: string }; properties: { index: number } }> };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((feature) => [feature.id, feature.geometry.type, feature.properties.index])).toEqual([['GB', 'MultiPolygon', 100]]);
  });

  it('answers as the API does: 401 without a token, the subgraphs’ refusal for a purpose other than analysis', async () => {
    expect((await get('/analytics/export.csv?year=2021', {})).status).toBe(401);
    const investigator = await get('/analytics/export.csv?year=2021', {
      authorization: `Bearer ${stack.tokens['le-investigator']}`,
      'x-beacon-purpose': 'investigation',
    });
    expect(investigator.status).toBe(403);
    expect(((await investigator.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
