import { describe, expect, it } from 'vitest';
import { insertRows, updateRows } from './bulk-rows.js';
import { BulkProbe, useBulkProbeDatabase } from './test-support/bulk-probe.js';

const probe = useBulkProbeDatabase();

const row = (sourceRecordId: string, givenName: string | null = 'Elena'): Partial<BulkProbe> => ({
  ownerOrg: 'org-a',
  sourceRecordId,
  givenName,
  phones: ['+37369123456', 'a "quoted", {braced} one'],
  aliases: [{ given: 'Алёна' }],
  bornOn: '1994-03-12',
});

describe('insertRows and updateRows (the set-based writes of imports)', () => {
  it('inserts rows in one statement, keeping arrays, jsonb, dates and quotes, and skips source ids already taken', async () => {
    const first = await insertRows(probe.dataSource.manager, BulkProbe, [row('s-1'), row('s-2', null)], {
      skipConflictsOn: ['ownerOrg', 'sourceRecordId'],
      returning: ['id', 'sourceRecordId'],
    });
    expect(first.map((inserted) => inserted.sourceRecordId).sort()).toEqual(['s-1', 's-2']);

    const second = await insertRows(probe.dataSource.manager, BulkProbe, [row('s-2', 'Changed'), row('s-3')], {
      skipConflictsOn: ['ownerOrg', 'sourceRecordId'],
      returning: ['sourceRecordId'],
    });
    expect(second).toEqual([{ sourceRecordId: 's-3' }]);

    const stored = await probe.dataSource.getRepository(BulkProbe).find({ order: { sourceRecordId: 'ASC' } });
    expect(stored.map((probe) => [probe.sourceRecordId, probe.givenName])).toEqual([['s-1', 'Elena'], ['s-2', null], ['s-3', 'Elena']]);
    expect(stored[0]).toMatchObject({ phones: ['+37369123456', 'a "quoted", {braced} one'], aliases: [{ given: 'Алёна' }], bornOn: '1994-03-12' });
  });

  it('refuses a property the entity has no column for, before writing anything', async () => {
    await expect(insertRows(probe.dataSource.manager, BulkProbe, [{ ...row('s-1'), notAColumn: 'x' } as Partial<BulkProbe>])).rejects.toThrow(
      /no column for "notAColumn"/,
    );
    expect(await probe.dataSource.getRepository(BulkProbe).count()).toBe(0);
  });

  it('updates only the named columns of the rows given, by id, and stamps their update date', async () => {
    const inserted = await insertRows(probe.dataSource.manager, BulkProbe, [row('s-1'), row('s-2')], { returning: ['id', 'sourceRecordId'] });
    const id = (source: string) => inserted.find((probe) => probe.sourceRecordId === source)?.id as string;

    await updateRows(probe.dataSource.manager, BulkProbe, [{ id: id('s-1'), givenName: 'Ilinca', phones: [], bornOn: '1990-01-01' }], ['givenName', 'phones']);

    const [changed, untouched] = await probe.dataSource.getRepository(BulkProbe).find({ order: { sourceRecordId: 'ASC' } });
    expect(changed).toMatchObject({ givenName: 'Ilinca', phones: [], bornOn: '1994-03-12' });
    expect(changed?.updatedAt.getUTCFullYear()).toBeGreaterThan(2000);
    expect(untouched).toMatchObject({ givenName: 'Elena', phones: ['+37369123456', 'a "quoted", {braced} one'] });
    expect(untouched?.updatedAt.getUTCFullYear()).toBe(2000);
  });
});
