/**
 * Relationship keys the hub accepts on one record. Each is an edge the network query joins on: a
 * record with thousands would relate its person to everyone holding any of them and make every
 * network walk through it expensive.
 *
 * The sectors must stay below it, and in step with it: the hub refuses a batch holding one record
 * over the bound, and a sector's outbox retries a refused batch, in order, until it is accepted,
 * so one oversized record would stall everything its sector publishes after it. What each sector
 * can send at most: law enforcement {@link MAX_IDENTIFIERS_PER_LIST} ADDRESS keys and one CASE;
 * an NGO {@link MAX_IDENTIFIERS_PER_LIST} ADDRESS keys; the bank {@link MAX_IDENTIFIERS_PER_LIST}
 * ADDRESS, `MAX_PUBLISHED_ACCOUNTS` ACCOUNT and `MAX_TRANSACTION_COUNTERPARTS` TRANSACTION keys
 * (`subgraphs/financial/account-holder/account-holder.holdings.ts`), 60 in all. Tests derive each
 * sector's largest record and fail if it could exceed this: `person-record.publication.test.ts`,
 * `account-holder.publication.test.ts`, and the NGO's in `survivor.writes.test.ts`.
 */
export const MAX_RELATIONSHIP_KEYS = 64;

/**
 * Entries one identifier list of a person may hold in any sector (aliases, nationalities,
 * documents, phones, e-mails, addresses), checked where a record is written, by the mutations and
 * the imports alike. Far above what a caseworker, an investigator or a bank records of one person;
 * low enough that a record's addresses, each an ADDRESS key, keep its publication within
 * {@link MAX_RELATIONSHIP_KEYS} with the sector's other keys.
 */
export const MAX_IDENTIFIERS_PER_LIST = 20;
