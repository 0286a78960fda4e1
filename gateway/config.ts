import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The port the gateway listens on when `BEACON_GATEWAY_PORT` is not set. */
export const DEFAULT_GATEWAY_PORT = 4000;
/** The committed supergraph, at the repository root. */
export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
/**
 * How long one subgraph call may take. Long enough for a cold linkage query, short enough that a
 * hung subgraph costs the caller seconds, not the default minutes, before partial data returns.
 */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;
/** Subgraph names as they appear in the supergraph's `join__Graph` enum. */
export const SUBGRAPH_NAMES = ['law-enforcement', 'ngo', 'financial', 'linkage'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface GatewayConfig {
  /** Port for the gateway's HTTP server. Default {@link DEFAULT_GATEWAY_PORT}. */
  readonly port: number;
  /** Absolute path of the supergraph SDL to serve. Default {@link DEFAULT_SUPERGRAPH_PATH}. */
  readonly supergraphPath: string;
  /**
   * Subgraph URLs that replace the ones written in the supergraph, keyed by {@link SubgraphName}.
   * Only the subgraphs whose variable is set appear; the others keep the supergraph's URL.
   */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** Per-call timeout for subgraph requests. Default {@link DEFAULT_SUBGRAPH_TIMEOUT_MS}. */
  readonly subgraphTimeoutMs: number;
}

/** `law-enforcement` → `BEACON_SUBGRAPH_URL_LAW_ENFORCEMENT`. */
export function subgraphUrlVariable(name: SubgraphName): string {
  return `BEACON_SUBGRAPH_URL_${name.toUpperCase().replaceAll('-', '_')}`;
}

/**
 * The only reader of the environment for the gateway. Fails at startup, naming the variable, so a
 * typo never becomes a gateway quietly pointing at the wrong place.
 */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphUrls: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const variable = subgraphUrlVariable(name);
    const value = nonEmpty(env, variable);
    if (value !== undefined) subgraphUrls[name] = httpUrl(variable, value);
  }
  const supergraph = nonEmpty(env, 'BEACON_SUPERGRAPH');
  return Object.freeze({
    port: integer(env, 'BEACON_GATEWAY_PORT', DEFAULT_GATEWAY_PORT, 0, 65_535),
    supergraphPath: supergraph === undefined ? DEFAULT_SUPERGRAPH_PATH : absolute(supergraph),
    subgraphUrls: Object.freeze(subgraphUrls),
    subgraphTimeoutMs: integer(env, 'BEACON_SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS, 1, 600_000),
  });
}

function nonEmpty(env: NodeJS.ProcessEnv, variable: string): string | undefined {
  const value = env[variable]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: NodeJS.ProcessEnv, variable: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env, variable);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new Error(`${variable} must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}.`);
  }
  return value;
}

function httpUrl(variable: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${variable} must be an absolute http(s) URL; got ${JSON.stringify(raw)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${variable} must use http or https; got ${JSON.stringify(url.protocol)}.`);
  }
  return raw;
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}
