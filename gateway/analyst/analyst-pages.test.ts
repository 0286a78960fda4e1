import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYST_PATH, analystPageRoutes } from './index.js';

let server: Server;
let base: string;

beforeAll(async () => {
  const routes = analystPageRoutes({ graphqlEndpoint: '/graphql' });
  server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://test.invalid').pathname];
    if (route) return route(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('the analyst pages as served', () => {
  it('serve a page whose every asset is on this origin, under a policy that allows no other', async () => {
    const response = await fetch(`${base}${ANALYST_PATH}`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:|unsafe-inline|unsafe-eval/);
    const html = await response.text();
    // What the page loads (scripts, style sheets, images), not where its links lead.
    const loaded = [...html.matchAll(/<(?:script|link|img)\b[^>]*\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(html.match(/\s(?:src|href)="/g)).toHaveLength(loaded.length + 1); // + the explorer link
    expect(loaded.sort()).toEqual(['/analyst/analyst.client.js', '/analyst/analyst.css']);
    for (const asset of loaded) expect((await fetch(`${base}${asset}`)).status).toBe(200);
    // Every module the entry script imports, and theirs, is served from here too.
    const modules = new Set<string>();
    const pending = ['analyst.client.js'];
    while (pending.length > 0) {
      const file = pending.pop()!;
      const response = await fetch(`${base}/analyst/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      for (const [, imported] of (await response.text()).matchAll(/from '\.\/([\w.-]+\.js)'/g)) {
        if (!modules.has(imported!)) pending.push(imported!);
        modules.add(imported!);
      }
    }
    expect([...modules].sort()).toEqual(['api.js', 'figure.js', 'heatmap.js', 'route-map.js', 'trend-chart.js', 'world-map.js']);
  });

  it('carry the world map pre-rendered, keyed by ISO alpha-2 with projected centroids, and no figure', async () => {
    const html = await (await fetch(`${base}${ANALYST_PATH}`)).text();
    const countries = [...html.matchAll(/data-code="([A-Z]{2})" data-name="[^"]*" data-x="(-?[\d.]+)" data-y="(-?[\d.]+)"/g)];
    expect(countries.length).toBeGreaterThan(160);
    const codes = new Set(countries.map((match) => match[1]));
    for (const code of ['GB', 'MD', 'RO', 'US', 'BR', 'NG', 'IN']) expect(codes).toContain(code);
    expect(html).not.toMatch(/data-value|data-suppressed/);
    // The hatch that marks "fewer than k" and the arrowhead exist once, for both maps.
    expect(html.match(/id="suppressed-hatch"/g)).toHaveLength(1);
    expect(html.match(/id="arrowhead"/g)).toHaveLength(1);
  });

  it('link back to the API explorer on the same gateway', async () => {
    const html = await (await fetch(`${base}${ANALYST_PATH}`)).text();
    expect(html).toContain('<a href="/">API explorer</a>');
  });
});
