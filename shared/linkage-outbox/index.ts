// The lookup's GraphQL types are decorated at import: the metadata polyfill must come first.
import 'reflect-metadata';
export { PUBLISH_RECORDS_MUTATION, publicationFields } from './publication.js';
export type { RecordPublication, PublishedKeyKind, PublishedRelationshipKind } from './publication.js';
export { LINKAGE_OUTBOX_DDL, LINKAGE_OUTBOX_DROP } from './linkage-outbox.schema.js';
export { LinkagePublisher, DEFAULT_PUBLISH_BATCH, DEFAULT_RETRY_INTERVAL_MS } from './linkage-publisher.js';
export type { LinkagePublisherOptions } from './linkage-publisher.js';
export { LinkageRepublication, DEFAULT_REPUBLISH_BATCH } from './linkage-republication.js';
export type { RepublicationProgress, RepublicationRun, RepublicationSource, RepublicationSummary, RepublishedPage } from './linkage-republication.js';
export { LinkageLookup, LINKAGE_MATCH_QUERY } from './linkage-lookup.js';
export type { LinkageLookupAnswer, LinkageLookupOptions } from './linkage-lookup.js';
export { linkageLookupResolver, LinkageLookupInput, LinkageLookupResult } from './linkage-lookup.resolver.js';
