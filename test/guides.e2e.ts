import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_ISSUER } from '../shared/auth/index.js';
import { freePort } from './support/free-port.js';
import { fencedBlocks, missingOutputLines, shellSteps, type FencedBlock } from './support/markdown-blocks.js';
import { startTestStack, type TestStack } from './support/stack.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GUIDES = ['docs/partner-guide.md', 'docs/operations.md'] as const;
const guide = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** Minting a token, starting a gateway or running codegen is slow on a busy two-core machine. */
const BLOCK_TIMEOUT_MS = 300_000;
/** What a `sh scratch` block may rewrite: it runs in a copy of these, never in the checkout. */
const SCRATCH_COPIES = ['sdk', 'examples', 'codegen.yml', 'supergraph.graphql', 'package.json', 'tsconfig.json'];

describe('the operations the guides show', () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'sdk/schema.graphql'), 'utf8'));

  it.each(GUIDES)('%s: every GraphQL block is valid against the partner schema', (path) => {
    const blocks = fencedBlocks(guide(path)).filter((block) => block.language === 'graphql');
    for (const block of blocks) {
      const errors = validate(schema, parse(block.body)).map((error) => error.message);
      expect(errors, `${path}:${block.line}`).toEqual([]);
    }
  });

  it('the partner guide shows operations at all, and the examples it names exist', () => {
    const text = guide('docs/partner-guide.md');
    expect(fencedBlocks(text).filter((block) => block.language === 'graphql').length).toBeGreaterThan(0);
    // Files a block writes itself (`cat > examples/…`, the SDK walk-through) are not expected to exist.
    const written = new Set([...text.matchAll(/> (examples\/[\w-]+\.graphql)/g)].map(([, path]) => path));
    const named = [...text.matchAll(/examples\/[\w-]+\.(?:graphql|ts)/g)].map(([path]) => path).filter((path) => !written.has(path));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});

describe('the guides, command by command, against a dev stack', () => {
  let stack: TestStack;
  let work: string;
  let runDir: string;

  /** Bash that runs a block after loading what earlier blocks exported (variables and functions). */
  function wrapped(state: string, block: FencedBlock): string {
    return `set -euo pipefail\nsource "${state}"\n${block.body}\n{ export -p; declare -f; } > "${state}"\n`;
  }

  function bash(script: string, cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const env = { ...process.env };
      // The guides set what they need; a developer's own settings must not leak into them.
      for (const name of Object.keys(env)) if (name.startsWith('BEACON_') || name === 'REDIS_URL') delete env[name];
      const child = spawn('bash', ['-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: BLOCK_TIMEOUT_MS });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  }

  /** A throwaway copy of the parts of the checkout a `sh scratch` block rewrites. */
  function scratchCheckout(): string {
    const scratch = join(work, `scratch-${randomBytes(3).toString('hex')}`);
    for (const entry of SCRATCH_COPIES) cpSync(join(ROOT, entry), join(scratch, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    return scratch;
  }

  beforeAll(async () => {
    stack = await startTestStack();
    work = await mkdtemp(join(tmpdir(), 'beacon-guides-'));
    runDir = join(work, 'run');
    const jwksFile = stack.issuer.jwksFile;
    // What each guide says its reader brings: a gateway URL, subgraph URLs, the issuers, a token.
    const given: Record<string, string> = {
      BEACON_URL: `${stack.gatewayUrl}/graphql`,
      // The dev issuer's keys live in <home>/keys: `npx beacon token` signs with the stack's own.
      BEACON_HOME: dirname(dirname(jwksFile)),
      LAW_ENFORCEMENT_URL: stack.subgraphUrls['law-enforcement']!,
      NGO_URL: stack.subgraphUrls.ngo!,
      FINANCIAL_URL: stack.subgraphUrls.financial!,
      LINKAGE_URL: stack.subgraphUrls.linkage!,
      TRUSTED_ISSUERS: JSON.stringify([{ issuer: DEV_ISSUER, jwksFile }]),
      HUB_TOKEN: stack.tokens['hub-analyst'],
      REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
      RUN_DIR: runDir,
      // Its own rate-limit keys: other runs share the Redis.
      DEPLOYMENT: `guides-${randomBytes(4).toString('hex')}`,
      A_PORT: String(await freePort()),
      A_METRICS_PORT: String(await freePort()),
      B_PORT: String(await freePort()),
      B_METRICS_PORT: String(await freePort()),
    };
    const exports = Object.entries(given).map(([name, value]) => `export ${name}=${JSON.stringify(value)}\n`).join('');
    mkdirSync(runDir, { recursive: true });
    for (const path of GUIDES) writeFileSync(join(work, `${stateName(path)}.state`), exports);
  });

  afterAll(async () => {
    // A failed block may leave a replica running: stop what the guide started, by its pid.
    for (const file of existsSync(runDir ?? '') ? readdirSync(runDir).filter((name) => name.endsWith('.pid')) : []) {
      const pid = Number(readFileSync(join(runDir, file), 'utf8'));
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // Already stopped, as the guide's last block does.
      }
    }
    await stack?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  for (const path of GUIDES) {
    const steps = shellSteps(guide(path));

    it(`${path} has commands to run, each of the walk-through's outputs after one`, () => {
      expect(steps.length).toBeGreaterThan(3);
      expect(steps.filter((step) => step.expected).length).toBeGreaterThan(3);
    });

    for (const { block, expected } of steps) {
      const title = block.body.split('\n').find((line) => line.trim())!.slice(0, 60);
      it(`${path}:${block.line} runs and prints what the guide shows: ${title}`, { timeout: BLOCK_TIMEOUT_MS }, async () => {
        const cwd = block.flags.includes('scratch') ? scratchCheckout() : ROOT;
        const result = await bash(wrapped(join(work, `${stateName(path)}.state`), block), cwd);
        expect(result.status, `exit ${result.status}\n${result.stdout}\n${result.stderr}`).toBe(0);
        if (expected) {
          expect(missingOutputLines(expected.body, result.stdout), `output:\n${result.stdout}\n${result.stderr}`).toEqual([]);
        }
      });
    }
  }
});

function stateName(path: string): string {
  return path.replace(/\W+/g, '-');
}
