import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createExplorer, DEV_TOKEN_PATH } from './explorer.js';

let server: Server | undefined;
let folder: string | undefined;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

/** The JSON the page's script reads its settings from. */
function clientConfig(html: Buffer): { devTokenPath: string | null; personas: Array<{ name: string }> } {
  const match = /<script type="application\/json" id="beacon-explorer-config">(.*?)<\/script>/s.exec(html.toString('utf8'));
  expect(match, 'the page has no explorer config').not.toBeNull();
  return JSON.parse(match![1]!);
}

async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(handle);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the explorer', () => {
  it('has no persona picker and no token route unless the dev stack asks for one', () => {
    const explorer = createExplorer({ graphqlEndpoint: '/graphql' });
    expect(explorer.routes).toEqual({});
    expect(clientConfig(explorer.html)).toMatchObject({ devTokenPath: null, personas: [] });
  });

  it('hands out demo tokens by persona name in the dev stack, and refuses other names in words', async () => {
    const explorer = createExplorer({ graphqlEndpoint: '/graphql', demoTokens: (persona) => `token-of-${persona}` });
    expect(clientConfig(explorer.html).personas.map((persona) => persona.name)).toContain('ngo-caseworker');
    const base = await serve(explorer.routes[DEV_TOKEN_PATH]!);
    const ok = await fetch(`${base}${DEV_TOKEN_PATH}?persona=ngo-caseworker`);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(await ok.json()).toEqual({ token: 'token-of-ngo-caseworker' });
    const unknown = await fetch(`${base}${DEV_TOKEN_PATH}?persona=root`);
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(await unknown.json())).toContain('There is no demo persona \\"root\\"; choose one of le-investigator');
  });

  it('opens every example as a tab with its required variables filled in', async () => {
    folder = await mkdtemp(join(tmpdir(), 'beacon-examples-'));
    await writeFile(join(folder, 'b.graphql'), 'query B($id: ID!, $first: Int!, $optional: Int, $d: Int! = 3) { b }');
    await writeFile(join(folder, 'a.graphql'), 'query A { a }');
    await writeFile(join(folder, 'notes.md'), 'not an operation');
    const html = createExplorer({ graphqlEndpoint: '/graphql', examplesDir: folder }).html.toString('utf8');
    const tabs = /"defaultTabs":(\[.*?\]),"headers"/s.exec(html);
    expect(JSON.parse(tabs![1]!)).toEqual([
      { query: 'query A { a }', variables: '{}', headers: '{}' },
      { query: expect.stringContaining('query B'), variables: JSON.stringify({ id: '', first: 10 }, null, 2), headers: '{}' },
    ]);
  });

  it('forbids the page from connecting anywhere but its own origin', () => {
    const html = createExplorer({ graphqlEndpoint: '/graphql' }).html.toString('utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src 'self'/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });
});
