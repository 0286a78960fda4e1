import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PERSONAS } from '../../shared/auth/index.js';
import { startTestStack, type TestStack } from '../support/stack.js';

/** Debian's Chromium (`apt-get install chromium`); playwright-core ships no browser of its own. */
const CHROMIUM = process.env.BEACON_CHROMIUM ?? '/usr/bin/chromium';
/** Git-ignored; CI keeps it as the run's artefact. */
const ARTEFACTS = fileURLToPath(new URL('../artefacts/explorer/', import.meta.url));
/** A real screenshot of GraphiQL with a result is tens of kilobytes; a blank page is a few. */
const SCREENSHOT_MIN_BYTES = 20_000;
const MY_SURVIVORS = `query MySurvivors($first: Int!) { survivors(first: $first) { id givenName familyName } }`;

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request to anywhere but the gateway: each is refused, and there must be none. */
let leftTheGateway: string[];
/** Every request the page sent to the gateway's GraphQL endpoint. */
let graphqlRequests: number;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set BEACON_CHROMIUM.`);
  stack = await startTestStack();
  browser = await chromium.launch({ executablePath: CHROMIUM });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

beforeEach(async () => {
  const gatewayOrigin = new URL(stack.gatewayUrl).origin;
  leftTheGateway = [];
  graphqlRequests = 0;
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === gatewayOrigin) return route.continue();
    leftTheGateway.push(url.href);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  // Generous: the page is 9 MB of inlined GraphiQL and the suite shares two cores.
  page.setDefaultTimeout(90_000);
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') graphqlRequests += 1;
  });
  await page.goto(`${stack.gatewayUrl}/`, { timeout: 120_000 });
});

afterEach(async () => {
  await context?.close();
  expect(leftTheGateway, 'requests that tried to leave the gateway').toEqual([]);
});

async function signIn(token: string, purpose: string, justification?: string): Promise<void> {
  await page.fill('#beacon-token', token);
  await page.selectOption('#beacon-purpose', purpose);
  if (justification !== undefined) await page.fill('#beacon-justification', justification);
  await page.click('#beacon-sign-in-button');
}

const status = () => page.locator('#beacon-status');
/** What the page shows after a round trip; the suite's two shared cores can make that slow. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 60_000 });

/** An editor's visible text; Monaco draws spaces as no-break spaces. */
async function textOf(editor: Locator): Promise<string> {
  return (await editor.innerText()).replaceAll('\u00a0', ' ');
}

/** The operation names of `examples/*.graphql`, in file-name order (GraphiQL names tabs so). */
function exampleOperationNames(): string[] {
  const folder = new URL('../../examples/', import.meta.url);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => /^(?:query|mutation)\s+(\w+)/m.exec(readFileSync(new URL(file, folder), 'utf8'))?.[1] ?? file);
}

// Each test loads the 9 MB page in a fresh browser context: minutes, not seconds, on a busy machine.
describe('the explorer in a browser', { timeout: 240_000 }, () => {
  it('shows a stranger the sign-in prompt and neither GraphiQL nor the schema', async () => {
    await poll(() => page.locator('#beacon-locked').isVisible()).toBe(true);
    expect(await page.locator('#beacon-locked h1').innerText()).toBe('Sign in to see the schema');
    expect(await page.locator('.graphiql-container').count()).toBe(0);
    // Nothing asked the gateway for anything, so no error blob and no introspection attempt.
    await page.waitForTimeout(500);
    expect(graphqlRequests).toBe(0);
    // The analyst pages are one link away, on the same gateway.
    const analystLink = page.locator('a.beacon-nav');
    expect(await analystLink.getAttribute('href')).toBe('/analyst');
    expect((await fetch(new URL('/analyst', page.url()))).status).toBe(200);
  });

  it('signs a member in with a pasted token and purpose, runs an example tab and shows real data', async () => {
    const expected = await stack.query('ngo-caseworker', MY_SURVIVORS, { variables: { first: 10 } });
    const survivors = (expected.body.data?.survivors ?? []) as Array<{ givenName: string; familyName: string }>;
    expect(survivors.length).toBeGreaterThan(0);

    await signIn(stack.tokens['ngo-caseworker'], 'victim-support');
    await poll(() => status().innerText()).toContain('Signed in as demo:ngo-caseworker (safe-passage) for victim-support');
    expect(await page.locator('#beacon-purpose-help').innerText()).toContain('Support of a survivor by the NGO caring for them.');

    // Every example operation is open as a tab.
    const tabs = page.locator('.graphiql-tab-button');
    await poll(() => tabs.allInnerTexts()).toEqual(exampleOperationNames());
    // GraphiQL's tabs are draggable: a synthetic pointer press starts a drag, not a switch.
    await tabs.filter({ hasText: /^MySurvivors$/ }).dispatchEvent('click');
    const editor = page.locator('section[aria-label="Operation Editor"]');
    await poll(() => textOf(editor)).toContain('query MySurvivors');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('section[aria-label="Result Window"]');
    await poll(() => textOf(result)).toContain(`"familyName": ${JSON.stringify(survivors[0]!.familyName)}`);

    // The schema's documentation is there for a member.
    await page.click('[aria-label="Show Documentation Explorer"]');
    await poll(() => page.locator('.graphiql-doc-explorer').innerText()).toContain('Query');

    await mkdir(ARTEFACTS, { recursive: true });
    const screenshot = `${ARTEFACTS}signed-in-my-survivors.png`;
    await page.screenshot({ path: screenshot, fullPage: true });
    expect((await stat(screenshot)).size).toBeGreaterThan(SCREENSHOT_MIN_BYTES);
  });

  it('offers only the purposes the token grants, each with what it is for', async () => {
    await page.fill('#beacon-token', stack.tokens['bank-compliance']);
    await poll(() => page.locator('#beacon-purpose').isEnabled()).toBe(true);
    const offered = await page.locator('#beacon-purpose option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toEqual([...PERSONAS['bank-compliance'].purposes]);
    await page.selectOption('#beacon-purpose', 'analysis');
    expect(await page.locator('#beacon-purpose-help').innerText()).toContain('Aggregate analysis of hotspots, trends and routes.');
    await page.click('#beacon-sign-in-button');
    await poll(() => status().innerText()).toContain('Signed in as demo:bank-compliance (northbank) for analysis.');
  });

  it('signs in as a demo persona from the dev stack, asking police for a justification', async () => {
    await page.selectOption('#beacon-persona', 'le-investigator');
    await poll(() => status().innerText()).toContain('Token for le-investigator ready');
    expect(await page.locator('#beacon-justification-field').isVisible()).toBe(true);
    await page.click('#beacon-sign-in-button');
    await poll(() => status().innerText()).toContain('need a justification');
    await page.fill('#beacon-justification', 'HP-2026-0042');
    await page.click('#beacon-sign-in-button');
    await poll(() => status().innerText()).toContain('Signed in as demo:le-investigator (harbour-police) for investigation');
  });

  it('says in words that an expired token expired and what to do', async () => {
    const expired = stack.issuer.mint(PERSONAS['hub-analyst'], { ttlSeconds: -120 });
    await page.fill('#beacon-token', expired);
    await page.click('#beacon-sign-in-button');
    const words = await status().innerText();
    expect(words).toMatch(/This token expired at .* \(\d+ minutes ago\)\./);
    expect(words).toContain('Pick a demo persona again, or run `npx beacon token --persona <name>`');
    expect(await page.locator('#beacon-locked').isVisible()).toBe(true);
    expect(words).not.toMatch(/at .*\.ts:\d+/);
  });

  it('says in words that the gateway refused a token it does not trust', async () => {
    const [header, payload] = stack.tokens['hub-analyst'].split('.');
    await signIn(`${header}.${payload}.bm90LWEtc2lnbmF0dXJl`, 'analysis');
    await poll(() => status().innerText()).toContain('The gateway refused this token');
    expect(await page.locator('.graphiql-container').count()).toBe(0);
  });

  it('says in words that a purpose the token does not grant was refused', async () => {
    await page.fill('#beacon-token', stack.tokens['ngo-caseworker']);
    // As if the institution had withdrawn a purpose after the page listed it.
    await page.evaluate(() => {
      const option = document.createElement('option');
      option.value = option.textContent = 'investigation';
      document.querySelector('#beacon-purpose')!.appendChild(option);
    });
    await page.selectOption('#beacon-purpose', 'investigation');
    await page.click('#beacon-sign-in-button');
    await poll(() => status().innerText()).toContain(
      'The purpose was refused: Your token does not grant the purpose "investigation"; it grants victim-support, analysis.',
    );
  });
});
