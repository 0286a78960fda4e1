import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import type { PersonRecord } from './person-record.entity.js';
import type { PersonRecordService } from './person-record.service.js';

/** `_entities` for `PersonRecord`, batched per request so a person's many records cost one query. */
export function personRecordReference(service: PersonRecordService) {
  return (reference: { id: string }, context: RequestContext): Promise<PersonRecord | null> =>
    context.loaders
      .get<string, PersonRecord | null>('PersonRecord.byId', (ids) => service.loadByIds(ids))
      .load(reference.id);
}
