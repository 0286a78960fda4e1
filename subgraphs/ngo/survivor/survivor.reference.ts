import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { Survivor } from './survivor.entity.js';
import type { SurvivorService } from './survivor.service.js';

/** `_entities` for `Survivor`, batched per request (and so per caller, whose sector scopes it). */
export function survivorReference(service: SurvivorService) {
  return (reference: { id: string }, context: RequestContext): Promise<Survivor | null> =>
    context.loaders
      .get<string, Survivor | null>('Survivor.byId', (ids) => service.loadByIds(context.principal, ids))
      .load(reference.id);
}
