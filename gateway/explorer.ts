import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * GraphiQL with every script, style, font and worker inlined (~9 MB), so the explorer works on
 * an air-gapped network and never pulls code from a CDN into a page that holds a bearer token.
 * Hive Gateway's own GraphiQL loads from unpkg, which is why it is switched off in the runtime.
 */
export function renderExplorer(graphqlEndpoint: string): Buffer {
  const html = renderGraphiQL({
    endpoint: graphqlEndpoint,
    title: 'Beacon explorer',
    // Every query needs a token; the placeholder shows where it goes instead of a bare 401.
    headers: JSON.stringify({ Authorization: 'Bearer <token>', 'x-beacon-purpose': '<purpose>' }, null, 2),
    // Tokens stay in the tab: persisting them would leave credentials in the browser's storage.
    shouldPersistHeaders: false,
  });
  return Buffer.from(html, 'utf8');
}
