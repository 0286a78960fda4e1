import { registerEnumType } from 'type-graphql';
import type { MeasureDefinition } from '../../../shared/aggregates/index.js';
import { JourneyLegMode } from '../journey/journey-leg.entity.js';
import { CaseExploitationType } from '../taxonomy/exploitation-type.enum.js';
import { PerpetratorRole } from '../taxonomy/perpetrator-role.enum.js';

export enum LawEnforcementMeasure {
  CASES = 'CASES',
  SUSPECTS = 'SUSPECTS',
  JOURNEY_LEGS = 'JOURNEY_LEGS',
}

export enum LawEnforcementDimension {
  EXPLOITATION_TYPE = 'EXPLOITATION_TYPE',
  PERPETRATOR_ROLE = 'PERPETRATOR_ROLE',
  MODE = 'MODE',
}

registerEnumType(LawEnforcementMeasure, {
  name: 'LawEnforcementMeasure',
  description: 'What the law-enforcement sector counts (cases handled H0 or H1 only).',
  valuesConfig: {
    CASES: { description: 'Cases, in their jurisdiction and the month they were opened.' },
    SUSPECTS: { description: "Suspects' person records, in their case's jurisdiction and opening month." },
    JOURNEY_LEGS: { description: 'Journey legs, at the place they arrive and the month travelled; a route from the country left to the country reached.' },
  },
});

registerEnumType(LawEnforcementDimension, {
  name: 'LawEnforcementDimension',
  description: 'How a law-enforcement measure can be broken down (cases: EXPLOITATION_TYPE; suspects: PERPETRATOR_ROLE; journey legs: MODE).',
  valuesConfig: {
    EXPLOITATION_TYPE: { description: 'HTCDS type of exploitation of the case (several per case).' },
    PERPETRATOR_ROLE: { description: "HTCDS role in the process (several per suspect)." },
    MODE: { description: 'How the leg was travelled: ROAD, RAIL, AIR, SEA, FOOT, OTHER.' },
  },
});

const CASE_RECORDS = {
  kind: 'CASE_RECORDS',
  measures: 'What agencies investigate: enforcement effort and priorities, not prevalence.',
};
const HANDLING = 'Cases under handling code H2 or H3 (no further dissemination without the provider) are left out of every figure.';

export const LAW_ENFORCEMENT_MEASURES: readonly MeasureDefinition[] = [
  {
    name: LawEnforcementMeasure.CASES,
    onCorridors: false,
    countryOnly: true,
    provenance: { unit: 'One case, in its jurisdiction (a country) and the month it was opened.', sources: [CASE_RECORDS], caveats: [HANDLING, 'Cases without a jurisdiction are not counted.'] },
    dimensions: { EXPLOITATION_TYPE: { categories: Object.keys(CaseExploitationType), additive: false } },
  },
  {
    name: LawEnforcementMeasure.SUSPECTS,
    onCorridors: false,
    countryOnly: true,
    provenance: {
      unit: "One suspect's person record, in the case's jurisdiction and opening month.",
      sources: [CASE_RECORDS],
      caveats: [HANDLING, 'A person suspected in two cases counts twice.'],
    },
    dimensions: { PERPETRATOR_ROLE: { categories: Object.keys(PerpetratorRole), additive: false } },
  },
  {
    name: LawEnforcementMeasure.JOURNEY_LEGS,
    onCorridors: true,
    provenance: {
      unit: 'One journey leg, at the place it arrives and the month travelled; along the route from its departure country.',
      sources: [CASE_RECORDS],
      caveats: [HANDLING, 'Legs without a travel date are not counted.', 'A person with several legs counts once per leg.'],
    },
    dimensions: { MODE: { categories: Object.values(JourneyLegMode), additive: true } },
  },
];
