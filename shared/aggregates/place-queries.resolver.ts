import { Arg, Directive, Query, Resolver } from 'type-graphql';
import { BeaconError } from '../errors/index.js';
import { isLocationCode, isM49SubRegion } from '../reference-data/index.js';

/* eslint-disable @typescript-eslint/no-unsafe-function-type -- type-graphql's own signature: classes are constructors */

/**
 * `location(code)` and `corridor(origin, destination)`: where a profile query starts. Every sector
 * serves them (`@shareable`): a place is a value, not a record, so any sector can hand out the key
 * and the gateway is never stuck when one sector is down. Each sector passes its own entity classes.
 */
export function placeQueriesResolver(location: Function, corridor: Function): Function {
  @Resolver()
  class PlaceQueriesResolver {
    @Query(() => location, {
      description:
        "A place, by ISO 3166-1 alpha-2 country code (MD), UN/LOCODE (MDKIV) or UN M49 sub-region (151 Eastern Europe): every sector adds what it may show of it. A sub-region has aggregates only (its countries' figures summed, protected with theirs).",
    })
    @Directive('@shareable')
    location(@Arg('code', () => String, { description: 'A country code, a UN/LOCODE without spaces, or a three-digit UN M49 sub-region code.' }) code: string): { code: string } {
      return { code: checkCode('code', code, true) };
    }

    @Query(() => corridor, { description: 'A route from one place to another: every sector adds what it may show of it.' })
    @Directive('@shareable')
    corridor(
      @Arg('origin', () => String, { description: 'Where the route starts: a Location code.' }) origin: string,
      @Arg('destination', () => String, { description: 'Where the route ends: a Location code.' }) destination: string,
    ): { origin: string; destination: string } {
      return { origin: checkCode('origin', origin), destination: checkCode('destination', destination) };
    }
  }
  return PlaceQueriesResolver;
}

/** A country or a UN/LOCODE; with `regions`, also an M49 sub-region (routes run between places, not regions). */
function checkCode(field: string, raw: string, regions = false): string {
  const code = raw.trim().toUpperCase();
  if (!isLocationCode(code) && !(regions && isM49SubRegion(code))) {
    const what = regions ? 'an ISO 3166-1 alpha-2 country code, a UN/LOCODE or a UN M49 sub-region code' : 'an ISO 3166-1 alpha-2 country code or a UN/LOCODE';
    throw new BeaconError('BAD_USER_INPUT', `${field} is not ${what}.`, {
      invalidFields: [{ field, reason: regions ? 'not a country code, UN/LOCODE or M49 sub-region' : 'not a country code or UN/LOCODE' }],
    });
  }
  return code;
}
