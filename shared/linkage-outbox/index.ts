export { PUBLISH_RECORDS_MUTATION } from './publication.js';
export type { RecordPublication, PublishedKeyKind } from './publication.js';
export { LINKAGE_OUTBOX_DDL, LINKAGE_OUTBOX_DROP } from './linkage-outbox.schema.js';
export { LinkagePublisher, DEFAULT_PUBLISH_BATCH, DEFAULT_RETRY_INTERVAL_MS } from './linkage-publisher.js';
export type { LinkagePublisherOptions } from './linkage-publisher.js';
