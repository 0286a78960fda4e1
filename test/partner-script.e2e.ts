import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/stack.js';

/*
 * examples/partner-script.ts is what a partner developer copies first, so it runs here exactly as
 * its header says: a separate Node process, the typed SDK, the gateway over real HTTP.
 */
const run = promisify(execFile);
const REPO = fileURLToPath(new URL('..', import.meta.url));

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function partnerScript(env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'examples/partner-script.ts', ...args], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('examples/partner-script.ts against the dev stack', () => {
  it('prints the demo person linked across three sectors, with the fields a hub analyst may see', async () => {
    const result = await partnerScript({
      BEACON_URL: `${stack.gatewayUrl}/graphql`,
      BEACON_TOKEN: stack.tokens['hub-analyst'],
      BEACON_PURPOSE: 'analysis',
    });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^1 linked person; \d+ field\(s\) withheld by policy\.$/);
    expect(lines[0]).toMatch(/law enforcement: .*\| ngo: .*\| financial: /);
    expect(lines[0]).toContain('NAME_DOB');
  });

  it('shows a caseworker the survivor names her policy allows and withholds the rest', async () => {
    const result = await partnerScript({
      BEACON_URL: `${stack.gatewayUrl}/graphql`,
      BEACON_TOKEN: stack.tokens['ngo-caseworker'],
      BEACON_PURPOSE: 'victim-support',
    });

    expect(result.code).toBe(0);
    // Her own survivor record, in the Cyrillic it was recorded in; the police record of the same
    // woman is referenced to her (it is discoverable to NGOs) but its name is not hers to read.
    expect(result.stdout).toContain('ngo: Елена Петрова');
    expect(result.stdout).toContain('law enforcement: (name withheld)');
    expect(result.stdout).not.toContain('financial:');
    expect(result.stdout).toMatch(/[1-9]\d* field\(s\) withheld by policy/);
  });

  it('says in words that the token was refused, and exits 1, when the token is not trusted', async () => {
    const result = await partnerScript({
      BEACON_URL: `${stack.gatewayUrl}/graphql`,
      BEACON_TOKEN: `${stack.tokens['hub-analyst'].slice(0, -4)}AAAA`,
      BEACON_PURPOSE: 'analysis',
    });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('HTTP 401');
    expect(result.stdout).toBe('');
  });

  it('names the missing settings and exits 2 without calling Beacon', async () => {
    const result = await partnerScript({ BEACON_URL: `${stack.gatewayUrl}/graphql` });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('BEACON_TOKEN');
  });
});
