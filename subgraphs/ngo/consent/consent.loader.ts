import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { Consent } from './consent.entity.js';
import type { ConsentService } from './consent.service.js';

/**
 * A survivor's consents, batched per request: the consent rule runs once per survivor and field,
 * and all of them share one query per request.
 */
export function consentsLoader(service: ConsentService) {
  return (survivorId: string, context: RequestContext): Promise<Consent[]> =>
    context.loaders
      .get<string, Consent[]>('Consent.bySurvivor', (ids) => service.consentsOf(ids))
      .load(survivorId);
}
