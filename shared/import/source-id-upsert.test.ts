import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { insertRows } from './bulk-rows.js';
import { changedContent, upsertBySourceId, type InsertedRecord, type RowChange, type SourceIdUpsert, type StoredRecord } from './source-id-upsert.js';
import { BulkProbe, useBulkProbeDatabase } from './test-support/bulk-probe.js';

const probe = useBulkProbeDatabase();

interface ProbeRecord {
  readonly sourceRecordId: string;
  readonly person: Pick<BulkProbe, 'givenName' | 'aliases' | 'bornOn'>;
}

const CONTENT = ['givenName', 'aliases', 'bornOn'] as const;

const record = (sourceRecordId: string, givenName = 'Elena'): ProbeRecord => ({
  sourceRecordId,
  person: { givenName, aliases: [{ given: 'Алёна' }], bornOn: '1994-03-12' },
});

const byContent: SourceIdUpsert<ProbeRecord, BulkProbe, RowChange<BulkProbe>> = {
  entity: BulkProbe,
  ownerOrg: 'org-a',
  newRow: (imported) => imported.person,
  changes: (stored) => changedContent(stored, CONTENT, (imported) => imported.person),
  updated: CONTENT,
};

const upsert = (manager: EntityManager, records: readonly ProbeRecord[], plan: Partial<typeof byContent> = {}) =>
  upsertBySourceId(manager, records, { ...byContent, ...plan });

const stored = async () =>
  (await probe.dataSource.getRepository(BulkProbe).find({ order: { sourceRecordId: 'ASC' } })).map((row) => ({
    id: row.id,
    source: row.sourceRecordId,
    givenName: row.givenName,
    touched: row.updatedAt.getUTCFullYear() > 2000,
  }));

describe('upsertBySourceId (an import batch, idempotent by source id)', () => {
  it('inserts the source ids not stored, updates the stored rows whose content differs, and leaves the others alone', async () => {
    expect(await upsert(probe.dataSource.manager, [record('s-1'), record('s-2')])).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    const [first, second] = await stored();

    const written: Array<{ inserted: ReadonlyArray<InsertedRecord<ProbeRecord>>; changed: ReadonlyArray<RowChange<BulkProbe>> }> = [];
    const counts = await upsert(probe.dataSource.manager, [record('s-1'), record('s-2', 'Ilinca'), record('s-3')], {
      afterWrite: async (pass) => {
        written.push(pass);
      },
    });

    expect(counts).toEqual({ inserted: 1, updated: 1, unchanged: 1 });
    const after = await stored();
    expect(after).toEqual([
      { ...first, touched: false },
      { ...second, givenName: 'Ilinca', touched: true },
      { id: expect.any(String), source: 's-3', givenName: 'Elena', touched: false },
    ]);
    expect(written).toHaveLength(1);
    expect(written[0]?.inserted.map(({ record: inserted, id }) => [inserted.sourceRecordId, id])).toEqual([['s-3', after[2]?.id]]);
    expect(written[0]?.changed.map(({ row }) => row)).toEqual([{ id: second?.id, givenName: 'Ilinca', aliases: [{ given: 'Алёна' }], bornOn: '1994-03-12' }]);
  });

  it('takes a claimed row as the record’s own: compares and updates it, its source id included, and inserts nothing', async () => {
    const [apiRow] = await insertRows(probe.dataSource.manager, BulkProbe, [{ ownerOrg: 'org-a', sourceRecordId: 'api-7', givenName: 'Elena' }], {
      returning: ['id', 'ownerOrg', 'sourceRecordId', 'givenName'],
    });
    const withSource = [...CONTENT, 'sourceRecordId'] as const;

    const counts = await upsert(probe.dataSource.manager, [record('s-9')], {
      claimed: new Map([['s-9', apiRow as BulkProbe]]),
      changes: (rows: ReadonlyArray<StoredRecord<ProbeRecord, BulkProbe>>) =>
        changedContent(rows, withSource, (imported) => ({ ...imported.person, sourceRecordId: imported.sourceRecordId })),
      updated: withSource,
    });

    expect(counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await stored()).toEqual([{ id: apiRow?.id, source: 's-9', givenName: 'Elena', touched: true }]);
  });

  it('compares on a second pass a row another transaction inserted between the lookup and the INSERT', async () => {
    let lookups = 0;
    const counts = await probe.dataSource.transaction((manager) =>
      upsert(manager, [record('s-1', 'Ilinca')], {
        changes: async (rows) => {
          lookups += 1;
          // Committed by another connection after this pass's lookup: our INSERT skips it on conflict.
          if (lookups === 1) await insertRows(probe.dataSource.manager, BulkProbe, [{ ownerOrg: 'org-a', sourceRecordId: 's-1', givenName: 'Elena' }]);
          return changedContent(rows, CONTENT, (imported) => imported.person);
        },
      }),
    );

    expect(lookups).toBe(2);
    expect(counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await stored()).toEqual([{ id: expect.any(String), source: 's-1', givenName: 'Ilinca', touched: true }]);
  });
});
