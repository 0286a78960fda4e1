import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gender } from '../survivor/survivor.entity.js';
import {
  bankerClaims,
  caseworkerClaims,
  otherNgoClaims,
  principalOf,
  startNgoTestSubgraph,
  type NgoTestSubgraph,
} from '../test-support/ngo-test-subgraph.js';

const caseworker = principalOf(caseworkerClaims);
const otherNgo = principalOf(otherNgoClaims);
const banker = principalOf(bankerClaims);
const NEXT_YEAR = new Date(Date.now() + 365 * 86_400_000).toISOString();

let ngo: NgoTestSubgraph;

beforeAll(async () => {
  ngo = await startNgoTestSubgraph();
});
afterAll(async () => {
  await ngo?.close();
});

async function registerSurvivor(sourceRecordId: string, principal = caseworker): Promise<string> {
  const survivor = await ngo.subgraph.services.survivors.register(principal, {
    givenName: 'Amina',
    familyName: 'Yusuf',
    dateOfBirth: '2001-06-30',
    gender: Gender.FEMININE,
    phones: ['+234 810 555 0142'],
    sourceRecordId,
  });
  return survivor.id;
}

async function lastDiscoverableBy(survivorId: string): Promise<readonly string[] | undefined> {
  return (await ngo.publications(survivorId)).at(-1)?.discoverableBy;
}

/** Ages a consent as if its end date had passed, the way only time (or an operator) can. */
async function expire(consentId: string): Promise<void> {
  await ngo.db.query(`UPDATE consent SET valid_until = now() - interval '1 hour' WHERE id = $1`, [consentId]);
}

const consents = () => ngo.subgraph.services.consents;

describe('ConsentService.grant', () => {
  it('records the consent and re-publishes the survivor as discoverable by that sector in the same transaction', async () => {
    const survivorId = await registerSurvivor('grant-basic');
    expect(await lastDiscoverableBy(survivorId)).toEqual(['NGO']);

    const consent = await consents().grant(caseworker, {
      survivorId,
      sector: 'FINANCIAL',
      purpose: 'aml-compliance',
      validUntil: NEXT_YEAR,
    });

    expect(consent).toMatchObject({
      survivorId,
      sector: 'FINANCIAL',
      purpose: 'aml-compliance',
      withdrawnAt: null,
      recordedBy: caseworker.sub,
      ownerOrg: caseworker.org,
    });
    expect(consent.validUntil?.toISOString()).toBe(NEXT_YEAR);
    expect(consent.grantedAt).toBeInstanceOf(Date);
    expect(await ngo.publications(survivorId)).toHaveLength(2);
    expect(await lastDiscoverableBy(survivorId)).toEqual(['FINANCIAL', 'NGO']);
  });

  it('queues no publication when the sector may already discover her (a second purpose)', async () => {
    const survivorId = await registerSurvivor('grant-second-purpose');
    await consents().grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'aml-compliance' });
    const before = await ngo.publications(survivorId);

    await consents().grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'analysis' });

    expect(await ngo.publications(survivorId)).toEqual(before);
    expect(await ngo.count('SELECT 1 FROM consent WHERE survivor_id = $1', [survivorId])).toBe(2);
  });

  it('takes a date as valid through that day (UTC)', async () => {
    const survivorId = await registerSurvivor('grant-date-only');
    const consent = await consents().grant(caseworker, { survivorId, sector: 'HUB', purpose: 'analysis', validUntil: '2999-12-31' });
    expect(consent.validUntil?.toISOString()).toBe('3000-01-01T00:00:00.000Z');
  });

  it('names every invalid field at once (sector, purpose, end date) and writes nothing', async () => {
    const survivorId = await registerSurvivor('grant-invalid');
    const consentsBefore = await ngo.count('SELECT 1 FROM consent');
    const outboxBefore = await ngo.count('SELECT 1 FROM linkage_outbox');

    const past = consents().grant(caseworker, { survivorId, sector: 'POLICE', purpose: 'curiosity', validUntil: '2020-01-01' });
    await expect(past).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: {
        invalidFields: [
          { field: 'sector', reason: expect.any(String) },
          { field: 'purpose', reason: expect.any(String) },
          { field: 'validUntil', reason: 'already past' },
        ],
      },
    });
    for (const validUntil of ['next tuesday', '2027-02-30', '2027-01-31T12:00:00', '2027-01-31T25:00:00Z']) {
      await expect(
        consents().grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'aml-compliance', validUntil }),
        validUntil,
      ).rejects.toMatchObject({ details: { invalidFields: [{ field: 'validUntil', reason: expect.stringMatching(/ISO 8601/) }] } });
    }
    await expect(consents().grant(caseworker, { survivorId, sector: 'HUB', purpose: 'linkage' })).rejects.toMatchObject({
      details: { invalidFields: [{ field: 'purpose', reason: expect.stringMatching(/service purpose/) }] },
    });

    expect(await ngo.count('SELECT 1 FROM consent')).toBe(consentsBefore);
    expect(await ngo.count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });

  it("refuses a missing survivor and another NGO's survivor with the same NOT_FOUND, and writes nothing", async () => {
    const theirs = await registerSurvivor('grant-other-ngo', otherNgo);
    const consentsBefore = await ngo.count('SELECT 1 FROM consent');
    const outboxBefore = await ngo.count('SELECT 1 FROM linkage_outbox');

    const refusals = await Promise.all(
      [theirs, randomUUID(), 'not-a-uuid'].map((survivorId) =>
        consents()
          .grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'aml-compliance' })
          .then(
            () => 'granted',
            (error: { code: string; message: string; details: object }) => ({ ...error, message: error.message }),
          ),
      ),
    );

    expect(refusals[0]).toMatchObject({ code: 'NOT_FOUND', details: {} });
    expect(new Set(refusals.map((refusal) => JSON.stringify(refusal))).size).toBe(1);
    expect(await ngo.count('SELECT 1 FROM consent')).toBe(consentsBefore);
    expect(await ngo.count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });
});

describe('ConsentService.withdraw', () => {
  it('ends the consent now and re-publishes her without that sector', async () => {
    const survivorId = await registerSurvivor('withdraw-basic');
    const { id } = await consents().grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'aml-compliance' });

    const withdrawn = await consents().withdraw(caseworker, id);

    expect(withdrawn.withdrawnAt).toBeInstanceOf(Date);
    expect(await lastDiscoverableBy(survivorId)).toEqual(['NGO']);
  });

  it('keeps the sector able to discover her while another consent to it is in force', async () => {
    const survivorId = await registerSurvivor('withdraw-one-of-two');
    const aml = await consents().grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'aml-compliance' });
    await consents().grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'analysis' });
    const before = await ngo.publications(survivorId);

    await consents().withdraw(caseworker, aml.id);

    expect(await ngo.publications(survivorId)).toEqual(before);
    expect(await lastDiscoverableBy(survivorId)).toEqual(['FINANCIAL', 'NGO']);
  });

  it('answers the same record and writes nothing when withdrawn twice', async () => {
    const survivorId = await registerSurvivor('withdraw-twice');
    const { id } = await consents().grant(caseworker, { survivorId, sector: 'HUB', purpose: 'analysis' });
    const first = await consents().withdraw(caseworker, id);
    const outboxBefore = await ngo.count('SELECT 1 FROM linkage_outbox');

    const second = await consents().withdraw(caseworker, id);

    expect(second).toEqual(first);
    expect(await ngo.count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });

  it("refuses another NGO's consent as not found, and leaves it in force", async () => {
    const theirs = await registerSurvivor('withdraw-other-ngo', otherNgo);
    const { id } = await consents().grant(otherNgo, { survivorId: theirs, sector: 'HUB', purpose: 'analysis' });

    await expect(consents().withdraw(caseworker, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(consents().withdraw(caseworker, randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await ngo.count('SELECT 1 FROM consent WHERE id = $1 AND withdrawn_at IS NULL', [id])).toBe(1);
  });
});

describe('ConsentService.republishExpired (the expiry sweep)', () => {
  it('re-publishes a survivor whose consent lapsed without that sector, once', async () => {
    const survivorId = await registerSurvivor('expire-basic');
    const { id } = await consents().grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'aml-compliance', validUntil: NEXT_YEAR });
    await expire(id);

    expect(await consents().republishExpired()).toBe(1);
    expect(await lastDiscoverableBy(survivorId)).toEqual(['NGO']);
    expect(await consents().republishExpired()).toBe(0);
  });

  it('leaves a sector that another consent in force still covers', async () => {
    const survivorId = await registerSurvivor('expire-one-of-two');
    const lapsing = await consents().grant(caseworker, { survivorId, sector: 'HUB', purpose: 'analysis', validUntil: NEXT_YEAR });
    await consents().grant(caseworker, { survivorId, sector: 'HUB', purpose: 'analysis' });
    await expire(lapsing.id);
    const before = await ngo.publications(survivorId);

    await consents().republishExpired();

    expect(await ngo.publications(survivorId)).toEqual(before);
  });

  it('runs at start and on the sweep, through the subgraph', async () => {
    const survivorId = await registerSurvivor('expire-sweep');
    const { id } = await consents().grant(caseworker, { survivorId, sector: 'LAW_ENFORCEMENT', purpose: 'investigation', validUntil: NEXT_YEAR });
    await expire(id);

    await ngo.subgraph.consentExpiry.run();

    expect(await lastDiscoverableBy(survivorId)).toEqual(['NGO']);
  });
});

describe('SurvivorService.loadByIds and consent', () => {
  it('refuses a survivor to a sector whose only consent lapsed or was withdrawn, before any sweep, as if she did not exist', async () => {
    const lapsed = await registerSurvivor('load-lapsed');
    const withdrawn = await registerSurvivor('load-withdrawn');
    const expiring = await consents().grant(caseworker, { survivorId: lapsed, sector: 'FINANCIAL', purpose: 'aml-compliance', validUntil: NEXT_YEAR });
    const open = await consents().grant(caseworker, { survivorId: withdrawn, sector: 'FINANCIAL', purpose: 'aml-compliance' });
    const visible = await ngo.subgraph.services.survivors.loadByIds(banker, [lapsed, withdrawn]);
    expect(visible.map((survivor) => survivor?.id)).toEqual([lapsed, withdrawn]);

    await expire(expiring.id);
    await consents().withdraw(caseworker, open.id);

    const missing = randomUUID();
    expect(await ngo.subgraph.services.survivors.loadByIds(banker, [lapsed, withdrawn, missing])).toEqual([null, null, null]);
    // Her own NGO, and any NGO, may still find her: NGOs need no consent to avoid duplicated support.
    expect((await ngo.subgraph.services.survivors.loadByIds(otherNgo, [lapsed]))[0]?.id).toBe(lapsed);
  });
});
