import { mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack.js';

/** Debian's Chromium (`apt-get install chromium`); playwright-core ships no browser of its own. */
const CHROMIUM = process.env.BEACON_CHROMIUM ?? '/usr/bin/chromium';
/** Git-ignored; CI keeps it as the run's artefact. */
const ARTEFACTS = fileURLToPath(new URL('../artefacts/analyst/', import.meta.url));
/** A map or chart with real shading is tens of kilobytes as PNG; an empty frame is a few. */
const SCREENSHOT_MIN_BYTES = 15_000;
/** Each view asks the gateway a few questions; the suite shares two cores with other suites. */
const POLL = { timeout: 45_000, interval: 200 };

/*
 * NGO survivors in 2021 (a year no demo record uses), enough to pass k = 11 in some cells:
 * 51 sexually exploited in London in May, July and November and 3 in forced labour there in
 * September, all recruited in Chişinău; 14 in forced labour in Bucharest in February, recruited in
 * Chişinău too. So GB shows 50 (54 rounded down to 5s) and RO 10; forced labour in GB (3), and
 * September there, must be withheld.
 */
const SEED = /* SQL */ `
  WITH seeded AS (
    SELECT * FROM (VALUES ('SEXUAL_EXPLOITATION', 'GBLON', DATE '2021-05-01', 24),
                          ('SEXUAL_EXPLOITATION', 'GBLON', DATE '2021-07-01', 15),
                          ('SEXUAL_EXPLOITATION', 'GBLON', DATE '2021-11-01', 12),
                          ('FORCED_LABOUR', 'GBLON', DATE '2021-09-01', 3),
                          ('FORCED_LABOUR', 'ROBUH', DATE '2021-02-01', 14)) AS t(type, place, exploited_on, n)
  ),
  s AS (
    INSERT INTO survivor (given_name, gender, owner_org, retention_until, types_of_exploitation)
    SELECT place || '|' || exploited_on, 'FEMININE', 'analyst-ngo', DATE '2099-01-01', ARRAY[type]
      FROM seeded, generate_series(1, n)
    RETURNING id, given_name
  ),
  exploited AS (
    INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on)
    SELECT id, 'analyst-ngo', 'EXPLOITATION', split_part(given_name, '|', 1), split_part(given_name, '|', 2)::date FROM s
  )
  INSERT INTO trafficking_event (survivor_id, owner_org, stage, place_code, occurred_on)
  SELECT id, 'analyst-ngo', 'RECRUITMENT', 'MDKIV', DATE '2021-01-15' FROM s`;

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request to anywhere but the gateway: each is refused, and there must be none. */
let leftTheGateway: string[];
let graphqlRequests: number;
/** Uncaught errors in the page's script: a figure that threw is a figure that lies by omission. */
let pageErrors: string[];

beforeAll(async () => {
  stack = await startTestStack();
  const client = new pg.Client({ connectionString: stack.databaseUrls.ngo! });
  await client.connect();
  try {
    await client.query(SEED);
  } finally {
    await client.end();
  }
  browser = await chromium.launch({ executablePath: CHROMIUM });
  await mkdir(ARTEFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

beforeEach(async () => {
  const gatewayOrigin = new URL(stack.gatewayUrl).origin;
  leftTheGateway = [];
  graphqlRequests = 0;
  pageErrors = [];
  context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === gatewayOrigin) return route.continue();
    leftTheGateway.push(url.href);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') graphqlRequests += 1;
  });
  await page.goto(`${stack.gatewayUrl}/analyst`);
});

afterEach(async () => {
  await context?.close();
  expect(leftTheGateway, 'requests that tried to leave the gateway').toEqual([]);
  expect(pageErrors, 'errors thrown by the page').toEqual([]);
});

async function signInAsAnalyst(): Promise<void> {
  await page.fill('#analyst-token', stack.tokens['hub-analyst']);
  await page.selectOption('#analyst-purpose', 'analysis');
  await page.click('#analyst-sign-in-button');
  await expect.poll(() => page.locator('#analyst-who').innerText(), POLL).toContain('for analysis');
  await expect.poll(() => page.locator('body').getAttribute('data-state'), POLL).toBe('ready');
}

/** Sets the filters and waits until every figure has been drawn from the API's answers. */
async function show(filters: { measure: string; year: string; exploitation?: string; period?: string; place?: string }): Promise<void> {
  await page.selectOption('#filter-measure', filters.measure);
  await page.selectOption('#filter-year', filters.year);
  await page.selectOption('#filter-exploitation', filters.exploitation ?? '');
  await page.selectOption('#filter-period', filters.period ?? 'YEAR');
  await page.fill('#filter-place', filters.place ?? '');
  await page.click('#filter-apply');
  await expect.poll(() => page.locator('body').getAttribute('data-state'), POLL).toBe('ready');
}

async function screenshot(name: string, selector?: string): Promise<void> {
  const path = `${ARTEFACTS}${name}.png`;
  if (selector) await page.locator(selector).screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
  expect((await stat(path)).size).toBeGreaterThan(SCREENSHOT_MIN_BYTES);
}

const country = (code: string) => page.locator(`#heatmap path.country[data-code="${code}"]`);

describe('the analyst pages in a browser', () => {
  it('show a stranger the sign-in panel and no data, and ask the API nothing', async () => {
    expect(await page.locator('#analyst-sign-in').isVisible()).toBe(true);
    expect(await page.locator('#analyst-views').isVisible()).toBe(false);
    await page.waitForTimeout(500);
    expect(graphqlRequests).toBe(0);
    expect(await page.locator('path.country[data-value], path.route, circle.point').count()).toBe(0);
    // The page itself carries no figure: only the base map and the vocabulary of purposes.
    const html = await (await fetch(`${stack.gatewayUrl}/analyst`)).text();
    expect(html).not.toContain('data-value');
    await screenshot('stranger');
  });

  it('shade the countries with the values the API returns, draw routes as arrows and chart the trend', async () => {
    const hotspots = await stack.query('hub-analyst', '{ ngoHotspots(measure: SURVIVORS, year: 2021) { entries { origin count { value } } } }');
    const entries = (hotspots.body.data!.ngoHotspots as { entries: Array<{ origin: string; count: { value: number } }> }).entries;
    expect(entries).toEqual(expect.arrayContaining([{ origin: 'GB', count: { value: 50 } }, { origin: 'RO', count: { value: 10 } }]));

    await signInAsAnalyst();
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 1]);
    await show({ measure: 'NGO.SURVIVORS', year: '2021' });

    for (const entry of entries) {
      expect(await country(entry.origin).getAttribute('data-value')).toBe(String(entry.count.value));
      expect(await country(entry.origin).getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
    }
    // The larger figure is the darker shade.
    expect(await country('GB').getAttribute('fill')).not.toBe(await country('RO').getAttribute('fill'));
    expect(await page.locator('#heatmap .provenance').innerText()).toContain('SURVIVOR_CASE_RECORDS');

    const corridors = await stack.query('hub-analyst', '{ ngoTopCorridors(measure: SURVIVORS, year: 2021) { entries { origin destination count { value } } } }');
    expect((corridors.body.data!.ngoTopCorridors as { entries: unknown[] }).entries).toEqual(
      expect.arrayContaining([{ origin: 'MD', destination: 'GB', count: { value: 50 } }]),
    );
    const route = page.locator('#routes path.route[data-origin="MD"][data-destination="GB"]');
    expect(await route.getAttribute('data-value')).toBe('50');
    expect(await route.getAttribute('marker-end')).toBe('url(#arrowhead)');
    const widths = await page.locator('#routes path.route').evaluateAll((paths) => paths.map((path) => Number(path.getAttribute('stroke-width'))));
    expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths));

    // The trend is drawn for the top hotspot, GB, month by month.
    const trend = await stack.query('hub-analyst', '{ location(code: "GB") { ngoTrend(measure: SURVIVORS, year: 2021) { points { period count { value suppressed } } } } }');
    const points = (trend.body.data!.location as { ngoTrend: { points: Array<{ period: string; count: { value: number | null; suppressed: boolean } }> } }).ngoTrend.points;
    const drawn = await page.locator('#trends circle.point').evaluateAll((dots) => dots.map((dot) => [dot.getAttribute('data-period'), Number(dot.getAttribute('data-value'))]));
    expect(drawn).toEqual(points.filter((point) => !point.count.suppressed).map((point) => [point.period, point.count.value]));
    expect(drawn.filter(([, value]) => Number(value) > 0).length).toBeGreaterThanOrEqual(2);
    const withheld = await page.locator('#trends circle.suppressed-point').evaluateAll((dots) => dots.map((dot) => dot.getAttribute('data-period')));
    expect(withheld).toEqual(points.filter((point) => point.count.suppressed).map((point) => point.period));
    expect(withheld).toContain('2021-09');

    await screenshot('heatmap', '#heatmap');
    await screenshot('routes', '#routes');
    await screenshot('trends', '#trends');
    await screenshot('signed-in');
  });

  it('show a withheld cell as fewer than k, and a refusal as too specific in words', async () => {
    const refused = await stack.query('hub-analyst', '{ location(code: "GB") { ngoAggregate(measure: SURVIVORS, period: "2021", by: EXPLOITATION_TYPE, category: "FORCED_LABOUR") { total { value } } } }');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('AGGREGATE_TOO_SPECIFIC');

    await signInAsAnalyst();
    await show({ measure: 'NGO.SURVIVORS', year: '2021', exploitation: 'FORCED_LABOUR', place: 'GB' });
    expect(await country('GB').getAttribute('data-suppressed')).toBe('true');
    expect(await country('GB').getAttribute('fill')).toBe('url(#suppressed-hatch)');
    expect(await page.locator('#heatmap tr[data-code="GB"]').innerText()).toContain('fewer than k');
    expect(await country('RO').getAttribute('data-value')).toBe('10');
    // The trend of forced labour in GB is refused as a whole; the page says so, and why.
    const refusal = await page.locator('#trends .refusal').innerText();
    expect(refusal).toContain('AGGREGATE_TOO_SPECIFIC');
    expect(refusal).toContain('too few');
    expect(await page.locator('#trends circle').count()).toBe(0);
    await screenshot('forced-labour', '#analyst-views');
  });

  it('shade a quarter with each place’s own figure for that quarter, as the API gives it', async () => {
    const expected: Record<string, { value: string | null; suppressed: string }> = {};
    for (const code of ['GB', 'RO']) {
      const { body } = await stack.query('hub-analyst', `{ location(code: "${code}") { ngoAggregate(measure: SURVIVORS, period: "2021-Q2") { total { value } } } }`);
      const value = (body.data?.location as { ngoAggregate: { total: { value: number } } | null } | null)?.ngoAggregate?.total.value;
      expected[code] = value === undefined ? { value: '', suppressed: 'true' } : { value: String(value), suppressed: 'false' };
      if (value === undefined) expect(body.errors?.[0]?.extensions?.code).toBe('AGGREGATE_TOO_SPECIFIC');
    }
    await signInAsAnalyst();
    await show({ measure: 'NGO.SURVIVORS', year: '2021', period: 'Q2' });
    expect(await page.locator('#heatmap .figure-title').innerText()).toContain('2021-Q2');
    for (const [code, figure] of Object.entries(expected)) {
      expect({ value: await country(code).getAttribute('data-value'), suppressed: await country(code).getAttribute('data-suppressed') }).toEqual(figure);
    }
  });

  it('ask a place outside the ranking for its own figure when it is clicked', async () => {
    const { body } = await stack.query('hub-analyst', '{ location(code: "MD") { ngoAggregate(measure: SURVIVORS, period: "2021") { total { value } } } }');
    const value = (body.data?.location as { ngoAggregate: { total: { value: number } } | null } | null)?.ngoAggregate?.total.value;
    await signInAsAnalyst();
    await show({ measure: 'NGO.SURVIVORS', year: '2021' });
    expect(await country('MD').getAttribute('data-value')).toBeNull();
    await country('MD').dispatchEvent('click');
    await expect.poll(() => country('MD').getAttribute('data-suppressed'), POLL).toBe(value === undefined ? 'true' : 'false');
    expect(await country('MD').getAttribute('data-value')).toBe(value === undefined ? '' : String(value));
    expect(await page.locator('#heatmap tr[data-code="MD"]').innerText()).toContain(value === undefined ? 'fewer than k' : String(value));
  });

  it('refuse figures, in words, to a member signed in for a purpose other than analysis', async () => {
    await page.fill('#analyst-token', stack.tokens['ngo-caseworker']);
    await page.selectOption('#analyst-purpose', 'victim-support');
    await page.click('#analyst-sign-in-button');
    await expect.poll(() => page.locator('body').getAttribute('data-state'), POLL).toBe('ready');
    expect(await page.locator('#heatmap .refusal').innerText()).toMatch(/Refused|error/);
    expect(await page.locator('path.country[data-value]').count()).toBe(0);
  });
});
