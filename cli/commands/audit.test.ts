import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditLog } from '../../shared/audit/index.js';
import { ConfigError } from '../../shared/config/index.js';
import {
  closeDataSource,
  databaseUrl,
  ensureDatabase,
  openDataSource,
  startEmbeddedPostgres,
  type EmbeddedPostgresServer,
} from '../../shared/database/index.js';
import { freePort } from '../../test/support/free-port.js';
import { locateAuditDatabase, runAudit } from './audit.js';

describe('where `beacon audit verify` looks for a subgraph database', () => {
  const env = { BEACON_HOME: '/srv/beacon-home', BEACON_PG_PORT: '54400' };

  it('takes --database-url first', () => {
    const located = locateAuditDatabase('ngo', 'postgres://a@flag/db', { ...env, BEACON_NGO_DATABASE_URL: 'postgres://a@own/db', DATABASE_URL: 'postgres://a@server/postgres' });
    expect(located).toEqual({ kind: 'url', url: 'postgres://a@flag/db' });
  });

  it("then the subgraph's own BEACON_<PREFIX>_DATABASE_URL", () => {
    const located = locateAuditDatabase('law-enforcement', undefined, {
      ...env,
      BEACON_LAW_ENFORCEMENT_DATABASE_URL: 'postgres://a@own/le',
      DATABASE_URL: 'postgres://a@server/postgres',
    });
    expect(located).toEqual({ kind: 'url', url: 'postgres://a@own/le' });
  });

  it("then DATABASE_URL's server, with the subgraph's database", () => {
    expect(locateAuditDatabase('law-enforcement', undefined, { ...env, DATABASE_URL: 'postgres://u:p@server:5432/postgres' })).toEqual({
      kind: 'url',
      url: 'postgres://u:p@server:5432/beacon_law_enforcement',
    });
  });

  it("then the dev stack's embedded Postgres under BEACON_HOME, on BEACON_PG_PORT", () => {
    expect(locateAuditDatabase('financial', undefined, env)).toEqual({
      kind: 'embedded',
      dataDir: '/srv/beacon-home/pg',
      port: 54400,
      database: 'beacon_financial',
    });
  });

  it('refuses a subgraph that does not exist, naming the ones that do', () => {
    expect(() => locateAuditDatabase('bank', undefined, env)).toThrow(ConfigError);
    expect(() => locateAuditDatabase('bank', undefined, env)).toThrow(/law-enforcement, ngo, financial, linkage/);
  });
});

describe('`beacon audit verify` on the embedded Postgres of a dev stack', () => {
  let home: string;
  let port: number;
  let postgres: EmbeddedPostgresServer | undefined;
  let output: string[];

  function isListening(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = net.connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
  }

  async function verify(): Promise<number> {
    output = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (output.push(String(chunk)), true));
    try {
      return await runAudit(['verify', '--subgraph', 'ngo'], { BEACON_HOME: home, BEACON_PG_PORT: String(port) });
    } finally {
      write.mockRestore();
    }
  }

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'beacon-audit-cli-'));
    // mkdtemp makes the folder 0700; as root the embedded Postgres runs as another OS user.
    await chmod(home, 0o711);
    port = await freePort();
    postgres = await startEmbeddedPostgres({ dataDir: join(home, 'pg'), port });
    await ensureDatabase(postgres.url, 'beacon_ngo');
    const dataSource = await openDataSource({ url: databaseUrl(postgres.url, 'beacon_ngo'), entities: [], migrations: [] });
    const actor = { sub: 'demo:ngo-caseworker', org: 'safe-passage', sector: 'NGO', roles: ['caseworker'] };
    await new AuditLog(dataSource).append(
      [1, 2, 3].map((n) => ({
        requestId: `req-cli-000${n}`,
        actor,
        purpose: 'victim-support',
        justification: null,
        operationHash: null,
        kind: 'DISCLOSURE' as const,
        recordType: 'Survivor',
        recordIds: [`s-${n}`],
        recordOwnerOrg: 'safe-passage',
        fields: ['givenName'],
        outcome: 'ALLOWED' as const,
        errorCode: null,
      })),
    );
    await closeDataSource(dataSource);
  });

  afterEach(() => vi.restoreAllMocks());

  afterAll(async () => {
    await postgres?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('uses the running Postgres, with the password kept beside its data, and leaves it running', async () => {
    expect(await verify()).toBe(0);
    expect(output.join('')).toMatch(/^3 events, chain intact\nhead: event 3, hash [0-9a-f]{64}\n$/);
    expect(await isListening()).toBe(true);
  });

  it('starts the embedded Postgres for the check when it is not running, and stops it afterwards', async () => {
    await postgres?.stop();
    postgres = undefined;
    expect(await verify()).toBe(0);
    expect(output.join('')).toContain('3 events, chain intact');
    expect(await isListening()).toBe(false);
  });

  it('says what to pass when there is neither a database URL nor an embedded Postgres', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'beacon-audit-cli-empty-'));
    try {
      await expect(runAudit(['verify', '--subgraph', 'ngo'], { BEACON_HOME: empty, BEACON_PG_PORT: String(port) })).rejects.toThrow(
        /--database-url is needed/,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
