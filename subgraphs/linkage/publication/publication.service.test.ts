import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_ISSUER, linkagePublisherClaims, type Principal, type Sector } from '../../../shared/auth/index.js';
import { createLinkageMaterialDeriver, type LinkageIdentifiers } from '../../../shared/linkage/index.js';
import { publicationFields, type RecordPublication } from '../../../shared/linkage-outbox/index.js';
import type { LinkageSubgraph } from '../index.js';
import { startHubUnderTest, type HubUnderTest } from '../test-support/hub-under-test.js';
import type { RecordPublicationInput } from './publication.inputs.js';

const derive = createLinkageMaterialDeriver('linkage-test-secret-of-at-least-32-bytes!');
const principals: Record<'LAW_ENFORCEMENT' | 'NGO' | 'FINANCIAL', Principal> = {
  LAW_ENFORCEMENT: { ...linkagePublisherClaims('LAW_ENFORCEMENT', 'nca-uk'), issuer: DEV_ISSUER },
  NGO: { ...linkagePublisherClaims('NGO', 'safe-passage'), issuer: DEV_ISSUER },
  FINANCIAL: { ...linkagePublisherClaims('FINANCIAL', 'northbank'), issuer: DEV_ISSUER },
};
const TYPES = { LAW_ENFORCEMENT: 'PersonRecord', NGO: 'Survivor', FINANCIAL: 'AccountHolder' } as const;
const ALL: Sector[] = ['LAW_ENFORCEMENT', 'NGO', 'FINANCIAL', 'HUB'];

function publication(sector: keyof typeof TYPES, recordId: string, category: string, identifiers: LinkageIdentifiers): RecordPublicationInput {
  const material = derive(identifiers);
  const fields: RecordPublication = { recordType: TYPES[sector], recordId, category, discoverableBy: ALL, ...publicationFields(material), erased: false };
  return JSON.parse(JSON.stringify(fields)) as RecordPublicationInput;
}

let hubUnderTest: HubUnderTest;
let hub: LinkageSubgraph;
let db: pg.Client;
/** What the hub logged, one JSON object a line. */
let logged: string[];

beforeAll(async () => {
  hubUnderTest = await startHubUnderTest('linkage');
  ({ hub, db, logged } = hubUnderTest);
});
afterAll(async () => {
  await hubUnderTest?.close();
});

async function personOf(recordId: string): Promise<string> {
  const { rows } = await db.query<{ person_id: string }>('SELECT person_id FROM linked_record WHERE record_id = $1', [recordId]);
  return rows[0]!.person_id;
}

async function linkOf(a: string, b: string): Promise<{ matched_on: string[]; score: number | null } | undefined> {
  const { rows } = await db.query(
    `SELECT l.matched_on, l.score FROM record_link l
       JOIN linked_record ra ON ra.id = l.record_a JOIN linked_record rb ON rb.id = l.record_b
      WHERE (ra.record_id = $1 AND rb.record_id = $2) OR (ra.record_id = $2 AND rb.record_id = $1)`,
    [a, b],
  );
  return rows[0];
}

describe('incremental linking at the hub', () => {
  it('links a misspelt name with the same birth date and address by Dice similarity, with the score as evidence', async () => {
    const { publications } = hub.services;
    await publications.publish(principals.LAW_ENFORCEMENT, [
      publication('LAW_ENFORCEMENT', 'le-amira', 'VICTIM', {
        names: [{ given: 'Amira', family: 'Haddad' }],
        dateOfBirth: '1998-07-02',
        address: { streetNumber: '14', street: 'Elm Road', locality: 'Leeds', postcode: 'LS1 4AB', country: 'GB' },
      }),
    ]);
    await publications.publish(principals.NGO, [
      publication('NGO', 'ngo-amira', 'SURVIVOR', {
        names: [{ given: 'Amirah', family: 'Hadad' }],
        dateOfBirth: '1998-07-02',
        address: { streetNumber: '14', street: 'Elm Rd', locality: 'Leeds', postcode: 'LS14AB', country: 'GB' },
      }),
    ]);
    expect(await personOf('ngo-amira')).toBe(await personOf('le-amira'));
    const link = await linkOf('le-amira', 'ngo-amira');
    expect(link?.matched_on).toEqual([]);
    expect(link?.score).toBeGreaterThan(0.55);
    // Linked, never merged: two records of different categories remain two records.
    const { rows } = await db.query("SELECT category FROM linked_record WHERE record_id IN ('le-amira', 'ngo-amira') ORDER BY category");
    expect(rows.map((row) => row.category)).toEqual(['SURVIVOR', 'VICTIM']);
  });

  it('does not link two different people who only share a surname and an address', async () => {
    const { publications } = hub.services;
    await publications.publish(principals.FINANCIAL, [
      publication('FINANCIAL', 'fin-omar', 'ACCOUNT_HOLDER', {
        names: [{ given: 'Omar', family: 'Haddad' }],
        dateOfBirth: '1971-01-19',
        address: { streetNumber: '14', street: 'Elm Road', locality: 'Leeds', postcode: 'LS1 4AB', country: 'GB' },
      }),
    ]);
    expect(await personOf('fin-omar')).not.toBe(await personOf('le-amira'));
  });

  it('merges two persons when a new record bridges them: the older id survives and the other redirects to it', async () => {
    const { publications, people } = hub.services;
    await publications.publish(principals.LAW_ENFORCEMENT, [
      publication('LAW_ENFORCEMENT', 'le-ion', 'SUSPECT', { names: [{ given: 'Ion', family: 'Rusu' }], phones: ['+37369000111'] }),
    ]);
    await publications.publish(principals.FINANCIAL, [
      publication('FINANCIAL', 'fin-ion', 'ACCOUNT_HOLDER', { names: [{ given: 'Ioan', family: 'Rusu' }], emails: ['ion.rusu@example.org'] }),
    ]);
    const older = await personOf('le-ion');
    const younger = await personOf('fin-ion');
    expect(younger).not.toBe(older);
    await publications.publish(principals.NGO, [
      publication('NGO', 'ngo-ion', 'SURVIVOR', { names: [{ given: 'Ion', family: 'Rusu' }], phones: ['+37369000111'], emails: ['ion.rusu@example.org'] }),
    ]);
    expect(await personOf('fin-ion')).toBe(older);
    expect(await personOf('ngo-ion')).toBe(older);
    expect(await people.findVisible(principals.FINANCIAL, [younger])).toEqual([{ id: older }]);
    expect((await linkOf('le-ion', 'ngo-ion'))?.matched_on).toEqual(['PHONE']);
  });

  it('splits the person again when the bridging record is erased, keeping the older id for the older part', async () => {
    const { publications } = hub.services;
    const older = await personOf('le-ion');
    await publications.publish(principals.NGO, [{ ...publication('NGO', 'ngo-ion', 'SURVIVOR', {}), keys: [], erased: true }]);
    expect(await personOf('le-ion')).toBe(older);
    expect(await personOf('fin-ion')).not.toBe(older);
  });

  it('splits a record off when a correction removes the only evidence that linked it', async () => {
    const { publications } = hub.services;
    await publications.publish(principals.FINANCIAL, [
      publication('FINANCIAL', 'fin-ion-2', 'ACCOUNT_HOLDER', { names: [{ given: 'Ion', family: 'Rusu' }], phones: ['+37369000111'] }),
    ]);
    const person = await personOf('le-ion');
    expect(await personOf('fin-ion-2')).toBe(person);
    await publications.publish(principals.FINANCIAL, [
      publication('FINANCIAL', 'fin-ion-2', 'ACCOUNT_HOLDER', { names: [{ given: 'Ion', family: 'Rusu' }], phones: ['+37369000999'] }),
    ]);
    expect(await personOf('le-ion')).toBe(person);
    expect(await personOf('fin-ion-2')).not.toBe(person);
  });

  it('refuses a malformed encoding, a short blocking key and another sector\'s record type, and stores none of the batch', async () => {
    const { publications } = hub.services;
    const good = publication('NGO', 'ngo-refused', 'SURVIVOR', { names: [{ given: 'Lena', family: 'Moroz' }], dateOfBirth: '2001-05-05' });
    const before = await db.query('SELECT count(*)::int AS n FROM linked_record');
    const attempts: RecordPublicationInput[][] = [
      [good, { ...good, recordId: 'ngo-bad-1', encoding: `${good.encoding!.slice(0, -8)}AAAA` }],
      [good, { ...good, recordId: 'ngo-bad-2', encoding: 'not base64 at all!' }],
      [good, { ...good, recordId: 'ngo-bad-3', blockingKeys: ['AAAA'] }],
      [good, { ...good, recordId: 'ngo-bad-4', recordType: 'PersonRecord', category: 'SUSPECT' }],
    ];
    for (const batch of attempts) {
      await expect(publications.publish(principals.NGO, batch)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    const after = await db.query('SELECT count(*)::int AS n FROM linked_record');
    expect(after.rows[0].n).toBe(before.rows[0].n);
    // Each refusal is logged with its code and the fields at fault, never with their values.
    const refusals = logged.map((line) => JSON.parse(line)).filter((entry) => entry.code === 'PUBLICATION_MALFORMED');
    expect(refusals).toHaveLength(attempts.length);
    expect(refusals[0]).toMatchObject({ sector: 'NGO', org: 'safe-passage', invalidFields: [{ field: 'publications[1].encoding' }] });
    expect(logged.join('\n')).not.toContain(good.encoding!.slice(0, 40));
  });
});
