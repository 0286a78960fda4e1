import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEV_TOKEN_PATH, devTokenRoute, type DemoTokenMinter } from './explorer/dev-token-route.js';
import { DEFAULT_EXAMPLES_DIR, exampleTabs } from './explorer/example-tabs.js';
import { renderExplorerPage } from './explorer/explorer-page.js';

export { DEV_TOKEN_PATH, DEFAULT_EXAMPLES_DIR };
export type { DemoTokenMinter };

export interface ExplorerOptions {
  /** Where GraphiQL posts operations. */
  readonly graphqlEndpoint: string;
  /** Folder of `*.graphql` operations opened as tabs. Default {@link DEFAULT_EXAMPLES_DIR}. */
  readonly examplesDir?: string;
  /**
   * Dev stack only: mints demo personas' tokens for the explorer's persona picker. Left out (as
   * `beacon gateway` always does) there is no picker and no token route.
   */
  readonly demoTokens?: DemoTokenMinter;
}

export interface Explorer {
  /**
   * GraphiQL with every script, style, font and worker inlined (~9 MB), so the explorer works on
   * an air-gapped network and never pulls code from a CDN into a page that holds a bearer token.
   * Hive Gateway's own GraphiQL loads from unpkg, which is why it is switched off in the runtime.
   */
  readonly html: Buffer;
  /** GET routes the explorer needs besides the page itself, by path. */
  readonly routes: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => void>>;
}

/** The explorer page, rendered once at start, and its routes. */
export function createExplorer(options: ExplorerOptions): Explorer {
  const html = renderExplorerPage({
    graphqlEndpoint: options.graphqlEndpoint,
    tabs: exampleTabs(options.examplesDir),
    devTokenPath: options.demoTokens ? DEV_TOKEN_PATH : undefined,
  });
  return {
    html: Buffer.from(html, 'utf8'),
    routes: options.demoTokens ? { [DEV_TOKEN_PATH]: devTokenRoute(options.demoTokens) } : {},
  };
}
