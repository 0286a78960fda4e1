import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse, parseType, parseValue, print, visit, type ConstDirectiveNode, type InputValueDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSubgraphSdls, composeSupergraph, type SubgraphSdl } from '../compose/compose-supergraph.js';
import { runSchema } from '../commands/schema.js';
import { checkSchema, formatSchemaReport } from './schema-check.js';

let subgraphs: SubgraphSdl[];
/** The federation as the code composes it now, standing in for the committed supergraph. */
let committed: string;
let folder: string;

beforeAll(async () => {
  subgraphs = await buildSubgraphSdls();
  committed = composeSupergraph(subgraphs);
  folder = await mkdtemp(join(tmpdir(), 'beacon-schema-check-'));
}, 300_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const ngoSdl = () => subgraphs.find((subgraph) => subgraph.name === 'ngo')!.sdl;

/** Edits one field of an object type in an SDL through its AST, printed back to SDL. */
function editField(sdl: string, type: string, field: string, edit: (node: any) => unknown): string {
  const edited = visit(parse(sdl), {
    FieldDefinition(node, _key, _parent, _path, ancestors) {
      const owner = ancestors[ancestors.length - 1] as { name?: { value: string } };
      return owner?.name?.value === type && node.name.value === field ? edit(node) : undefined;
    },
  });
  const printed = print(edited);
  expect(printed, `the edit of ${type}.${field} changed nothing`).not.toBe(print(parse(sdl)));
  return printed;
}

const deprecated = (reason: string): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: 'deprecated' },
  arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'reason' }, value: parseValue(JSON.stringify(reason)) as never }],
});

const check = (sdl: string, allowList: Array<{ coordinate: string; reason: string }> = [], base = committed) =>
  checkSchema({ committedSupergraph: base, subgraphs, proposed: { subgraph: 'ngo', sdl }, allowList });

describe('beacon schema check', () => {
  it('passes the current subgraphs against their own composition', () => {
    const report = checkSchema({ committedSupergraph: committed, subgraphs, allowList: [] });
    expect(report.breaking).toEqual([]);
  });

  it('fails a removed field, naming it and what to do', () => {
    const report = check(editField(ngoSdl(), 'Survivor', 'givenName', () => null));
    expect(report.breaking.map((change) => change.coordinate)).toEqual(['Survivor.givenName']);
    const words = formatSchemaReport(report, 'schema-changes.allow.json');
    expect(words).toContain('✗ Survivor.givenName was removed. (Survivor.givenName): operations that select it stop validating.');
    expect(words).toContain('mark it @deprecated(reason: "use … instead") first');
  });

  it('fails a retyped field', () => {
    const report = check(editField(ngoSdl(), 'Survivor', 'givenName', (node) => ({ ...node, type: parseType('Int') })));
    expect(report.breaking).toMatchObject([{ type: 'FIELD_CHANGED_KIND', coordinate: 'Survivor.givenName' }]);
  });

  it('fails a new required argument', () => {
    const argument: InputValueDefinitionNode = {
      kind: Kind.INPUT_VALUE_DEFINITION,
      name: { kind: Kind.NAME, value: 'region' },
      type: parseType('String!'),
    };
    const report = check(editField(ngoSdl(), 'Query', 'survivors', (node) => ({ ...node, arguments: [...node.arguments, argument] })));
    expect(report.breaking).toMatchObject([{ type: 'REQUIRED_ARG_ADDED', coordinate: 'Query.survivors(region:)' }]);
  });

  it('fails a removed enum value', () => {
    const edited = print(
      visit(parse(ngoSdl()), {
        EnumTypeDefinition(node) {
          return node.name.value === 'Gender' ? { ...node, values: node.values?.slice(1) } : undefined;
        },
      }),
    );
    const report = check(edited);
    expect(report.breaking).toHaveLength(1);
    expect(report.breaking[0]).toMatchObject({ type: 'VALUE_REMOVED_FROM_ENUM' });
    expect(report.breaking[0]!.coordinate).toMatch(/^Gender\.\w+$/);
  });

  it('passes the removal of a field deprecated in the committed supergraph, with a note', () => {
    const withDeprecation = editField(ngoSdl(), 'Survivor', 'familyName', (node) => ({
      ...node,
      directives: [...(node.directives ?? []), deprecated('Use aliases instead.')],
    }));
    const base = composeSupergraph(subgraphs.map((subgraph) => (subgraph.name === 'ngo' ? { ...subgraph, sdl: withDeprecation } : subgraph)));
    const report = check(editField(withDeprecation, 'Survivor', 'familyName', () => null), [], base);
    expect(report.breaking).toEqual([]);
    expect(report.retired).toMatchObject([{ coordinate: 'Survivor.familyName', deprecationReason: 'Use aliases instead.' }]);
    expect(formatSchemaReport(report, 'x')).toContain('Survivor.familyName, deprecated: "Use aliases instead."');
  });

  it('passes a breaking change listed in the allow-file, with its reason', () => {
    const report = check(editField(ngoSdl(), 'Survivor', 'givenName', () => null), [
      { coordinate: 'Survivor.givenName', reason: 'No partner selects it (checked with all three).' },
    ]);
    expect(report.breaking).toEqual([]);
    expect(report.allowed).toMatchObject([{ coordinate: 'Survivor.givenName' }]);
  });

  it('exits 1 from the command line on a breaking SDL file and 0 once the allow-file lists it', async () => {
    const sdlFile = join(folder, 'ngo.graphql');
    await writeFile(sdlFile, editField(ngoSdl(), 'Survivor', 'givenName', () => null));
    const supergraphFile = join(folder, 'supergraph.graphql');
    await writeFile(supergraphFile, committed);
    const allowFile = join(folder, 'allow.json');
    await writeFile(allowFile, JSON.stringify([{ coordinate: 'Survivor.givenName', reason: 'Agreed with every partner in advance.' }]));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const args = ['check', '--subgraph', 'ngo', '--sdl', sdlFile, '--supergraph', supergraphFile];
      expect(await runSchema(args)).toBe(1);
      expect(stderr.mock.calls.join('')).toContain('Survivor.givenName was removed.');
      expect(await runSchema([...args, '--allow', allowFile])).toBe(0);
      expect(stdout.mock.calls.join('')).toContain('Reason: Agreed with every partner in advance.');
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
    }
  }, 300_000);
});
