import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts as records of their own (a customer may hold several, an account several customers),
 * customers' full identifiers, transactions, and retention dates. Existing data moves over: each
 * holder's account number becomes an account it holds, its nationality the first of its list.
 */
export class AccountsAndTransactions1766000000000 implements MigrationInterface {
  name = 'AccountsAndTransactions1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE account_holder
        ADD COLUMN aliases jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN nationalities text[] NOT NULL DEFAULT '{}',
        ADD COLUMN emails text[] NOT NULL DEFAULT '{}',
        ADD COLUMN addresses jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN retention_until date,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await runner.query('UPDATE account_holder SET nationalities = ARRAY[nationality] WHERE nationality IS NOT NULL');
    // Keyset cursors carry the creation time as JavaScript sees it, to the millisecond: stored at
    // microseconds, a row would compare greater than its own cursor and be listed twice.
    await runner.query('ALTER TABLE account_holder ALTER COLUMN created_at TYPE timestamptz(3)');
    // The owner's customer list, oldest first, a keyset page at a time.
    await runner.query('CREATE INDEX account_holder_owner_created ON account_holder (owner_org, created_at, id)');
    await runner.query('CREATE INDEX account_holder_retention ON account_holder (retention_until) WHERE retention_until IS NOT NULL');

    await runner.query(`
      CREATE TYPE account_type AS ENUM ('CURRENT', 'SAVINGS', 'BUSINESS', 'PREPAID_CARD', 'MONEY_SERVICE', 'CRYPTO_WALLET', 'OTHER')`);
    await runner.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_org text NOT NULL,
        source_record_id text,
        type account_type NOT NULL,
        iban text,
        local_number text,
        country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        opened_on date,
        retention_until date,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (iban IS NOT NULL OR local_number IS NOT NULL)
      )`);
    // Idempotent opening, by the source system's id and by IBAN (one institution issues each once).
    await runner.query('CREATE UNIQUE INDEX account_owner_source ON account (owner_org, source_record_id)');
    await runner.query('CREATE UNIQUE INDEX account_owner_iban ON account (owner_org, iban)');
    // `accounts(first, after, type, country)`: the owner's list, and each filter, in keyset order.
    await runner.query('CREATE INDEX account_owner_created ON account (owner_org, created_at, id)');
    await runner.query('CREATE INDEX account_owner_type_created ON account (owner_org, type, created_at, id)');
    await runner.query('CREATE INDEX account_owner_country_created ON account (owner_org, country, created_at, id)');
    await runner.query('CREATE INDEX account_retention ON account (retention_until) WHERE retention_until IS NOT NULL');

    // Holdings go with either side: an erased customer holds nothing, a purged account has no holders.
    await runner.query(`
      CREATE TABLE account_holding (
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        account_holder_id uuid NOT NULL REFERENCES account_holder (id) ON DELETE CASCADE,
        PRIMARY KEY (account_id, account_holder_id)
      )`);
    await runner.query('CREATE INDEX account_holding_holder ON account_holding (account_holder_id, account_id)');

    await runner.query(`
      INSERT INTO account (owner_org, type, iban, country, created_at)
      SELECT DISTINCT ON (owner_org, account_number) owner_org, 'OTHER', account_number, substr(account_number, 1, 2), created_at
        FROM account_holder ORDER BY owner_org, account_number, created_at`);
    await runner.query(`
      INSERT INTO account_holding (account_id, account_holder_id)
      SELECT a.id, h.id FROM account_holder h JOIN account a ON a.owner_org = h.owner_org AND a.iban = h.account_number`);
    await runner.query('ALTER TABLE account_holder DROP COLUMN account_number, DROP COLUMN nationality');

    await runner.query(`
      CREATE TYPE transaction_channel AS ENUM ('WIRE', 'CASH_DEPOSIT', 'CASH_WITHDRAWAL', 'CARD', 'REMITTANCE', 'CRYPTO', 'CHEQUE', 'INTERNAL')`);
    await runner.query(`
      CREATE TYPE counterparty_kind AS ENUM (
        'INDIVIDUAL', 'BUSINESS', 'CLASSIFIED_AD_SITE', 'ESCORT_SERVICE', 'MONEY_SERVICE_BUSINESS', 'VIRTUAL_ASSET_SERVICE', 'GOVERNMENT', 'UNKNOWN'
      )`);
    // Amounts are bigint minor units: never a float, never negative (the direction says which way).
    await runner.query(`
      CREATE TABLE account_transaction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_org text NOT NULL,
        source_record_id text NOT NULL,
        from_account_id uuid REFERENCES account (id) ON DELETE CASCADE,
        to_account_id uuid REFERENCES account (id) ON DELETE CASCADE,
        counterparty_reference text,
        counterparty_country text,
        counterparty_kind counterparty_kind,
        amount_minor bigint NOT NULL CHECK (amount_minor >= 0 AND amount_minor <= 9007199254740991),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        occurred_at timestamptz NOT NULL,
        channel transaction_channel NOT NULL,
        location_code text,
        location_country text,
        branch_reference text,
        purpose_code text,
        merchant_category_code text,
        origin_country text,
        destination_country text,
        retention_until date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (from_account_id IS NOT NULL OR to_account_id IS NOT NULL),
        CHECK (from_account_id IS DISTINCT FROM to_account_id)
      )`);
    await runner.query('CREATE UNIQUE INDEX account_transaction_owner_source ON account_transaction (owner_org, source_record_id)');
    // An account's transactions by time, one index per side (and the foreign keys' indexes).
    await runner.query('CREATE INDEX account_transaction_from_time ON account_transaction (from_account_id, occurred_at, id)');
    await runner.query('CREATE INDEX account_transaction_to_time ON account_transaction (to_account_id, occurred_at, id)');
    // Location.financialTransactions (a place, or a country) and Corridor.financialTransactions.
    await runner.query('CREATE INDEX account_transaction_owner_place_time ON account_transaction (owner_org, location_code, occurred_at, id)');
    await runner.query(
      'CREATE INDEX account_transaction_owner_place_country_time ON account_transaction (owner_org, location_country, occurred_at, id)',
    );
    await runner.query(
      'CREATE INDEX account_transaction_owner_corridor_time ON account_transaction (owner_org, origin_country, destination_country, occurred_at, id)',
    );
    await runner.query('CREATE INDEX account_transaction_retention ON account_transaction (retention_until)');

    await runner.query('ALTER TABLE suspicious_activity_report ADD COLUMN retention_until date');
    await runner.query(`UPDATE suspicious_activity_report SET retention_until = (filed_at + interval '5 years')::date`);
    await runner.query(
      'CREATE INDEX suspicious_activity_report_retention ON suspicious_activity_report (retention_until) WHERE retention_until IS NOT NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX suspicious_activity_report_retention');
    await runner.query('ALTER TABLE suspicious_activity_report DROP COLUMN retention_until');
    await runner.query('DROP TABLE account_transaction');
    await runner.query('DROP TYPE counterparty_kind');
    await runner.query('DROP TYPE transaction_channel');
    await runner.query('ALTER TABLE account_holder ADD COLUMN account_number text, ADD COLUMN nationality text');
    await runner.query(`
      UPDATE account_holder h SET account_number = (
        SELECT a.iban FROM account_holding x JOIN account a ON a.id = x.account_id
         WHERE x.account_holder_id = h.id AND a.iban IS NOT NULL ORDER BY a.created_at LIMIT 1)`);
    await runner.query("UPDATE account_holder SET account_number = '' WHERE account_number IS NULL");
    await runner.query('ALTER TABLE account_holder ALTER COLUMN account_number SET NOT NULL');
    await runner.query('UPDATE account_holder SET nationality = nationalities[1]');
    await runner.query('DROP TABLE account_holding');
    await runner.query('DROP TABLE account');
    await runner.query('DROP TYPE account_type');
    await runner.query('DROP INDEX account_holder_retention');
    await runner.query('DROP INDEX account_holder_owner_created');
    await runner.query(`
      ALTER TABLE account_holder DROP COLUMN aliases, DROP COLUMN nationalities, DROP COLUMN emails,
        DROP COLUMN addresses, DROP COLUMN retention_until, DROP COLUMN updated_at`);
  }
}
