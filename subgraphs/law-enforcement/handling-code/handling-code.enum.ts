import { registerEnumType } from 'type-graphql';

/**
 * Europol SIENA handling codes: the owning agency's conditions on onward use of a record. What
 * each one lets another agency see is decided by `handlingCodeAllows` (shared/policy), which
 * documents Beacon's reading of them; the descriptions below are what API users read.
 */
export enum HandlingCode {
  H0 = 'H0',
  H1 = 'H1',
  H2 = 'H2',
  H3 = 'H3',
}

registerEnumType(HandlingCode, {
  name: 'HandlingCode',
  description:
    "Europol SIENA handling code: the owning agency's conditions on onward use of a record, applying to the whole record.",
  valuesConfig: {
    H0: {
      description:
        "No restriction beyond the purpose: may be used for judicial proceedings. Other agencies' investigators see the record.",
    },
    H1: {
      description:
        "Not to be used in judicial proceedings without the owning agency's permission. Other agencies' investigators see the record only while investigating, never for analysis.",
    },
    H2: {
      description:
        "Not to be disseminated further without the owning agency's permission. Only the owning agency sees the record's content; others see who owns it, to ask.",
    },
    H3: {
      description:
        "Other restrictions, stated by the owning agency. Beacon enforces them as H2: only the owning agency sees the record's content.",
    },
  },
});
