import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_K, DEFAULT_RESOLUTION } from '../shared/aggregates/aggregate-rules.js';
import { startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';

/*
 * Attacks on the k-anonymous aggregates, each with the seeded truth at hand: a test fails when an
 * attack works out a group smaller than k. Year 2021, which no demo record uses.
 *
 * Moldova, survivors placed in 2021 (k = 11):
 *   MDKIV  Jan 20 · Feb 15 · Mar 3 (Q1 38), Jul 30       → 68, of whom 4 MASCULINE
 *   MDBAL  Mar 4                                          → a place of four
 *   MD (country only) Jun 14                              → hidden, part of MD's total
 *   exploitation types: 60 of the 68 at MDKIV FORCED_LABOUR (8 without), 20 SEXUAL_EXPLOITATION
 */
const K = DEFAULT_K;
const SMALLEST_SHOWN = Math.floor(K / DEFAULT_RESOLUTION) * DEFAULT_RESOLUTION;

let stack: TestStack;

async function seedSurvivors(
  client: pg.Client,
  count: number,
  { place, on, gender = 'FEMININE', types = [], origin }: { place: string; on: string; gender?: string; types?: string[]; origin?: string },
): Promise<void> {
  await client.query(
    `WITH s AS (
       INSERT INTO survivor (given_name, gender, owner_org, retention_until, types_of_exploitation)
       SELECT 'seeded', $2::htcds_gender, 'analytics-test', DATE '2099-01-01', $3::text[] FROM generate_series(1, $1) RETURNING id),
     exploited AS (
       INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on)
       SELECT id, 'analytics-test', 'EXPLOITATION', $4, $5::date FROM s)
     INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on)
     SELECT id, 'analytics-test', 'RECRUITMENT', $6, $5::date - 20 FROM s WHERE $6::text IS NOT NULL`,
    [count, gender, types, place, on, origin ?? null],
  );
}

beforeAll(async () => {
  stack = await startTestStack();
  const ngo = new pg.Client({ connectionString: stack.databaseUrls.ngo });
  await ngo.connect();
  try {
    await seedSurvivors(ngo, 20, { place: 'MDKIV', on: '2021-01-10', types: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION'], origin: 'UA' });
    await seedSurvivors(ngo, 11, { place: 'MDKIV', on: '2021-02-10', types: ['FORCED_LABOUR'], origin: 'UA' });
    await seedSurvivors(ngo, 4, { place: 'MDKIV', on: '2021-02-11', gender: 'MASCULINE', types: ['FORCED_LABOUR'], origin: 'RO' });
    await seedSurvivors(ngo, 3, { place: 'MDKIV', on: '2021-03-10', types: ['OTHER'] });
    await seedSurvivors(ngo, 25, { place: 'MDKIV', on: '2021-07-10', types: ['FORCED_LABOUR'], origin: 'UA' });
    await seedSurvivors(ngo, 5, { place: 'MDKIV', on: '2021-07-11', types: ['OTHER'], origin: 'UA' });
    await seedSurvivors(ngo, 4, { place: 'MDBAL', on: '2021-03-15' });
    await seedSurvivors(ngo, 14, { place: 'MD', on: '2021-06-01' });
  } finally {
    await ngo.end();
  }
});
afterAll(async () => {
  await stack?.stop();
});

const AGGREGATE = /* GraphQL */ `
  query ($code: String!, $period: String!, $by: NgoDimension, $category: String) {
    location(code: $code) {
      ngoAggregate(measure: SURVIVORS, period: $period, by: $by, category: $category) {
        total { value suppressed resolution }
        breakdown { category count { value suppressed } }
        other { value suppressed }
        provenance { sector sources { kind } }
      }
    }
  }
`;
const TREND = /* GraphQL */ `
  query ($code: String!, $granularity: TrendGranularity!) {
    location(code: $code) {
      ngoTrend(measure: SURVIVORS, year: 2021, granularity: $granularity) { total { value suppressed } points { period count { value suppressed } } }
    }
  }
`;

interface Count {
  value: number | null;
  suppressed: boolean;
}

async function aggregate(variables: Record<string, unknown>): Promise<{ total?: Count; breakdown?: Array<{ category: string; count: Count }>; other?: Count | null; code?: string }> {
  const { body } = await stack.query('hub-analyst', AGGREGATE, { variables });
  const result = (body.data?.location as { ngoAggregate?: Record<string, unknown> } | null)?.ngoAggregate;
  return result ? (result as never) : { code: body.errors?.[0]?.extensions?.code as string };
}

/** What differencing two figures tells the attacker: `big − small`, or nothing if either is withheld. */
function difference(big: Count | undefined, small: Count | undefined): number | undefined {
  if (!big || !small || big.suppressed || small.suppressed) return undefined;
  return big.value! - small.value!;
}

/** Every `value` in a response: none may be a small count. */
function shownValues(body: GraphQLResponse): number[] {
  return [...JSON.stringify(body).matchAll(/"value":(\d+)/g)].map((match) => Number(match[1]));
}

describe('differencing attacks on k-anonymous aggregates', () => {
  it('overlapping places: a country minus its shown places never isolates a small place', async () => {
    const country = await aggregate({ code: 'MD', period: '2021' });
    const kiv = await aggregate({ code: 'MDKIV', period: '2021' });
    const bal = await aggregate({ code: 'MDBAL', period: '2021' });
    expect(country.total?.suppressed).toBe(false);
    // The place of four is refused, not answered with a tiny count.
    expect(bal.code).toBe('AGGREGATE_TOO_SPECIFIC');
    // MD − MDKIV = MDBAL (4) + country-only (14) = 18: a group of at least k, and so it must stay.
    const rest = difference(country.total, kiv.total);
    if (rest !== undefined) expect(rest + DEFAULT_RESOLUTION).toBeGreaterThanOrEqual(K);
  });

  it('total minus parts: a breakdown never leaves one small part to subtract', async () => {
    const byGender = await aggregate({ code: 'MDKIV', period: '2021', by: 'GENDER' });
    const masculine = byGender.breakdown!.find((cell) => cell.category === 'MASCULINE')!;
    const feminine = byGender.breakdown!.find((cell) => cell.category === 'FEMININE')!;
    expect(masculine.count).toEqual({ value: null, suppressed: true });
    // FEMININE alone would give MASCULINE away as total − FEMININE: it is withheld with it…
    expect(feminine.count.suppressed).toBe(true);
    // …and the two are shown folded together, as a group of at least k.
    expect(byGender.other!.suppressed).toBe(false);
    expect(byGender.other!.value).toBeGreaterThanOrEqual(SMALLEST_SHOWN);
  });

  it('two filters whose difference is under k: the category that leaves fewer than k outside it is refused', async () => {
    const all = await aggregate({ code: 'MDKIV', period: '2021' });
    const forcedLabour = await aggregate({ code: 'MDKIV', period: '2021', by: 'EXPLOITATION_TYPE', category: 'FORCED_LABOUR' });
    // 68 survivors, 60 with forced labour: the 8 without it are a group smaller than k.
    expect(all.total?.suppressed).toBe(false);
    expect(forcedLabour.code).toBe('AGGREGATE_TOO_SPECIFIC');
    const byType = await aggregate({ code: 'MDKIV', period: '2021', by: 'EXPLOITATION_TYPE' });
    expect(byType.breakdown!.find((cell) => cell.category === 'FORCED_LABOUR')!.count.suppressed).toBe(true);
    expect(byType.breakdown!.find((cell) => cell.category === 'SEXUAL_EXPLOITATION')!.count).toEqual({ value: 20, suppressed: false });
  });

  it('trend by month against trend by quarter: a quarter minus its shown months never gives a small month', async () => {
    const months = (await stack.query('hub-analyst', TREND, { variables: { code: 'MDKIV', granularity: 'MONTH' } })).body;
    const quarters = (await stack.query('hub-analyst', TREND, { variables: { code: 'MDKIV', granularity: 'QUARTER' } })).body;
    const monthPoints = (months.data!.location as { ngoTrend: { points: Array<{ period: string; count: Count }> } }).ngoTrend.points;
    const quarterPoints = (quarters.data!.location as { ngoTrend: { points: Array<{ period: string; count: Count }> } }).ngoTrend.points;
    const q1 = quarterPoints.find((point) => point.period === '2021-Q1')!.count;
    const [january, february, march] = ['2021-01', '2021-02', '2021-03'].map((period) => monthPoints.find((point) => point.period === period)!.count);
    expect(march!.suppressed).toBe(true);
    // Q1 − January − February would be March (3): at least one more of them is withheld.
    const solvable = !q1.suppressed && !january!.suppressed && !february!.suppressed;
    expect(solvable).toBe(false);
  });

  it('asking for the same figure alone, in a breakdown and in a trend gives one answer', async () => {
    const alone = await aggregate({ code: 'MDKIV', period: '2021' });
    const withBreakdown = await aggregate({ code: 'MDKIV', period: '2021', by: 'AGE_BAND' });
    const months = (await stack.query('hub-analyst', TREND, { variables: { code: 'MDKIV', granularity: 'MONTH' } })).body;
    const trend = (months.data!.location as { ngoTrend: { total: Count; points: Array<{ period: string; count: Count }> } }).ngoTrend;
    expect(alone.total).toEqual({ value: 65, suppressed: false, resolution: DEFAULT_RESOLUTION });
    expect(withBreakdown.total).toEqual(alone.total);
    expect(trend.total).toEqual({ value: 65, suppressed: false });
    // July (30) is withheld: Q1 had to hide itself behind Q3, and Q3 is July alone. Asked for
    // on its own, July is refused the same way, not answered.
    expect(trend.points[6]!.count.suppressed).toBe(true);
    expect((await aggregate({ code: 'MDKIV', period: '2021-07' })).code).toBe('AGGREGATE_TOO_SPECIFIC');
  });

  it('under-k cells never leave the subgraph: its own answer to _entities holds no small count', async () => {
    const { body } = await stack.query('hub-analyst', /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Location {
            ngoTrend(measure: SURVIVORS, year: 2021) { points { count { value suppressed } } }
            ngoAggregate(measure: SURVIVORS, period: "2021", by: GENDER) { total { value } breakdown { count { value suppressed } } other { value } }
          }
        }
      }`, { url: stack.subgraphUrls.ngo, variables: { representations: [{ __typename: 'Location', code: 'MDKIV' }, { __typename: 'Location', code: 'MD' }] } });
    expect(body.errors).toBeUndefined();
    const values = shownValues(body);
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => value > 0 && value < SMALLEST_SHOWN)).toEqual([]);
    // Every suppressed count arrives as null: its value is not in the response at all.
    expect(JSON.stringify(body)).not.toMatch(/"value":\d+,"suppressed":true/);
  });

  it('refuses arbitrary date ranges and routes between places finer than countries', async () => {
    const range = await aggregate({ code: 'MD', period: '2021-01-05..2021-02-03' });
    expect(range.code).toBe('BAD_USER_INPUT');
    const { body } = await stack.query('hub-analyst', /* GraphQL */ `
      { corridor(origin: "UAODS", destination: "MDKIV") { ngoAggregate(measure: SURVIVORS, period: "2021") { total { value } } } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('AGGREGATE_TOO_SPECIFIC');
  });

  it('serves aggregates to analysis only: an investigator declaring investigation gets none', async () => {
    const { body } = await stack.query('le-investigator', AGGREGATE, { variables: { code: 'MD', period: '2021' } });
    expect((body.data?.location as { ngoAggregate: unknown } | null)?.ngoAggregate ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
