import { Arg, Directive, Query, Resolver } from 'type-graphql';
import { BeaconError } from '../errors/index.js';
import { isLocationCode } from '../reference-data/index.js';

/* eslint-disable @typescript-eslint/no-unsafe-function-type -- type-graphql's own signature: classes are constructors */

/**
 * `location(code)` and `corridor(origin, destination)`: where a profile query starts. Every sector
 * serves them (`@shareable`): a place is a value, not a record, so any sector can hand out the key
 * and the gateway is never stuck when one sector is down. Each sector passes its own entity classes.
 */
export function placeQueriesResolver(location: Function, corridor: Function): Function {
  @Resolver()
  class PlaceQueriesResolver {
    @Query(() => location, { description: 'A place, by ISO 3166-1 alpha-2 country code (MD) or UN/LOCODE (MDKIV): every sector adds what it may show of it.' })
    @Directive('@shareable')
    location(@Arg('code', () => String, { description: 'A country code or a UN/LOCODE, without spaces.' }) code: string): { code: string } {
      return { code: checkCode('code', code) };
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

function checkCode(field: string, raw: string): string {
  const code = raw.trim().toUpperCase();
  if (!isLocationCode(code)) {
    throw new BeaconError('BAD_USER_INPUT', `${field} is not an ISO 3166-1 alpha-2 country code or a UN/LOCODE.`, {
      invalidFields: [{ field, reason: 'not a country code or UN/LOCODE' }],
    });
  }
  return code;
}
