import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseworkerClaims, principalOf, startNgoTestSubgraph, type NgoTestSubgraph } from '../test-support/ngo-test-subgraph.js';

const caseworker = principalOf(caseworkerClaims);

let ngo: NgoTestSubgraph;
beforeAll(async () => {
  ngo = await startNgoTestSubgraph();
});
afterAll(async () => {
  await ngo?.close();
});

describe('retention.purgeExpired', () => {
  it('removes survivors and incident reports past their date, tells the hub to forget the survivors, and keeps the rest', async () => {
    const { survivors, incidentReports, traffickingEvents } = ngo.subgraph.services;
    const expiring = await survivors.register(caseworker, { givenName: 'Past', familyName: 'Due', retentionUntil: '2030-01-01', sourceRecordId: 'due' });
    await traffickingEvents.record(caseworker, { survivorId: expiring.id, stage: 'TRANSIT', place: 'RO' });
    const kept = await survivors.register(caseworker, { givenName: 'Still', familyName: 'Kept', retentionUntil: '2040-01-01', sourceRecordId: 'kept' });
    await incidentReports.report(caseworker, { place: 'GB', occurredOn: '2025-01-01', typeOfExploitation: 'OTHER', source: 'HOTLINE', reliability: 'X', retentionUntil: '2030-01-01' });

    expect(await ngo.subgraph.retention.purgeExpired(new Date('2030-01-02T00:00:00Z'))).toBe(2);

    expect(await ngo.count('SELECT 1 FROM survivor WHERE id = $1', [expiring.id])).toBe(0);
    expect(await ngo.count('SELECT 1 FROM trafficking_event WHERE survivor_id = $1', [expiring.id])).toBe(0);
    expect(await ngo.count('SELECT 1 FROM survivor WHERE id = $1', [kept.id])).toBe(1);
    expect(await ngo.count('SELECT 1 FROM incident_report')).toBe(0);
    expect((await ngo.publications(expiring.id)).map((publication) => publication.erased)).toEqual([true]);
    expect(await ngo.subgraph.retention.purgeExpired(new Date('2030-01-02T00:00:00Z'))).toBe(0);
  });
});
