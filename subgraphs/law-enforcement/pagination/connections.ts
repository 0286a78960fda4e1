import { Case } from '../case/case.entity.js';
import { JourneyLeg } from '../journey/journey-leg.entity.js';
import { PersonRecord } from '../person-record/person-record.entity.js';
import { connectionOf } from './connection.js';

export const { Connection: CaseConnection, Edge: CaseEdge } = connectionOf(Case, 'Case', 'case');
export const { Connection: PersonRecordConnection, Edge: PersonRecordEdge } = connectionOf(PersonRecord, 'PersonRecord', 'person record');
export const { Connection: JourneyLegConnection, Edge: JourneyLegEdge } = connectionOf(JourneyLeg, 'JourneyLeg', 'journey leg');
