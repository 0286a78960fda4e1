import { Directive, Field, ObjectType } from 'type-graphql';

/*
 * Federation entities every sector contributes to. Only the key fields are shared, and they are
 * spelled identically in every subgraph (`code`; `origin destination`); this subgraph's own fields
 * on them are prefixed `lawEnforcement` so that no two sectors ever define one field.
 */

@ObjectType({ description: 'A place: an ISO 3166-1 alpha-2 country (MD) or a UN/LOCODE city or port (MDKIV). Every sector adds what it knows of it.' })
@Directive('@key(fields: "code")')
export class Location {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code or UN/LOCODE (compact, no space).' })
  code: string;
}

@ObjectType({ description: 'A route from one place to another (both Location codes). Every sector adds what it knows of it.' })
@Directive('@key(fields: "origin destination")')
export class Corridor {
  @Field(() => String, { description: 'Where the route starts: a Location code.' })
  origin: string;

  @Field(() => String, { description: 'Where the route ends: a Location code.' })
  destination: string;
}
