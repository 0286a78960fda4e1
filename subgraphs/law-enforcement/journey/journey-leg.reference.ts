import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { JourneyLeg } from './journey-leg.entity.js';
import type { JourneyLegService } from './journey-leg.service.js';

/** `_entities` for `JourneyLeg`, batched per request. */
export function journeyLegReference(service: JourneyLegService) {
  return (reference: { id: string }, context: RequestContext): Promise<JourneyLeg | null> =>
    context.loaders.get<string, JourneyLeg | null>('JourneyLeg.byId', (ids) => service.loadByIds(ids)).load(reference.id);
}
