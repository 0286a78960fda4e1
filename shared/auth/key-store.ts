import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Sector } from './principal.js';

/** Where one trusted issuer's public keys come from, and whom it may speak for. */
export interface IssuerKeysSource {
  readonly issuer: string;
  /** A JWKS document on disk (an institution's own issuer, or the dev stack's). */
  readonly jwksFile?: string;
  /** A JWKS endpoint (a federation identity provider). */
  readonly jwksUrl?: string;
  /**
   * The sectors this issuer may put in a token's `sector` claim. An institution's own issuer
   * names its sector, so an NGO's identity provider cannot mint a police officer or the hub's
   * gateway identity. Absent: any sector (a federation-wide identity provider).
   */
  readonly sectors?: readonly Sector[];
  /** The organisations this issuer may put in `org`. Absent: any. */
  readonly orgs?: readonly string[];
}

/** How long fetched keys are trusted before a refetch; rotation is picked up within this. */
export const DEFAULT_JWKS_TTL_MS = 10 * 60_000;
/** An unknown `kid` triggers a refresh at most this often, so forged kids cannot flood the issuer. */
export const DEFAULT_UNKNOWN_KID_REFRESH_MS = 30_000;

interface JwksDocument {
  keys: Array<JsonWebKey & { kid?: string; use?: string }>;
}

/** Keys of one issuer, cached and refreshed on rotation. */
export class IssuerKeys {
  private keys = new Map<string, KeyObject>();
  private loadedAt = 0;
  private lastRefreshAttempt = 0;
  private loading: Promise<void> | undefined;

  constructor(
    readonly source: IssuerKeysSource,
    private readonly ttlMs = DEFAULT_JWKS_TTL_MS,
    private readonly unknownKidRefreshMs = DEFAULT_UNKNOWN_KID_REFRESH_MS,
  ) {
    if (!source.jwksFile && !source.jwksUrl) {
      throw new Error(`Trusted issuer ${source.issuer} names neither jwksFile nor jwksUrl.`);
    }
  }

  /** The key for `kid`, or undefined when the issuer does not (or no longer) publish it. */
  async keyFor(kid: string): Promise<KeyObject | undefined> {
    const now = Date.now();
    const stale = this.loadedAt === 0 || now - this.loadedAt > this.ttlMs;
    // An issuer's JWKS endpoint being down must not lock everyone out: keys already fetched stay
    // valid until a fetch succeeds; retries are paced like unknown-kid refreshes.
    if (stale && (this.loadedAt === 0 || now - this.lastRefreshAttempt > this.unknownKidRefreshMs)) {
      await this.refresh().catch((error: unknown) => {
        if (this.loadedAt === 0) throw error;
      });
    }
    let key = this.keys.get(kid);
    if (!key && Date.now() - this.lastRefreshAttempt > this.unknownKidRefreshMs) {
      await this.refresh().catch(() => undefined);
      key = this.keys.get(kid);
    }
    return key;
  }

  private refresh(): Promise<void> {
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    this.lastRefreshAttempt = Date.now();
    const document = await this.fetchDocument();
    const keys = new Map<string, KeyObject>();
    for (const jwk of document.keys ?? []) {
      if (typeof jwk.kid !== 'string' || (jwk.use !== undefined && jwk.use !== 'sig')) continue;
      // Only public keys are accepted: a JWKS carrying private material is misconfigured.
      if ('d' in jwk) continue;
      // One key Beacon cannot import (a symmetric `oct` key, an unknown curve) must not make the
      // issuer's other keys unusable: skip it, as a key with another `use` is skipped.
      try {
        keys.set(jwk.kid, createPublicKey({ key: jwk, format: 'jwk' }));
      } catch {
        continue;
      }
    }
    this.keys = keys;
    this.loadedAt = Date.now();
  }

  private async fetchDocument(): Promise<JwksDocument> {
    if (this.source.jwksFile) {
      return JSON.parse(await readFile(this.source.jwksFile, 'utf8')) as JwksDocument;
    }
    const response = await fetch(this.source.jwksUrl as string, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`JWKS fetch for ${this.source.issuer} answered ${response.status}`);
    return (await response.json()) as JwksDocument;
  }
}
