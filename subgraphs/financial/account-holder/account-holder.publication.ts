import type { Sector } from '../../../shared/auth/index.js';
import { createTransactionKeyDeriver, deriveLinkageMaterial, type TransactionKeyDeriver } from '../../../shared/linkage/index.js';
import { publicationFields, type RecordPublication } from '../../../shared/linkage-outbox/index.js';
import type { AccountHolder } from './account-holder.entity.js';
import { NO_HOLDINGS, type Holdings } from './account-holder.holdings.js';

/**
 * Sectors that may learn an account holder exists. Law enforcement may, because FATF
 * Recommendations 29–31 give investigators access to customer identification held by financial
 * institutions; NGOs may not, because a bank may not disclose its customers to private parties
 * and telling anyone outside the regime that a customer is of interest risks tipping them off.
 */
export const DISCOVERABLE_BY: readonly Sector[] = ['FINANCIAL', 'LAW_ENFORCEMENT', 'HUB'];

/** The identifiers of a customer the hub's publication is derived from. */
export type AccountHolderLinkageFields = Pick<
  AccountHolder,
  'id' | 'givenName' | 'familyName' | 'aliases' | 'dateOfBirth' | 'documents' | 'phones' | 'emails' | 'addresses'
>;

/** The stored fields the hub's publication is derived from: a change to any other is not republished. */
export const LINKAGE_FIELDS = [
  'givenName', 'familyName', 'aliases', 'dateOfBirth', 'documents', 'phones', 'emails', 'addresses',
] as const satisfies ReadonlyArray<keyof AccountHolderLinkageFields>;

/**
 * Whether two versions of a customer (both checked, so normalised alike) would publish the same
 * identifiers. Compared field by field rather than by exact keys: an address changes the fuzzy
 * encoding and the ADDRESS keys but no exact key.
 */
export function sameLinkageFields(a: Pick<AccountHolderLinkageFields, (typeof LINKAGE_FIELDS)[number]>, b: typeof a): boolean {
  return LINKAGE_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/**
 * What the hub is told of a customer: exact keys, the fuzzy encoding with its blocking keys, an
 * ADDRESS key per address, an ACCOUNT key per account it holds (the 20 newest), so the holders of a joint
 * account are one hop apart in the hub's network, and a TRANSACTION key per account pair its
 * money most often moved along (`holdingsOf`), so a customer and those it pays or is paid by
 * are one hop apart too. Account ids are HMACed with the linkage secret like every other key:
 * the hub learns that two customers share an account, or that their accounts transacted, never
 * which accounts, how much, when or how often. The one derivation for single and bulk writes.
 */
export function accountHolderPublication(
  holder: AccountHolderLinkageFields,
  linkageSecret: string,
  /** What the customer holds now and whom its accounts transacted with (`holdingsOf`). */
  holdings: Holdings = NO_HOLDINGS,
): RecordPublication {
  const names = [{ givenName: holder.givenName, familyName: holder.familyName }, ...holder.aliases]
    .filter((name) => name.givenName || name.familyName)
    .map((name) => ({ given: name.givenName ?? undefined, family: name.familyName ?? undefined }));
  const material = deriveLinkageMaterial(
    {
      names,
      dateOfBirth: holder.dateOfBirth ?? undefined,
      documents: holder.documents,
      phones: holder.phones,
      emails: holder.emails,
      addresses: holder.addresses.map((address) => ({
        streetNumber: address.streetNumber ?? undefined,
        street: address.street ?? undefined,
        addressLine2: address.addressLine2 ?? undefined,
        locality: address.locality ?? undefined,
        postcode: address.postcode ?? undefined,
        region: address.region ?? undefined,
        country: address.country,
      })),
      relationships: holdings.accountIds.map((value) => ({ kind: 'ACCOUNT' as const, value })),
    },
    linkageSecret,
  );
  const transactionKey = transactionKeyDeriver(linkageSecret);
  const fields = publicationFields(material);
  return {
    recordType: 'AccountHolder',
    recordId: holder.id,
    category: 'ACCOUNT_HOLDER',
    discoverableBy: DISCOVERABLE_BY,
    ...fields,
    relationshipKeys: [
      ...(fields.relationshipKeys ?? []),
      ...holdings.transactionPairs.map(({ own, counterpart }) => ({ kind: 'TRANSACTION' as const, value: transactionKey(own, counterpart) })),
    ],
    erased: false,
  };
}

// One per secret, checked once; a process holds one or two.
const transactionKeyDerivers = new Map<string, TransactionKeyDeriver>();

function transactionKeyDeriver(secret: string): TransactionKeyDeriver {
  let deriver = transactionKeyDerivers.get(secret);
  if (deriver === undefined) {
    deriver = createTransactionKeyDeriver(secret);
    transactionKeyDerivers.set(secret, deriver);
  }
  return deriver;
}
