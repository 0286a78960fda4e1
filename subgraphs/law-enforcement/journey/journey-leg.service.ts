import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { HANDLING_CODES, handlingCodePermits } from '../../../shared/policy/index.js';
import { Case } from '../case/case.entity.js';
import { decodeCursor, pageSize, toPage, type Page } from '../pagination/connection.js';
import { PersonRecord } from '../person-record/person-record.entity.js';
import { assertInvestigatingAgency, isUuid } from '../validation/access.js';
import { InputProblems, isoDay } from '../validation/invalid-fields.js';
import { JourneyLeg } from './journey-leg.entity.js';
import { locationCode, validateJourneyLeg, type JourneyLegFields } from './journey-leg.validation.js';

export interface RecordJourneyLegRequest extends JourneyLegFields {
  readonly caseId: string;
  readonly personRecordId?: string | null;
}

export interface PageRequest {
  readonly first: number;
  readonly after?: string | null;
}

/** Who is looking at a place or a corridor: legs are listed only where their case's code allows. */
export interface Viewer {
  readonly principal: Principal;
  readonly purpose: string;
}

/** Journey legs: route edges on cases, written by the owning agency, read by place and corridor. */
export class JourneyLegService {
  constructor(private readonly dataSource: DataSource) {}

  async record(principal: Principal, input: RecordJourneyLegRequest, now: Date = new Date()): Promise<JourneyLeg> {
    assertInvestigatingAgency(principal);
    const problems = new InputProblems();
    if (!isUuid(input.caseId)) problems.add('caseId', 'not a case id');
    if (input.personRecordId && !isUuid(input.personRecordId)) problems.add('personRecordId', 'not a person record id');
    const valid = validateJourneyLeg(input, isoDay(now), problems);
    return this.dataSource.transaction(async (manager) => {
      const onCase = await manager.getRepository(Case).findOneBy({ id: input.caseId, ownerOrg: principal.org });
      if (!onCase) throw new BeaconError('NOT_FOUND', 'No such case of your agency.');
      let traveller: PersonRecord | null = null;
      if (input.personRecordId) {
        traveller = await manager.getRepository(PersonRecord).findOneBy({ id: input.personRecordId, caseId: onCase.id });
        if (!traveller) {
          throw new BeaconError('BAD_USER_INPUT', 'Some fields of the journey leg are invalid.', {
            invalidFields: [{ field: 'personRecordId', reason: 'not a person recorded on this case' }],
          });
        }
      }
      const repository = manager.getRepository(JourneyLeg);
      const saved = await repository.save(
        repository.create({ ...valid, caseId: onCase.id, personRecordId: traveller?.id ?? null, ownerOrg: principal.org }),
      );
      if (traveller) traveller.case = onCase;
      return Object.assign(saved, { case: onCase, personRecord: traveller });
    });
  }

  async loadByIds(ids: readonly string[]): Promise<Array<JourneyLeg | null>> {
    const valid = ids.filter(isUuid);
    const found = valid.length ? withTravellersCase(await this.query().where('l.id = ANY(:ids)', { ids: valid }).getMany()) : [];
    const byId = new Map(found.map((leg) => [leg.id, leg]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Legs on a case; the policy has already checked the case's handling code for the caller. */
  listOnCase(caseId: string, page: PageRequest): Promise<Page<JourneyLeg>> {
    return this.page(this.query().where('l.case_id = :caseId', { caseId }), page);
  }

  /** Legs travelled by one person; the policy has already checked the record's code. */
  listForPerson(personRecordId: string, page: PageRequest): Promise<Page<JourneyLeg>> {
    return this.page(this.query().where('l.person_record_id = :personRecordId', { personRecordId }), page);
  }

  /** Legs leaving a place, of every agency whose case's code lets the viewer see them. */
  listFrom(viewer: Viewer, code: string, page: PageRequest): Promise<Page<JourneyLeg>> {
    return this.visible(viewer, page, (query) => query.where('l.from_code = :code', { code: locationCode(code) ?? code }));
  }

  listTo(viewer: Viewer, code: string, page: PageRequest): Promise<Page<JourneyLeg>> {
    return this.visible(viewer, page, (query) => query.where('l.to_code = :code', { code: locationCode(code) ?? code }));
  }

  listOnCorridor(viewer: Viewer, origin: string, destination: string, page: PageRequest): Promise<Page<JourneyLeg>> {
    return this.visible(viewer, page, (query) =>
      query.where('l.from_code = :origin AND l.to_code = :destination', {
        origin: locationCode(origin) ?? origin,
        destination: locationCode(destination) ?? destination,
      }),
    );
  }

  /**
   * A list of legs from many cases is filtered before it is returned (nullability follows
   * policy): the caller's own agency's legs, and others' only where `handlingCodePermits` would
   * admit the caller to that code. The codes are asked of the shared rule, not restated here.
   */
  private visible(viewer: Viewer, page: PageRequest, where: (query: SelectQueryBuilder<JourneyLeg>) => SelectQueryBuilder<JourneyLeg>) {
    if (viewer.principal.sector !== 'LAW_ENFORCEMENT') return Promise.resolve(toPage<JourneyLeg>([], 0));
    const otherAgency = '\u0000another agency';
    const codes = HANDLING_CODES.filter((code) => handlingCodePermits({ handlingCode: code, ownerOrg: otherAgency }, viewer.principal, viewer.purpose));
    const query = where(this.query()).andWhere('(l.owner_org = :org OR c.handling_code = ANY(:codes::handling_code[]))', {
      org: viewer.principal.org,
      codes,
    });
    return this.page(query, page);
  }

  private query(): SelectQueryBuilder<JourneyLeg> {
    return this.dataSource
      .getRepository(JourneyLeg)
      .createQueryBuilder('l')
      .innerJoinAndSelect('l.case', 'c')
      .leftJoinAndSelect('l.personRecord', 'p');
  }

  private async page(query: SelectQueryBuilder<JourneyLeg>, options: PageRequest): Promise<Page<JourneyLeg>> {
    const size = pageSize(options.first);
    if (options.after) {
      const after = decodeCursor(options.after);
      query.andWhere('(l.created_at, l.id) > (:afterAt, :afterId)', { afterAt: after.createdAt, afterId: after.id });
    }
    const rows = await query.orderBy('l.created_at', 'ASC').addOrderBy('l.id', 'ASC').limit(size + 1).getMany();
    return toPage(withTravellersCase(rows), size);
  }
}

/** A traveller is on the leg's case: give the record its case, whose handling code governs it. */
function withTravellersCase(legs: JourneyLeg[]): JourneyLeg[] {
  for (const leg of legs) if (leg.personRecord) leg.personRecord.case = leg.case;
  return legs;
}
