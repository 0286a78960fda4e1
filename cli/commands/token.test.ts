import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEACON_AUDIENCE, createTokenVerifier, DEV_ISSUER, PERSONAS, type TokenVerifier } from '../../shared/auth/index.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI_TIMEOUT_MS = 60_000;

let home: string;

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'beacon-token-cli-'));
});

afterAll(async () => {
  if (home) await rm(home, { recursive: true, force: true });
});

/** The caller's environment minus every BEACON_* setting, so the developer's shell cannot leak in. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('BEACON_') && name !== 'DATABASE_URL') env[name] = value;
  }
  return { ...env, ...extra };
}

/** Runs the real `beacon` binary, as a user would. */
function beacon(args: string[], options: { home?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, ['cli/bin.js', ...args], {
    cwd: REPO_ROOT,
    env: cleanEnv({ BEACON_HOME: options.home ?? home, ...options.env }),
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const verifierFor = (folder: string): TokenVerifier =>
  createTokenVerifier({ issuers: [{ issuer: DEV_ISSUER, jwksFile: path.join(folder, 'keys', 'jwks.json') }], audience: BEACON_AUDIENCE });

describe('beacon token', () => {
  it('prints a token for a persona that verifies against <BEACON_HOME>/keys/jwks.json with the persona\'s claims', async () => {
    const { status, stdout, stderr } = beacon(['token', '--persona', 'le-investigator']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const token = stdout.trim();
    expect(stdout).toBe(`${token}\n`);
    expect(token.split('.')).toHaveLength(3);

    const principal = await verifierFor(home).verify(token);
    expect(principal).toEqual({ ...PERSONAS['le-investigator'], issuer: DEV_ISSUER });
  });

  it('reuses the same key on a second run, so the first token keeps verifying', async () => {
    const first = beacon(['token', '--persona', 'ngo-caseworker']);
    const second = beacon(['token', '--persona', 'hub-analyst']);
    expect([first.status, second.status]).toEqual([0, 0]);
    const kidOf = (token: string) => jwt.decode(token.trim(), { complete: true })?.header.kid;
    expect(kidOf(first.stdout)).toBe(kidOf(second.stdout));
    const verifier = verifierFor(home);
    await expect(verifier.verify(first.stdout.trim())).resolves.toMatchObject({ sector: 'NGO' });
    await expect(verifier.verify(second.stdout.trim())).resolves.toMatchObject({ sector: 'HUB' });
  });

  it('mints from explicit --sub --org --sector --roles --purposes', async () => {
    const { status, stdout, stderr } = beacon([
      'token',
      '--sub', 'alice@northbank',
      '--org', 'northbank',
      '--sector', 'FINANCIAL',
      '--roles', 'compliance-officer, reviewer',
      '--purposes', 'aml-compliance,analysis',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    await expect(verifierFor(home).verify(stdout.trim())).resolves.toEqual({
      sub: 'alice@northbank',
      org: 'northbank',
      sector: 'FINANCIAL',
      roles: ['compliance-officer', 'reviewer'],
      purposes: ['aml-compliance', 'analysis'],
      issuer: DEV_ISSUER,
    });
  });

  it('honours --ttl', () => {
    const { status, stdout } = beacon(['token', '--persona', 'bank-compliance', '--ttl', '120']);
    expect(status).toBe(0);
    const payload = jwt.decode(stdout.trim()) as JwtPayload;
    expect(payload.exp! - payload.iat!).toBe(120);
  });

  it('exits 1 naming the missing flags when neither --persona nor all explicit claims are given', () => {
    const { status, stdout, stderr } = beacon(['token', '--sub', 'alice']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--org/);
    expect(stderr).toMatch(/--sector/);
    expect(stderr).toMatch(/--persona/);
  });

  it('exits 1 on a sector that is not one of the four', () => {
    const { status, stdout, stderr } = beacon(['token', '--sub', 'a', '--org', 'b', '--sector', 'ADMIN', '--roles', 'r', '--purposes', 'p']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--sector must be LAW_ENFORCEMENT, NGO, FINANCIAL or HUB/);
  });

  it('exits 1 on an unknown persona with a message listing the personas', () => {
    const { status, stdout, stderr } = beacon(['token', '--persona', 'root']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('"root"');
    for (const persona of Object.keys(PERSONAS)) expect(stderr).toContain(persona);
  });

  it('refuses to mint, printing no token, when BEACON_TRUSTED_ISSUERS does not trust the dev issuer', () => {
    const freshHome = path.join(home, 'untrusted');
    const { status, stdout, stderr } = beacon(['token', '--persona', 'le-investigator'], {
      home: freshHome,
      env: { BEACON_TRUSTED_ISSUERS: '[{"issuer":"https://idp.example.org","jwksUrl":"https://idp.example.org/jwks"}]' },
    });
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/does not trust the dev issuer/);
    expect(stderr).toContain(DEV_ISSUER);
    expect(existsSync(path.join(freshHome, 'keys'))).toBe(false);
  });

  it('mints when BEACON_TRUSTED_ISSUERS includes the dev issuer', async () => {
    const jwksFile = path.join(home, 'keys', 'jwks.json');
    const { status, stdout } = beacon(['token', '--persona', 'hub-analyst'], {
      env: { BEACON_TRUSTED_ISSUERS: JSON.stringify([{ issuer: DEV_ISSUER, jwksFile }]) },
    });
    expect(status).toBe(0);
    await expect(verifierFor(home).verify(stdout.trim())).resolves.toMatchObject({ sub: 'demo:hub-analyst' });
  });
});
