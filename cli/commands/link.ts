import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEFAULT_LINK_THRESHOLD, LinkageSecretError, type DateFormat } from '../../shared/linkage/index.js';
import { parseFieldMap } from '../linkage/field-map.js';
import { linkFiles } from '../linkage/link-files.js';
import { LinkInputError } from '../linkage/link-input-error.js';
import { Progress } from '../linkage/progress.js';
import { formatSummary } from '../linkage/summary.js';

const DATE_FORMATS: readonly DateFormat[] = ['YYYYMMDD', 'YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY'];
const SECRET_VARIABLE = 'BEACON_LINKAGE_SECRET';
const RANDOM_SECRET_BYTES = 32;

const USAGE = `Usage: beacon link --input a.csv [--input b.csv …] --map id=<column>,given_name=<column>,… --out clusters.csv
         [--date-format ${DATE_FORMATS.join('|')}] [--threshold 0–1] [--strict] [--secret S]

Links the records of CSV files offline, with the same normalisation, keyed encoding and matching
as the linkage hub, and writes record_id,cluster_id (one row per record; one cluster = one person).
One input: duplicates within it. Several: across and within them.

--map identifier=column,…: id (required), given_name, surname, full_name, date_of_birth,
  street_number, street, address_2, locality, postcode, region, country. Give it once for all
  inputs, or once per --input (same order) when their columns are named differently.
--threshold: Dice similarity from which two records may be one person (default ${DEFAULT_LINK_THRESHOLD}).
--strict: a pair whose birth date is missing, contradicts or only partly agrees links only from
  a strong similarity (0.65), never a weak one — recommended where relatives share addresses
  (recall for precision). Without it such a pair links when it is unambiguous, and, where one
  record has no street address, only when its names agree (docs/linkage.md, section 5).
--secret: the linkage secret (≥ 32 bytes); prefer ${SECRET_VARIABLE}, since arguments are visible
  to other users of the machine. Without either, a random secret is used for this run.
`;

/** `beacon link`: see {@link USAGE}. Exit 0 when written, 2 when the input or options are refused. */
export async function runLink(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string', multiple: true },
      map: { type: 'string', multiple: true },
      out: { type: 'string' },
      'date-format': { type: 'string' },
      threshold: { type: 'string' },
      secret: { type: 'string' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const inputs = values.input ?? [];
    if (inputs.length === 0) throw new LinkInputError('BAD_OPTION', '--input is required (once per CSV file).');
    const mapSpecs = values.map ?? [];
    if (mapSpecs.length === 0) throw new LinkInputError('BAD_OPTION', '--map is required, e.g. --map id=rec_id,given_name=given_name,surname=surname.');
    if (mapSpecs.length !== 1 && mapSpecs.length !== inputs.length) {
      throw new LinkInputError('BAD_OPTION', `--map is given ${mapSpecs.length} times for ${inputs.length} inputs: give it once for all, or once per --input in the same order.`);
    }
    if (!values.out) throw new LinkInputError('BAD_OPTION', '--out is required: the CSV file to write record_id,cluster_id to.');
    const maps = mapSpecs.map(parseFieldMap);
    const dateFormat = readDateFormat(values['date-format']);
    const threshold = readThreshold(values.threshold);
    const { secret, note } = readSecret(values.secret);
    if (note) process.stderr.write(`${note}\n`);
    const startedAt = performance.now();
    const result = await linkFiles({ inputs, maps, dateFormat, threshold, strict: values.strict === true, secret, out: values.out, progress: new Progress() });
    process.stdout.write(formatSummary(result, values.out, performance.now() - startedAt));
    return 0;
  } catch (error) {
    if (error instanceof LinkInputError || error instanceof LinkageSecretError) {
      process.stderr.write(`beacon link: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function readDateFormat(raw: string | undefined): DateFormat | undefined {
  if (raw === undefined) return undefined;
  const format = DATE_FORMATS.find((candidate) => candidate === raw.toUpperCase());
  if (!format) throw new LinkInputError('BAD_OPTION', `--date-format must be one of ${DATE_FORMATS.join(', ')}; got "${raw}".`);
  return format;
}

function readThreshold(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const threshold = Number(raw);
  if (!(threshold > 0 && threshold <= 1)) throw new LinkInputError('BAD_OPTION', `--threshold must be a number in (0, 1]; got "${raw}".`);
  return threshold;
}

function readSecret(flag: string | undefined): { secret: Buffer | string; note?: string } {
  if (flag !== undefined) return { secret: flag };
  const fromEnvironment = process.env[SECRET_VARIABLE];
  if (fromEnvironment !== undefined && fromEnvironment !== '') return { secret: fromEnvironment };
  return {
    secret: randomBytes(RANDOM_SECRET_BYTES),
    note:
      `note: no --secret and no ${SECRET_VARIABLE}; using a random secret for this run. ` +
      'Linking works as well, but a borderline pair may fall differently from a run with another secret.',
  };
}
