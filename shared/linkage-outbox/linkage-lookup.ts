import type { Principal } from '../auth/index.js';
import { BeaconError } from '../errors/index.js';
import { createLinkageMaterialDeriver, type LinkageIdentifiers, type LinkageMaterial } from '../linkage/index.js';

const LOOKUP_TIMEOUT_MS = 10_000;

/** The hub's query, as a sector's service sends it. */
export const LINKAGE_MATCH_QUERY = /* GraphQL */ `
  query LinkageMatch($probe: LinkageProbeInput!) {
    linkageMatch(probe: $probe) { matched sectors }
  }
`;

/** What a caller learns from a lookup: nothing but whether, and in which sectors it may know of, a match exists. */
export interface LinkageLookupAnswer {
  readonly matched: boolean;
  readonly sectors: readonly string[];
}

export interface LinkageLookupOptions {
  /** The linkage subgraph's GraphQL endpoint. */
  readonly linkageUrl: string;
  /** The federation's linkage secret (the sector holds it; the hub never does). */
  readonly secret: string;
  /** A fresh service token of this sector (role `linkage-publisher`): the hub answers for this sector. */
  readonly credential: () => string;
  /** This subgraph's sector: a caller of another sector is refused before anything is derived. */
  readonly sector: Principal['sector'];
}

/**
 * Hit/no-hit lookup, sector side: the caller's identifiers are normalised and keyed here, with
 * the same derivation as publications, and only the keys go to the hub, under this sector's
 * service credential. Raw identifiers never leave the sector; the hub never sees them.
 */
export class LinkageLookup {
  readonly #derive: (identifiers: LinkageIdentifiers) => LinkageMaterial;

  constructor(private readonly options: LinkageLookupOptions) {
    // Checked now, so a bad secret stops the service at start.
    this.#derive = createLinkageMaterialDeriver(options.secret);
  }

  async lookup(principal: Principal, identifiers: LinkageIdentifiers): Promise<LinkageLookupAnswer> {
    if (principal.sector !== this.options.sector) {
      throw new BeaconError('FORBIDDEN', 'A lookup is answered by the subgraph of your own sector.');
    }
    const material = this.#derive(identifiers);
    if (material.rejected.length > 0) {
      throw new BeaconError('BAD_USER_INPUT', 'Some identifiers could not be normalised; nothing was looked up.', {
        invalidFields: material.rejected.map(({ field, reason }) => ({ field: `identifiers.${field}`, reason })),
      });
    }
    if (material.keys.length === 0 && material.encoding === null) {
      throw new BeaconError('BAD_USER_INPUT', 'These identifiers are too few to look anyone up: give a document, phone or e-mail, or a name with a date of birth or an address.', {
        invalidFields: [{ field: 'identifiers', reason: 'no key could be derived' }],
      });
    }
    const probe = { keys: material.keys, encoding: material.encoding, blockingKeys: material.blockingKeys, identityKeys: material.identityKeys };
    let response: Response;
    try {
      response = await fetch(this.options.linkageUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.options.credential()}`,
          'x-beacon-purpose': 'linkage',
        },
        body: JSON.stringify({ query: LINKAGE_MATCH_QUERY, variables: { probe } }),
        signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
      });
    } catch {
      throw new BeaconError('SUBGRAPH_UNAVAILABLE', 'The linkage hub could not be reached; try the lookup again.');
    }
    const body = (await response.json().catch(() => ({}))) as {
      data?: { linkageMatch?: LinkageLookupAnswer | null };
      errors?: unknown[];
    };
    const answer = body.data?.linkageMatch;
    if (!response.ok || body.errors?.length || !answer) {
      throw new BeaconError('SUBGRAPH_UNAVAILABLE', 'The linkage hub did not answer the lookup.');
    }
    return { matched: answer.matched, sectors: answer.sectors };
  }
}
