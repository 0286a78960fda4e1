import { In } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { insertRows } from './bulk-rows.js';
import { storedBySourceIds, takenSourceIds } from './stored-source-ids.js';
import { BulkProbe, useBulkProbeDatabase } from './test-support/bulk-probe.js';

const probe = useBulkProbeDatabase();

const stored = (ownerOrg: string, sourceRecordId: string): Partial<BulkProbe> => ({ ownerOrg, sourceRecordId, givenName: sourceRecordId, phones: [], aliases: [] });

describe('storedBySourceIds (which rows of an import batch are stored already)', () => {
  it("finds the organisation's own rows among the ids asked, and none of another organisation's", async () => {
    const manager = probe.dataSource.manager;
    await insertRows(manager, BulkProbe, [stored('org-a', 's-1'), stored('org-a', 's-2'), stored('org-b', 's-3')]);
    const find = (taken: string[]) => manager.getRepository(BulkProbe).findBy({ ownerOrg: 'org-a', sourceRecordId: In(taken) });

    const found = await storedBySourceIds(manager, BulkProbe, 'org-a', ['s-2', 's-3', 's-4', "s-'5"], find);

    expect(found.map((row) => [row.sourceRecordId, row.givenName])).toEqual([['s-2', 's-2']]);
    expect((await takenSourceIds(manager, BulkProbe, 'org-b', ['s-1', 's-3'])).sort()).toEqual(['s-3']);
  });

  it('reads no rows when none of the ids is taken', async () => {
    const manager = probe.dataSource.manager;
    await insertRows(manager, BulkProbe, [stored('org-a', 's-1')]);
    let asked = 0;
    const found = await storedBySourceIds(manager, BulkProbe, 'org-a', ['s-2', 's-3'], async () => {
      asked += 1;
      return [];
    });
    expect(found).toEqual([]);
    expect(asked).toBe(0);
    expect(await storedBySourceIds(manager, BulkProbe, 'org-a', [], async () => [{ id: 'x' } as BulkProbe])).toEqual([]);
  });
});
