import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { AuditRecorder } from '../audit/index.js';
import type { Principal, Purpose } from '../auth/index.js';

/**
 * Per-request DataLoaders, created on first use. Loaders live exactly one request, so
 * a batch never mixes two callers' principals and nothing is cached across requests.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** What every resolver and rule of every subgraph receives. */
export interface RequestContext {
  /** Correlates the gateway's and the subgraphs' logs and error reports. */
  readonly requestId: string;
  readonly principal: Principal;
  /** Declared with `x-beacon-purpose`; already checked to be one of the token's purposes. */
  readonly purpose: Purpose;
  /** `x-beacon-justification`, e.g. a case reference, required for some consultations. */
  readonly justification: string | undefined;
  readonly loaders: LoaderRegistry;
  readonly logger: Logger;
  /**
   * This request's audit events. The kit records disclosures, denials and writes by itself;
   * everything collected is written in one INSERT before the response leaves.
   */
  readonly audit: AuditRecorder;
}
