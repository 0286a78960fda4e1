import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { TraffickingEventStageValues } from '../htcds/htcds-enums.js';
import { decodeCursor, NO_ID, pageOf, pageSize, type Page, type Position } from '../pagination/cursor.js';
import type { SurvivorService } from '../survivor/survivor.service.js';
import { InvalidFields } from '../validation/invalid-fields.js';
import { isUuid } from '../validation/uuid.js';
import { HistoricTraffickingEvent } from './trafficking-event.entity.js';

/** A route leg as a caseworker or an import sends it, unchecked. */
export interface TraffickingEventRequest {
  readonly survivorId: string;
  readonly stage: string;
  readonly place: string;
  readonly date?: string | null;
  readonly periodStart?: string | null;
  readonly periodEnd?: string | null;
}

export class TraffickingEventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly survivors: SurvivorService,
  ) {}

  /** Records a route leg of a survivor of the caller's NGO; every invalid field is named at once. */
  async record(principal: Principal, request: TraffickingEventRequest): Promise<HistoricTraffickingEvent> {
    const invalid = new InvalidFields();
    const stage = invalid.htcdsOne('stage', request.stage, TraffickingEventStageValues);
    const placeCode = invalid.location('place', request.place);
    const given = (raw: string | null | undefined) => (raw === null || raw === undefined || raw.trim() === '' ? undefined : raw);
    const date = given(request.date) && invalid.date('date', request.date as string, { past: true });
    const periodStart = given(request.periodStart) && invalid.date('periodStart', request.periodStart as string, { past: true });
    const periodEnd = given(request.periodEnd) && invalid.date('periodEnd', request.periodEnd as string, { past: true });
    if (given(request.date) && (given(request.periodStart) || given(request.periodEnd))) {
      invalid.add('date', 'either a day or a period, not both');
    }
    if (periodStart && periodEnd && periodEnd < periodStart) invalid.add('periodEnd', 'before periodStart');

    return this.dataSource.transaction(async (manager) => {
      // Ownership first: a stranger's survivor is NOT_FOUND whatever else is wrong with the input.
      const survivor = await this.survivors.lockOwned(manager, principal, request.survivorId);
      const earliest = [date, periodStart, periodEnd].filter((day): day is string => typeof day === 'string').sort()[0];
      if (earliest && survivor.dateOfBirth && earliest < survivor.dateOfBirth) {
        invalid.add(date ? 'date' : 'periodStart', 'before her date of birth');
      }
      invalid.throwIfAny();
      const repository = manager.getRepository(HistoricTraffickingEvent);
      const saved = await repository.save(
        repository.create({
          survivorId: survivor.id,
          ownerOrg: survivor.ownerOrg,
          stage: stage as NonNullable<typeof stage>,
          placeCode: placeCode as string,
          occurredOn: date || null,
          periodStart: periodStart || null,
          periodEnd: periodEnd || null,
        }),
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
