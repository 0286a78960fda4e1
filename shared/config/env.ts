import { isSector, SECTORS, type IssuerKeysSource } from '../auth/index.js';

/** A configuration problem, named by its variable so the operator knows what to fix. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function readPort(env: Env, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(variable, `must be a port number, got "${raw}".`);
  return port;
}

export function readString(env: Env, variable: string, fallback?: string): string {
  const raw = env[variable];
  if (raw !== undefined && raw !== '') return raw;
  if (fallback !== undefined) return fallback;
  throw new ConfigError(variable, 'is required.');
}

export function readOptional(env: Env, variable: string): string | undefined {
  const raw = env[variable];
  return raw === undefined || raw === '' ? undefined : raw;
}

export function readUrl(env: Env, variable: string, fallback?: string): string {
  const raw = readString(env, variable, fallback);
  try {
    new URL(raw);
  } catch {
    throw new ConfigError(variable, 'must be a URL.');
  }
  return raw;
}

/**
 * `BEACON_TRUSTED_ISSUERS`: a JSON array of `{ "issuer": "...", "jwksUrl": "..." }` or
 * `{ "issuer": "...", "jwksFile": "..." }` — one per institution, or one federation identity provider.
 */
export function readTrustedIssuers(env: Env, variable = 'BEACON_TRUSTED_ISSUERS'): IssuerKeysSource[] {
  const raw = readString(env, variable);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(variable, 'must be a JSON array of {issuer, jwksUrl | jwksFile}.');
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw new ConfigError(variable, 'must list at least one issuer.');
  return parsed.map((entry: unknown, index) => {
    const item = entry as Partial<IssuerKeysSource> | null;
    if (!item || typeof item.issuer !== 'string' || (typeof item.jwksUrl !== 'string' && typeof item.jwksFile !== 'string')) {
      throw new ConfigError(variable, `entry ${index} needs "issuer" and one of "jwksUrl" or "jwksFile".`);
    }
    // Optional: whom the issuer may speak for (see IssuerKeysSource); a typo must not widen it.
    const sectors = item.sectors as unknown;
    if (sectors !== undefined && (!Array.isArray(sectors) || sectors.length === 0 || !sectors.every(isSector))) {
      throw new ConfigError(variable, `entry ${index}: "sectors" must list sectors (${SECTORS.join(', ')}).`);
    }
    const orgs = item.orgs as unknown;
    if (orgs !== undefined && (!Array.isArray(orgs) || orgs.length === 0 || !orgs.every((org) => typeof org === 'string' && org !== ''))) {
      throw new ConfigError(variable, `entry ${index}: "orgs" must list organisation ids.`);
    }
    return Object.freeze({ issuer: item.issuer, jwksUrl: item.jwksUrl, jwksFile: item.jwksFile, sectors: item.sectors, orgs: item.orgs });
  });
}
