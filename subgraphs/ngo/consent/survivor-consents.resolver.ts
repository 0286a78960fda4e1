import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { Survivor } from '../survivor/survivor.entity.js';
import { Consent } from './consent.entity.js';
import { consentsLoader } from './consent.loader.js';
import type { ConsentService } from './consent.service.js';

/** `Survivor.consents`, kept beside the rest of the consent code. */
@Resolver(() => Survivor)
export class SurvivorConsentsResolver {
  private readonly load: ReturnType<typeof consentsLoader>;

  constructor(service: ConsentService) {
    this.load = consentsLoader(service);
  }

  @FieldResolver(() => [Consent], {
    nullable: true,
    description: 'Every consent she gave, withdrawn and expired ones included, oldest first.',
  })
  consents(@Root() survivor: Survivor, @Ctx() context: RequestContext): Promise<Consent[]> {
    return this.load(survivor.id, context);
  }
}
