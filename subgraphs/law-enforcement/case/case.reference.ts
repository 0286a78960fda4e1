import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { Case } from './case.entity.js';
import type { CaseService } from './case.service.js';

/** `_entities` for `Case`, batched per request. */
export function caseReference(service: CaseService) {
  return (reference: { id: string }, context: RequestContext): Promise<Case | null> =>
    context.loaders.get<string, Case | null>('Case.byId', (ids) => service.loadByIds(ids)).load(reference.id);
}
