import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonaName } from '../shared/auth/index.js';
import { startTestStack, type TestStack } from './support/stack.js';

/*
 * The persona × field matrix over every sensitive field of the demo person's three records, asked
 * of each owning subgraph directly through `_entities` (the path the gateway takes), so that each
 * subgraph's own policy is what answers. `V` = the value is disclosed, `-` = null with an error,
 * `0` = the whole record is withheld (the caller's sector may not know it exists).
 */
type Cell = 'V' | '-' | '0';
const PERSONAS: PersonaName[] = ['le-investigator', 'ngo-caseworker', 'bank-compliance', 'hub-analyst'];

const MATRIX: Record<string, { subgraph: string; fields: Record<string, [Cell, Cell, Cell, Cell]> }> = {
  PersonRecord: {
    subgraph: 'law-enforcement',
    //                       le   ngo  bank hub
    fields: {
      caseReference: ['V', '-', '-', '-'],
      category: ['V', '-', '-', '-'],
      givenName: ['V', '-', '-', '-'],
      familyName: ['V', '-', '-', '-'],
      dateOfBirth: ['V', '-', '-', '-'],
      nationalities: ['V', '-', '-', '-'],
      handlingCode: ['V', '-', '-', '-'],
      owningAgency: ['V', '-', '-', '-'],
    },
  },
  Survivor: {
    subgraph: 'ngo',
    fields: {
      givenName: ['-', 'V', '-', '-'],
      familyName: ['-', 'V', '-', '-'],
      dateOfBirth: ['-', 'V', '-', '-'],
      // Elena consented to police (investigation), her bank (aml-compliance) and the hub (analysis).
      gender: ['V', 'V', 'V', 'V'],
      citizenship: ['V', 'V', 'V', 'V'],
      owningOrganisation: ['V', 'V', 'V', 'V'],
    },
  },
  AccountHolder: {
    subgraph: 'financial',
    fields: {
      givenName: ['V', '0', 'V', '-'],
      familyName: ['V', '0', 'V', '-'],
      dateOfBirth: ['V', '0', 'V', '-'],
      nationality: ['V', '0', 'V', '-'],
      accountNumber: ['-', '0', 'V', '-'],
      owningInstitution: ['-', '0', 'V', '-'],
    },
  },
};

let stack: TestStack;
const recordIds: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack();
  const { body } = await stack.query('hub-analyst', '{ people(minSectors: 3) { personRecords { id } survivors { id } accountHolders { id } } }');
  const [elena] = body.data?.people as Array<Record<string, Array<{ id: string }>>>;
  recordIds.PersonRecord = elena?.personRecords?.[0]?.id as string;
  recordIds.Survivor = elena?.survivors?.[0]?.id as string;
  recordIds.AccountHolder = elena?.accountHolders?.[0]?.id as string;
});
afterAll(async () => {
  await stack?.stop();
});

const cases = Object.entries(MATRIX).flatMap(([type, { subgraph, fields }]) =>
  PERSONAS.map((persona, column) => ({
    type,
    subgraph,
    persona,
    expected: Object.fromEntries(Object.entries(fields).map(([field, cells]) => [field, cells[column] as Cell])),
  })),
);

describe('persona × field matrix', () => {
  it.each(cases)('$type as $persona discloses exactly the fields its owner allows', async ({ type, subgraph, persona, expected }) => {
    const fields = Object.keys(expected);
    const query = `query ($id: ID!) { _entities(representations: [{ __typename: "${type}", id: $id }]) { ... on ${type} { id ${fields.join(' ')} } } }`;
    const { body } = await stack.query(persona, query, { url: stack.subgraphUrls[subgraph], variables: { id: recordIds[type] } });
    const entity = (body.data?._entities as Array<Record<string, unknown> | null>)?.[0] ?? null;
    const denied = new Set((body.errors ?? []).map((error) => String(error.path?.[2])));
    const actual = Object.fromEntries(
      fields.map((field) => {
        if (entity === null) return [field, '0'];
        if (entity[field] !== null && entity[field] !== undefined) return [field, 'V'];
        return [field, denied.has(field) ? '-' : '?'];
      }),
    );
    expect(actual).toEqual(expected);
  });
});
