import { SERVICE_ROLES } from '../auth/index.js';
import { and, isAuthenticated, roleIn, sectorIs, type Rule } from './rules.js';

/**
 * `_service { sdl }` answers even with introspection off, so it is guarded like data: only the
 * federation's own gateway identity may read a subgraph's schema. Composition works offline.
 */
export const isFederationGateway: Rule = and(sectorIs('HUB'), roleIn(SERVICE_ROLES.gateway));

/**
 * The federation fields of every subgraph. `_entities` only hands out objects: each of their
 * fields is then guarded by its own rule, exactly as if it had been reached through `Query`.
 */
export const federationQueryRules = Object.freeze({
  _service: isFederationGateway,
  _entities: isAuthenticated,
});
export const federationServiceRules = Object.freeze({ sdl: isFederationGateway });
