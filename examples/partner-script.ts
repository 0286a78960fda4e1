/**
 * A partner's tool, as small as it can honestly be: it asks Beacon's gateway which people are
 * known to at least two sectors and prints, per person, what the caller may see of each sector's
 * records. Everything it needs comes from the typed SDK (`sdk/`), generated from the committed
 * supergraph and the operations in `examples/`.
 *
 *   BEACON_URL=http://localhost:4000/graphql BEACON_TOKEN=<jwt> BEACON_PURPOSE=analysis \
 *     npx tsx examples/partner-script.ts [minSectors]
 *
 * Exit codes: 0 printed, 1 Beacon refused or failed (the reason is printed), 2 bad usage.
 * The test suite runs this very file against the dev stack (test/partner-script.e2e.ts).
 */
import { BeaconAuthError, BeaconResponseError, createBeaconClient, LinkedPeopleDocument } from '../sdk/index.js';
import type { BeaconGraphQLError, LinkedPeopleQuery } from '../sdk/index.js';

type LinkedPerson = LinkedPeopleQuery['people'][number];

async function main(): Promise<number> {
  const { BEACON_URL: url, BEACON_TOKEN: token, BEACON_PURPOSE: purpose, BEACON_JUSTIFICATION: justification } = process.env;
  if (!url || !token || !purpose) {
    process.stderr.write('Set BEACON_URL, BEACON_TOKEN and BEACON_PURPOSE (and BEACON_JUSTIFICATION for law enforcement).\n');
    return 2;
  }
  const minSectors = Number(process.argv[2] ?? 2);
  if (!Number.isInteger(minSectors) || minSectors < 1 || minSectors > 3) {
    process.stderr.write('minSectors must be 1, 2 or 3.\n');
    return 2;
  }

  const beacon = createBeaconClient({ url, token, purpose, justification });
  try {
    const { data, errors } = await beacon.request(LinkedPeopleDocument, { minSectors });
    // A partial answer is normal: fields the caller's policy denies come back null, each with a
    // FORBIDDEN error. Anything else (a sector down, a bad request) is worth saying out loud.
    const denied = errors.filter((error) => error.extensions.code === 'FORBIDDEN');
    const other = errors.filter((error) => error.extensions.code !== 'FORBIDDEN');
    if (!data) {
      report(other.length > 0 ? other : errors);
      return 1;
    }
    for (const person of data.people) process.stdout.write(`${describe(person)}\n`);
    process.stdout.write(`${data.people.length} linked ${data.people.length === 1 ? 'person' : 'people'}; ${denied.length} field(s) withheld by policy.\n`);
    if (other.length > 0) report(other);
    return other.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof BeaconAuthError || error instanceof BeaconResponseError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** One line per person: their id, then each sector's records as far as the caller may see them. */
function describe(person: LinkedPerson): string {
  const names = (records: ReadonlyArray<{ givenName: string | null; familyName: string | null } | null> | null) =>
    (records ?? []).map((record) => (record ? [record.givenName, record.familyName].filter(Boolean).join(' ') || '(name withheld)' : '(withheld)'));
  const sectors = [
    ['law enforcement', names(person.personRecords)],
    ['ngo', names(person.survivors)],
    ['financial', names(person.accountHolders)],
  ] as const;
  const seen = sectors.filter(([, records]) => records.length > 0).map(([sector, records]) => `${sector}: ${records.join(', ')}`);
  const keys = [...new Set((person.evidence ?? []).flatMap((item) => item.matchedOn))].sort();
  return `${person.id}  ${seen.join(' | ')}  [linked on ${keys.join(', ') || 'nothing the caller may see'}]`;
}

function report(errors: readonly BeaconGraphQLError[]): void {
  for (const error of errors) process.stderr.write(`${error.extensions.code ?? 'ERROR'}: ${error.message}\n`);
}

process.exitCode = await main();
