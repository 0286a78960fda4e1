import type { SeedFiles } from './generate-seed.js';

/** One import step: a file through `beacon import <subgraph> <file> --kind <kind>`. */
export interface ImportStep {
  readonly subgraph: string;
  readonly kind: string;
  readonly file: string;
}

/**
 * The order of the imports: a record before the records that name it by its source id (a case,
 * opened by its person records' rows, before its legs; a survivor before her events; customers
 * before their accounts, accounts before their transactions).
 */
export function importSteps(files: SeedFiles): ImportStep[] {
  return [
    { subgraph: 'law-enforcement', kind: 'person-record', file: files.lawEnforcement.personRecords },
    { subgraph: 'law-enforcement', kind: 'journey-leg', file: files.lawEnforcement.journeyLegs },
    { subgraph: 'ngo', kind: 'survivor', file: files.ngo.survivors },
    { subgraph: 'ngo', kind: 'trafficking-event', file: files.ngo.traffickingEvents },
    { subgraph: 'financial', kind: 'account-holder', file: files.financial.accountHolders },
    { subgraph: 'financial', kind: 'account', file: files.financial.accounts },
    { subgraph: 'financial', kind: 'transaction', file: files.financial.transactions },
  ];
}
