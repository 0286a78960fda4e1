import { readFileSync } from 'node:fs';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import {
  JUSTIFICATION_HEADER,
  MAX_JUSTIFICATION_LENGTH,
  PERSONAS,
  PURPOSE_HEADER,
  PURPOSES,
} from '../../shared/auth/index.js';
import type { ExplorerTab } from './example-tabs.js';

export interface ExplorerPageOptions {
  /** The path GraphiQL posts operations to, e.g. `/graphql`. */
  readonly graphqlEndpoint: string;
  /** Tabs open when the page loads (the examples). */
  readonly tabs: readonly ExplorerTab[];
  /** Where the demo-persona picker fetches tokens; absent (no picker) outside the dev stack. */
  readonly devTokenPath?: string;
}

/** What the page's own script needs to know, serialised into the page. */
export interface ExplorerClientConfig {
  readonly endpoint: string;
  readonly purposeHeader: string;
  readonly justificationHeader: string;
  readonly maxJustificationLength: number;
  /** Sectors whose consultations of personal data need a justification (see shared/policy/rules.ts). */
  readonly justificationSectors: readonly string[];
  /** Every purpose with what it is for; the page offers those the token grants. */
  readonly purposes: Readonly<Record<string, string>>;
  readonly devTokenPath: string | null;
  readonly personas: ReadonlyArray<{ name: string; summary: string }>;
}

const client = (file: string) => readFileSync(new URL(`./client/${file}`, import.meta.url), 'utf8');

/**
 * Defence in depth for "no request leaves the gateway": even a bug in GraphiQL or in our script
 * cannot fetch, load or post anywhere but this origin. Inline script and `eval` are GraphiQL's
 * (one inlined bundle, Monaco's workers built from blobs); fonts and images are data: URLs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src blob:",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The explorer: GraphiQL with every asset inlined (render-graphiql), plus our sign-in panel and
 * script. renderGraphiQL takes JSON options only, so it cannot be given a fetcher; our script,
 * which runs first, catches the `YogaGraphiQL` global the bundle defines and mounts GraphiQL
 * itself, with a fetcher that adds the signed-in caller's headers, once someone has signed in.
 */
export function renderExplorerPage(options: ExplorerPageOptions): string {
  const config: ExplorerClientConfig = {
    endpoint: options.graphqlEndpoint,
    purposeHeader: PURPOSE_HEADER,
    justificationHeader: JUSTIFICATION_HEADER,
    maxJustificationLength: MAX_JUSTIFICATION_LENGTH,
    justificationSectors: ['LAW_ENFORCEMENT'],
    purposes: PURPOSES,
    devTokenPath: options.devTokenPath ?? null,
    personas: options.devTokenPath
      ? Object.entries(PERSONAS).map(([name, claims]) => ({
          name,
          summary: `${claims.roles.join(', ')} at ${claims.org} (${claims.sector.toLowerCase().replaceAll('_', ' ')})`,
        }))
      : [],
  };
  const graphiql = renderGraphiQL({
    endpoint: options.graphqlEndpoint,
    title: 'Beacon explorer',
    defaultTabs: options.tabs.map((tab) => ({ query: tab.query, variables: tab.variables, headers: '{}' })),
    // Identity and purpose come from the sign-in panel; the headers editor is for extras only.
    headers: '{}',
    // Tokens stay in the tab: persisting them would leave credentials in the browser's storage.
    shouldPersistHeaders: false,
  });
  const head =
    `<style>${client('explorer.css')}</style>` +
    `<script type="application/json" id="beacon-explorer-config">${scriptSafeJson(config)}</script>` +
    `<script>${client('explorer.client.js')}</script>`;
  return replaceOnce(
    replaceOnce(
      replaceOnce(graphiql, '<head>', `<head><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
      '</head>',
      `${head}</head>`,
    ),
    '<div id="root"></div>',
    client('sign-in-panel.html'),
  );
}

/** JSON that cannot close the `<script>` element it sits in. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/**
 * Replaces the first `anchor`. render-graphiql is pinned; if a new version moves an anchor the
 * gateway refuses to start instead of serving a page without its sign-in panel.
 */
function replaceOnce(html: string, anchor: string, replacement: string): string {
  const at = html.indexOf(anchor);
  if (at < 0) throw new Error(`The GraphiQL page no longer contains ${anchor}; update gateway/explorer/explorer-page.ts.`);
  return html.slice(0, at) + replacement + html.slice(at + anchor.length);
}
