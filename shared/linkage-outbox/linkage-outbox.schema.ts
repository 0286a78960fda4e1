/**
 * The outbox table lives in each sector's own database, beside the records it describes, so a
 * record and its publication commit together. Each sector's initial migration runs this DDL.
 */
export const LINKAGE_OUTBOX_DDL = [
  `CREATE TABLE linkage_outbox (
     id bigserial PRIMARY KEY,
     record_id text NOT NULL,
     publication jsonb NOT NULL,
     enqueued_at timestamptz NOT NULL DEFAULT now(),
     published_at timestamptz,
     attempts integer NOT NULL DEFAULT 0
   )`,
  `CREATE INDEX linkage_outbox_pending ON linkage_outbox (id) WHERE published_at IS NULL`,
];
export const LINKAGE_OUTBOX_DROP = ['DROP TABLE linkage_outbox'];
