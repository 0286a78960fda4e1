import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { HistoricTraffickingEvent } from './trafficking-event.entity.js';
import type { TraffickingEventService } from './trafficking-event.service.js';

/** `_entities` for `HistoricTraffickingEvent`, batched per request (and so per caller). */
export function traffickingEventReference(service: TraffickingEventService) {
  return (reference: { id: string }, context: RequestContext): Promise<HistoricTraffickingEvent | null> =>
    context.loaders
      .get<string, HistoricTraffickingEvent | null>('HistoricTraffickingEvent.byId', (ids) => service.loadByIds(context.principal, ids))
      .load(reference.id);
}
