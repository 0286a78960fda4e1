import 'reflect-metadata';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkagePublisherClaims } from '../shared/auth/index.js';
import { createLinkageMaterialDeriver } from '../shared/linkage/index.js';
import { publicationFields, PUBLISH_RECORDS_MUTATION } from '../shared/linkage-outbox/index.js';
import { FINANCIAL_DEMO_RECORDS } from '../subgraphs/financial/seed/demo-data.js';
import { LAW_ENFORCEMENT_DEMO_CASES } from '../subgraphs/law-enforcement/seed/demo-data.js';
import { NGO_DEMO_RECORDS } from '../subgraphs/ngo/seed/demo-data.js';
import { DEFAULT_HEADERS, startTestStack, type TestStack } from './support/stack.js';

/*
 * What the hub refuses, and what it never holds: a publication without a sector's service
 * credential, with a malformed encoding or from no known sector is refused and changes nothing;
 * after the demo data is linked, no raw identifier of it is anywhere in the hub's database.
 */
let stack: TestStack;
let db: pg.Client;

beforeAll(async () => {
  stack = await startTestStack();
  db = new pg.Client({ connectionString: stack.databaseUrls.linkage });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

const material = createLinkageMaterialDeriver('a-secret-the-hub-never-holds-32-bytes-or-more')({
  names: [{ given: 'Test', family: 'Person' }],
  dateOfBirth: '1990-01-01',
});
const valid = { recordType: 'PersonRecord', recordId: 'refused-record', category: 'SUSPECT', discoverableBy: ['LAW_ENFORCEMENT'], ...publicationFields(material), erased: false };
const blockingKeys = material.blockingKeys;

async function publish(
  token: string | null,
  publications: unknown[],
  headers: Record<string, string> = { 'x-beacon-purpose': 'linkage' },
): Promise<{ status: number; body: any }> {
  const response = await fetch(stack.subgraphUrls.linkage as string, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: PUBLISH_RECORDS_MUTATION, variables: { publications } }),
  });
  return { status: response.status, body: await response.json() };
}

async function stored(): Promise<number> {
  const { rows } = await db.query("SELECT count(*)::int AS n FROM linked_record WHERE record_id = 'refused-record'");
  return rows[0].n as number;
}

describe('publications the hub refuses', () => {
  const police = () => stack.issuer.mint(linkagePublisherClaims('LAW_ENFORCEMENT', 'harbour-police'));

  it('refuses a publication without a token, and with a member\'s token instead of a service credential', async () => {
    expect((await publish(null, [valid])).status).toBe(401);
    const member = await publish(stack.tokens['le-investigator'], [valid], DEFAULT_HEADERS['le-investigator']);
    expect(member.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toBe(0);
  });

  it('refuses a malformed encoding, blocking key or key, naming each field, and applies nothing', async () => {
    const { body } = await publish(police(), [
      { ...valid, encoding: Buffer.alloc(64, 1).toString('base64') },
      { ...valid, recordId: 'refused-2', blockingKeys: [...blockingKeys, '!!!!!!!!'] },
      { ...valid, recordId: 'refused-3', keys: [{ kind: 'PHONE', value: 'Elena' }] },
    ]);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((body.errors?.[0]?.extensions?.invalidFields as Array<{ field: string }>).map((item) => item.field)).toEqual([
      'publications[0].encoding',
      `publications[1].blockingKeys[${blockingKeys.length}]`,
      'publications[2].keys[0].value',
    ]);
    expect(await stored()).toBe(0);
  });

  it('refuses a publisher of no publishing sector, and a sector that does not exist', async () => {
    const hub = stack.issuer.mint({ ...linkagePublisherClaims('LAW_ENFORCEMENT', 'hub-operator'), sector: 'HUB' });
    expect((await publish(hub, [valid])).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await publish(police(), [{ ...valid, discoverableBy: ['MARS'] }]);
    expect(unknown.status).toBe(400);
    expect(await stored()).toBe(0);
  });
});

describe('the hub holds no raw identifier', () => {
  it('stores none of the demo data\'s names, dates of birth, phones, e-mails or document numbers, in any table', async () => {
    const { rows: tables } = await db.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    let dump = '';
    for (const { tablename } of tables) {
      const { rows } = await db.query(`SELECT to_jsonb(t)::text AS row FROM "${tablename}" t`);
      dump += rows.map((row) => row.row).join('\n');
    }
    expect(dump).toContain('NAME_DOB');
    expect(dump).toMatch(/"encoding": "\\\\x[0-9a-f]{256}"/);
    const raw = rawIdentifiers();
    expect(raw.length).toBeGreaterThan(30);
    for (const value of raw) expect(dump.toLowerCase(), value).not.toContain(value.toLowerCase());
  });
});

/**
 * Every identifier of the demo data as written, and in the canonical forms a careless hub might
 * store (digits only, ISO dates without dashes). Short digit runs are left out: 48-bit blocking
 * keys are stored as numbers and may contain any four digits by chance.
 */
function rawIdentifiers(): string[] {
  const values = new Set<string>();
  const add = (value: string | null | undefined) => {
    if (!value) return;
    values.add(value);
    const digits = value.replace(/\D/g, '');
    if (digits.length >= 8) values.add(digits);
  };
  const person = (p: { names?: ReadonlyArray<{ given?: string | null; family?: string | null }> | null; dateOfBirth?: string | null; phones?: readonly string[] | null; emails?: readonly string[] | null; documents?: ReadonlyArray<{ number: string }> | null }) => {
    for (const name of p.names ?? []) for (const part of [name.given, name.family]) for (const word of (part ?? '').split(/\s+/)) add(word);
    add(p.dateOfBirth);
    for (const phone of p.phones ?? []) add(phone);
    for (const email of p.emails ?? []) add(email);
    for (const document of p.documents ?? []) add(document.number);
  };
  for (const { people } of LAW_ENFORCEMENT_DEMO_CASES) for (const p of people) person(p);
  for (const holder of FINANCIAL_DEMO_RECORDS) person({ ...holder, names: [{ given: holder.givenName, family: holder.familyName }] });
  for (const survivor of NGO_DEMO_RECORDS) person({ ...survivor, names: [{ given: survivor.givenName, family: survivor.familyName }] });
  return [...values].filter((value) => value.length >= 3);
}
