import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GATEWAY_PORT,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  DEFAULT_SUPERGRAPH_PATH,
  readGatewayConfig,
} from './config.js';

describe('readGatewayConfig', () => {
  it('defaults to port 4000, the committed supergraph and the supergraph URLs', () => {
    const config = readGatewayConfig({});
    expect(config).toEqual({
      port: DEFAULT_GATEWAY_PORT,
      supergraphPath: DEFAULT_SUPERGRAPH_PATH,
      subgraphUrls: {},
      subgraphTimeoutMs: DEFAULT_SUBGRAPH_TIMEOUT_MS,
    });
    expect(path.basename(config.supergraphPath)).toBe('supergraph.graphql');
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.subgraphUrls)).toBe(true);
  });

  it('reads every variable, keying URL overrides by subgraph name', () => {
    const config = readGatewayConfig({
      BEACON_GATEWAY_PORT: '8080',
      BEACON_SUPERGRAPH: 'build/supergraph.graphql',
      BEACON_SUBGRAPH_URL_LAW_ENFORCEMENT: 'http://le.internal:4001/graphql',
      BEACON_SUBGRAPH_URL_LINKAGE: 'https://hub.example.org/graphql',
      BEACON_SUBGRAPH_TIMEOUT_MS: '2500',
    });
    expect(config).toEqual({
      port: 8080,
      supergraphPath: path.resolve('build/supergraph.graphql'),
      subgraphUrls: {
        'law-enforcement': 'http://le.internal:4001/graphql',
        linkage: 'https://hub.example.org/graphql',
      },
      subgraphTimeoutMs: 2500,
    });
  });

  it('treats empty variables as unset', () => {
    expect(readGatewayConfig({ BEACON_GATEWAY_PORT: '', BEACON_SUBGRAPH_URL_NGO: ' ' })).toMatchObject({
      port: DEFAULT_GATEWAY_PORT,
      subgraphUrls: {},
    });
  });

  it.each([
    ['BEACON_GATEWAY_PORT', 'http'],
    ['BEACON_GATEWAY_PORT', '70000'],
    ['BEACON_GATEWAY_PORT', '40.5'],
    ['BEACON_SUBGRAPH_TIMEOUT_MS', '0'],
    ['BEACON_SUBGRAPH_URL_FINANCIAL', 'financial:4003'],
    ['BEACON_SUBGRAPH_URL_FINANCIAL', 'ftp://financial/graphql'],
  ])('fails naming %s when it is %j', (variable, value) => {
    expect(() => readGatewayConfig({ [variable]: value })).toThrow(variable);
  });
});
