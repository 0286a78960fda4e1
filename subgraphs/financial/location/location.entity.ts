import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * A place every sector contributes fields to (DESIGN.md): an ISO 3166 country (`MD`) or a
 * UN/LOCODE place (`GBLON`). This subgraph stores no locations; it answers for any code it is
 * handed, with its own fields prefixed `financial`.
 */
@ObjectType({ description: 'A place: an ISO 3166-1 alpha-2 country or a UN/LOCODE city or port. Every sector contributes fields.' })
@Directive('@key(fields: "code")')
export class Location {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code (MD) or UN/LOCODE without the space (GBLON).' })
  code: string;
}

/** A route between two places, keyed by both; every sector contributes fields. */
@ObjectType({ description: 'A route from one place to another (country or UN/LOCODE codes). Every sector contributes fields.' })
@Directive('@key(fields: "origin destination")')
export class Corridor {
  @Field(() => String, { description: 'Where the route starts: a Location code.' })
  origin: string;

  @Field(() => String, { description: 'Where the route ends: a Location code.' })
  destination: string;
}
