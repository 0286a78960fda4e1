import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first `prev_hash` of every log: there is no event before the first one. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Serialises appends to the chain. Any constant works as long as nothing else in the database
 * takes the same advisory lock; this is "beacon-a" read as a 64-bit integer.
 */
const CHAIN_LOCK_KEY = '7090180268063862113';

/**
 * `audit_event`: every subgraph's own append-only, hash-chained audit log. `createDataSource`
 * appends this migration to every service's migrations, so no subgraph can be without one.
 *
 * Tamper resistance comes in two layers:
 *   1. Privileges. In production the service connects as a role that may only INSERT and SELECT
 *      this table (the REVOKE below removes anything PUBLIC could have had); only the database
 *      owner could change rows, and the owner is not the service.
 *   2. Triggers. They refuse UPDATE, DELETE and TRUNCATE for everyone, including a superuser who
 *      does not first disable them — which is the guard in the dev stack, whose services connect
 *      as the superuser. What a superuser does with triggers disabled is caught by the chain:
 *      `beacon audit verify` recomputes it and names the first event that does not fit.
 */
export class AuditEvents1765900000000 implements MigrationInterface {
  name = 'AuditEvents1765900000000';

  async up(runner: QueryRunner): Promise<void> {
    // Not `bigserial`: a column default is evaluated before BEFORE triggers, i.e. before the chain
    // lock is held, so two concurrent appends could get ids in one order and chain links in the
    // other. The trigger takes the id from this sequence under the lock instead, so id order is
    // chain order and the verifier can walk the chain by id.
    await runner.query('CREATE SEQUENCE audit_event_id_seq AS bigint');
    await runner.query(`
      CREATE TABLE audit_event (
        id bigint PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        request_id text NOT NULL,
        actor_sub text NOT NULL,
        actor_org text NOT NULL,
        actor_sector text NOT NULL,
        actor_roles text[] NOT NULL DEFAULT '{}',
        purpose text,
        justification text,
        operation_hash text,
        kind text NOT NULL CHECK (kind IN ('DISCLOSURE', 'WRITE', 'DENIAL')),
        record_type text,
        record_ids text[] NOT NULL DEFAULT '{}',
        record_owner_org text,
        fields text[] NOT NULL DEFAULT '{}',
        outcome text NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED', 'FAILED')),
        error_code text,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await runner.query('ALTER SEQUENCE audit_event_id_seq OWNED BY audit_event.id');
    // An auditor asks for one record of their own organisation: owner and type narrow it, the
    // GIN index finds the id inside record_ids.
    await runner.query('CREATE INDEX audit_event_owner_type ON audit_event (record_owner_org, record_type)');
    await runner.query('CREATE INDEX audit_event_record_ids ON audit_event USING gin (record_ids)');

    // The one definition of what an event's hash covers, used by the trigger and by the verifier.
    // jsonb's text form is canonical (fixed spacing and escaping, nulls explicit, arrays ordered)
    // and the time is rendered in UTC, so the text does not depend on the session's settings.
    // The id is left out on purpose: the chain, not the id, carries the order, and an event moved
    // to another position then shows as a broken link rather than as an edit.
    await runner.query(`
      CREATE FUNCTION audit_event_payload(e audit_event) RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT jsonb_build_array(
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.request_id, e.actor_sub, e.actor_org, e.actor_sector, e.actor_roles,
          e.purpose, e.justification, e.operation_hash, e.kind, e.record_type, e.record_ids,
          e.record_owner_org, e.fields, e.outcome, e.error_code
        )::text
      $$`);

    await runner.query(`
      CREATE FUNCTION audit_event_chain() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        previous text;
      BEGIN
        -- Under a snapshot taken before the lock was granted, the last event could be invisible
        -- and the chain would fork.
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          RAISE EXCEPTION 'audit_event rows must be appended in a READ COMMITTED transaction, not %',
            current_setting('transaction_isolation');
        END IF;
        PERFORM pg_advisory_xact_lock(${CHAIN_LOCK_KEY});
        SELECT hash INTO previous FROM audit_event ORDER BY id DESC LIMIT 1;
        -- Whatever the inserting statement said, the database numbers, dates and chains the event.
        NEW.id := nextval('audit_event_id_seq');
        NEW.occurred_at := now();
        NEW.prev_hash := COALESCE(previous, '${GENESIS_HASH}');
        NEW.hash := encode(sha256(convert_to(NEW.prev_hash || audit_event_payload(NEW), 'UTF8')), 'hex');
        RETURN NEW;
      END
      $$`);
    await runner.query(`
      CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`);

    await runner.query(`
      CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege',
                HINT = 'Audit events are never changed or removed; record a new event instead.';
      END
      $$`);
    // Statement level: refuses even an UPDATE or DELETE that matches no row, and TRUNCATE.
    await runner.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`);
    await runner.query('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC');
  }

  async down(runner: QueryRunner): Promise<void> {
    // The payload function takes the table's row type, so it goes first.
    await runner.query('DROP FUNCTION audit_event_payload(audit_event)');
    await runner.query('DROP TABLE audit_event');
    await runner.query('DROP FUNCTION audit_event_refuse_change()');
    await runner.query('DROP FUNCTION audit_event_chain()');
  }
}
