import type { Sector } from '../../../shared/auth/index.js';
import { deriveLinkageMaterial } from '../../../shared/linkage/index.js';
import { publicationFields, type RecordPublication } from '../../../shared/linkage-outbox/index.js';
import type { AccountHolder } from './account-holder.entity.js';

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

/**
 * What the hub is told of a customer: exact keys, the fuzzy encoding with its blocking keys, and
 * an ADDRESS key per address. The one derivation for single and bulk writes.
 */
export function accountHolderPublication(holder: AccountHolderLinkageFields, linkageSecret: string): RecordPublication {
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
    },
    linkageSecret,
  );
  return {
    recordType: 'AccountHolder',
    recordId: holder.id,
    category: 'ACCOUNT_HOLDER',
    discoverableBy: DISCOVERABLE_BY,
    ...publicationFields(material),
    erased: false,
  };
}
