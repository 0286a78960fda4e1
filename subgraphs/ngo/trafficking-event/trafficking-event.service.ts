import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { decodeCursor, NO_ID, pageOf, pageSize, type Page, type Position } from '../pagination/cursor.js';
import type { SurvivorService } from '../survivor/survivor.service.js';
import { InvalidFields } from '../validation/invalid-fields.js';
import { isUuid } from '../validation/uuid.js';
import { HistoricTraffickingEvent } from './trafficking-event.entity.js';
import { checkTraffickingEvent, datedBeforeBirth, type CheckedTraffickingEvent, type TraffickingEventFields } from './trafficking-event.validation.js';

/** A route leg as a caseworker or an import sends it, unchecked. */
export interface TraffickingEventRequest extends TraffickingEventFields {
  readonly survivorId: string;
}

export class TraffickingEventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly survivors: SurvivorService,
  ) {}

  /** Records a route leg of a survivor of the caller's NGO; every invalid field is named at once. */
  async record(principal: Principal, request: TraffickingEventRequest): Promise<HistoricTraffickingEvent> {
    const invalid = new InvalidFields();
    const { event, dates } = checkTraffickingEvent(request, invalid);

    return this.dataSource.transaction(async (manager) => {
      // Ownership first: a stranger's survivor is NOT_FOUND whatever else is wrong with the input.
      const survivor = await this.survivors.lockOwned(manager, principal, request.survivorId);
      const beforeBirth = datedBeforeBirth(dates, survivor.dateOfBirth);
      if (beforeBirth) invalid.add(beforeBirth, 'before her date of birth');
      invalid.throwIfAny();
      const repository = manager.getRepository(HistoricTraffickingEvent);
      const saved = await repository.save(
        repository.create({ ...(event as CheckedTraffickingEvent), survivorId: survivor.id, ownerOrg: survivor.ownerOrg }),
      );
      return repository.findOneByOrFail({ id: saved.id });
    });
  }

  /** A survivor's route legs, in the order they happened (undated last). Who may see them is the policy's call. */
  async pageOfSurvivor(survivorId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<HistoricTraffickingEvent>> {
    const size = pageSize(first);
    const rows = await this.pageQuery(survivorId, size, decodeCursor(after)).getMany();
    return pageOf(rows, size, (event) => ({ sort: event.sortedOn, id: event.id }));
  }

  /** The keyset query behind `pageOfSurvivor` (the EXPLAIN test reads its plan). */
  pageQuery(survivorId: string, size: number, position: Position | undefined): SelectQueryBuilder<HistoricTraffickingEvent> {
    const query = this.dataSource
      .getRepository(HistoricTraffickingEvent)
      .createQueryBuilder('event')
      .where('event.survivor_id = :survivorId', { survivorId: isUuid(survivorId) ? survivorId : NO_ID })
      .orderBy('event.sorted_on', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .limit(size + 1);
    if (position) query.andWhere('(event.sorted_on, event.id) > (CAST(:sort AS date), CAST(:id AS uuid))', position);
    return query;
  }

  /**
   * Batch load for federation references: an event is handed out only with a survivor the caller
   * may discover, and otherwise answers exactly like an event that does not exist.
   */
  async loadByIds(principal: Principal, ids: readonly string[]): Promise<Array<HistoricTraffickingEvent | null>> {
    const valid = [...new Set(ids.filter(isUuid))];
    const events = valid.length ? await this.dataSource.getRepository(HistoricTraffickingEvent).findBy({ id: In(valid) }) : [];
    const survivorIds = [...new Set(events.map((event) => event.survivorId))];
    const visible = new Set((await this.survivors.loadByIds(principal, survivorIds)).flatMap((survivor) => (survivor ? [survivor.id] : [])));
    const byId = new Map(events.filter((event) => visible.has(event.survivorId)).map((event) => [event.id, event]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
