import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * A place, shared by every sector: an ISO 3166-1 alpha-2 country (`MD`) or a UN/LOCODE (`MDKIV`).
 * The NGO contributes its incident reports there (`ngoIncidentReports`); other sectors add theirs.
 */
@ObjectType({ description: 'A place every sector contributes to: an ISO 3166-1 alpha-2 country (MD) or a UN/LOCODE (MDKIV).' })
@Directive('@key(fields: "code")')
export class Location {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, or UN/LOCODE without the space.' })
  code: string;
}

/** A route between two places, shared by every sector; the NGO contributes survivors' route legs. */
@ObjectType({ description: 'A route from one place to another (each a Location code), which every sector contributes to.' })
@Directive('@key(fields: "origin destination")')
export class Corridor {
  @Field(() => String, { description: 'Where the route starts: a Location code.' })
  origin: string;

  @Field(() => String, { description: 'Where the route ends: a Location code.' })
  destination: string;
}
