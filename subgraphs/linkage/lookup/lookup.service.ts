import type { DataSource } from 'typeorm';
import type { Principal, Sector } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import type { Logger } from '../../../shared/logging/index.js';
import type { LinkageMatchingConfig } from '../config.js';
import type { LinkIndexHolder } from '../linking/link-index-holder.js';
import { visible } from '../person/person.service.js';
import { decodeEncoding, decodeKeys, HMAC_HEX } from '../publication/publication.validation.js';
import type { LinkageMatch, LinkageProbeInput } from './lookup.types.js';

/** Exact keys accepted in one probe; a record has a handful. */
const MAX_PROBE_KEYS = 64;

/**
 * Hit/no-hit: matches a probe the way a publication would be linked (exact keys, or the
 * blocked Dice rule) and answers only whether a record the caller's sector may know of matched,
 * and in which sectors. The probe is not stored and leaves no trace in the index.
 */
export class LookupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly index: LinkIndexHolder,
    private readonly matching: LinkageMatchingConfig,
    private readonly logger: Logger,
  ) {}

  async match(principal: Principal, probe: LinkageProbeInput): Promise<LinkageMatch> {
    const invalidFields: Array<{ field: string; reason: string }> = [];
    const bad = (field: string, reason: string) => invalidFields.push({ field, reason });
    if (probe.keys.length > MAX_PROBE_KEYS) bad('probe.keys', `at most ${MAX_PROBE_KEYS}`);
    probe.keys.forEach((key, i) => {
      if (!HMAC_HEX.test(key.value)) bad(`probe.keys[${i}].value`, 'must be 64 lower-case hex characters');
    });
    const encoding = decodeEncoding(probe.encoding, this.matching.encodingBytes);
    if (encoding === undefined) bad('probe.encoding', `must be standard base64 of ${this.matching.encodingBytes} bytes with at least one bit set`);
    const blockingKeys = decodeKeys(probe.blockingKeys, 'probe.blockingKeys', bad);
    const identityKeys = decodeKeys(probe.identityKeys, 'probe.identityKeys', bad);
    if (invalidFields.length > 0) {
      this.logger.warn({ code: 'PROBE_MALFORMED', sector: principal.sector, org: principal.org, invalidFields }, 'linkage probe refused');
      throw new BeaconError('BAD_USER_INPUT', 'The probe is invalid.', { invalidFields });
    }

    const fuzzy = encoding ? (await this.index.read()).matchesOfProbe({ encoding, blockingKeys, identityKeys }).map((match) => match.recordId) : [];
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT r.sector FROM linked_record r
        WHERE (r.id = ANY ($1::uuid[])
               OR EXISTS (SELECT 1 FROM linkage_key k JOIN unnest($2::text[], $3::text[]) AS wanted(kind, value)
                            ON k.kind = wanted.kind AND k.value = wanted.value
                           WHERE k.linked_record_id = r.id))
          AND ${visible(4)}
        ORDER BY r.sector`,
      [fuzzy, probe.keys.map((key) => key.kind), probe.keys.map((key) => key.value), principal.sector],
    )) as Array<{ sector: Sector }>;
    return { matched: rows.length > 0, sectors: rows.map((row) => row.sector) };
  }
}
