import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { Case } from './case.entity.js';
import type { CaseService } from './case.service.js';

/**
 * `_entities` for `Case`, batched per request. Outside law enforcement nothing of a case but its
 * id is readable, so a case is answered `null` without being looked up: an existing case and a
 * made-up id then get the same answer, and `_entities` cannot be used to probe which cases exist.
 */
export function caseReference(service: CaseService) {
  return (reference: { id: string }, context: RequestContext): Promise<Case | null> => {
    if (context.principal.sector !== 'LAW_ENFORCEMENT') return Promise.resolve(null);
    return context.loaders.get<string, Case | null>('Case.byId', (ids) => service.loadByIds(ids)).load(reference.id);
  };
}
