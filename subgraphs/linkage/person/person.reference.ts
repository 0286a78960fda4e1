import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { PersonService } from './person.service.js';

/** `_entities` for `Person`: the same visibility as `Query.person`, batched per request. */
export function personReference(service: PersonService) {
  return (reference: { id: string }, context: RequestContext): Promise<{ id: string } | null> =>
    context.loaders
      .get<string, { id: string } | null>('Person.byId', (ids) => service.findVisible(context.principal, ids))
      .load(reference.id);
}
