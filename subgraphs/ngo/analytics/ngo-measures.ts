import { registerEnumType } from 'type-graphql';
import type { MeasureDefinition } from '../../../shared/aggregates/index.js';
import { MethodOfControl, MethodOfRecruitment, TypeOfExploitation } from '../htcds/htcds-vocabulary.js';
import { IncidentSource } from '../incident-report/incident-report.entity.js';
import { Gender } from '../survivor/survivor.entity.js';

export enum NgoMeasure {
  SURVIVORS = 'SURVIVORS',
  INCIDENTS = 'INCIDENTS',
}

export enum NgoDimension {
  EXPLOITATION_TYPE = 'EXPLOITATION_TYPE',
  METHOD_OF_RECRUITMENT = 'METHOD_OF_RECRUITMENT',
  METHOD_OF_CONTROL = 'METHOD_OF_CONTROL',
  GENDER = 'GENDER',
  AGE_BAND = 'AGE_BAND',
  CITIZENSHIP = 'CITIZENSHIP',
  SOURCE = 'SOURCE',
}

registerEnumType(NgoMeasure, {
  name: 'NgoMeasure',
  description: 'What the NGO sector counts.',
  valuesConfig: {
    SURVIVORS: { description: 'Survivors NGOs support, placed where (and when) they were exploited; a route from where they were recruited.' },
    INCIDENTS: { description: 'Non-personal incident reports (hotline, open source, partner), at their place and day.' },
  },
});

registerEnumType(NgoDimension, {
  name: 'NgoDimension',
  description: 'How an NGO measure can be broken down (survivors: all but SOURCE; incidents: EXPLOITATION_TYPE and SOURCE).',
  valuesConfig: {
    EXPLOITATION_TYPE: { description: 'HTCDS type of exploitation (a survivor can count in several).' },
    METHOD_OF_RECRUITMENT: { description: 'HTCDS method of recruitment (several per survivor).' },
    METHOD_OF_CONTROL: { description: 'HTCDS method of control (several per survivor).' },
    GENDER: { description: 'HTCDS gender.' },
    AGE_BAND: { description: "CTDC's broad age bands at the time of trafficking (0–8 … 48+), UNKNOWN when not recorded." },
    CITIZENSHIP: { description: 'ISO 3166 citizenship (several per survivor); only categories with a shown count are listed.' },
    SOURCE: { description: 'Where an incident report came from: HOTLINE, OPEN_SOURCE, PARTNER.' },
  },
});

/** CTDC's `ageBroad` levels (../shared/data/ctdc/ctdc_ageBroad_bands.csv), bounds inclusive. */
export const CTDC_AGE_BANDS: ReadonlyArray<{ readonly label: string; readonly min: number; readonly max: number }> = [
  { label: '0-8', min: 0, max: 8 },
  { label: '9-17', min: 9, max: 17 },
  { label: '18-20', min: 18, max: 20 },
  { label: '21-23', min: 21, max: 23 },
  { label: '24-26', min: 24, max: 26 },
  { label: '27-29', min: 27, max: 29 },
  { label: '30-38', min: 30, max: 38 },
  { label: '39-47', min: 39, max: 47 },
  { label: '48+', min: 48, max: 200 },
];

const SURVIVOR_RECORDS = {
  kind: 'SURVIVOR_CASE_RECORDS',
  measures: 'Survivors who reached an NGO in the federation: the reach of services, not the number of victims.',
};

export const NGO_MEASURES: readonly MeasureDefinition[] = [
  {
    name: NgoMeasure.SURVIVORS,
    onCorridors: true,
    provenance: {
      unit: 'One survivor, placed at her first exploitation event (else her latest event) and its month; a route runs from her recruitment (else first) event to that place.',
      sources: [SURVIVOR_RECORDS],
      caveats: ['Survivors with no dated event are not counted.', 'A survivor supported by two NGOs is counted by each, until linkage merges them.'],
    },
    dimensions: {
      EXPLOITATION_TYPE: { categories: Object.values(TypeOfExploitation), additive: false },
      METHOD_OF_RECRUITMENT: { categories: Object.values(MethodOfRecruitment), additive: false },
      METHOD_OF_CONTROL: { categories: Object.values(MethodOfControl), additive: false },
      GENDER: { categories: Object.values(Gender), additive: true },
      AGE_BAND: { categories: [...CTDC_AGE_BANDS.map((band) => band.label), 'UNKNOWN'], additive: true },
      CITIZENSHIP: { categories: 'open', additive: false },
    },
  },
  {
    name: NgoMeasure.INCIDENTS,
    onCorridors: false,
    provenance: {
      unit: 'One incident report, at its place and on the day it occurred.',
      sources: [
        { kind: IncidentSource.HOTLINE, measures: 'Calls and messages to NGO hotlines: who knows the number and dares to call.' },
        { kind: IncidentSource.OPEN_SOURCE, measures: 'News, classified ads and social media: media attention, not prevalence.' },
        { kind: IncidentSource.PARTNER, measures: 'Reports passed on by other organisations: where partners work.' },
      ],
      caveats: ['Open-source incidents measure media attention, not prevalence: break down by SOURCE before comparing places.'],
    },
    dimensions: {
      EXPLOITATION_TYPE: { categories: Object.values(TypeOfExploitation), additive: true },
      SOURCE: { categories: Object.values(IncidentSource), additive: true },
    },
  },
];
