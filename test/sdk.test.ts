import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { parse, validate } from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BeaconErrorCode as ServerErrorCode } from '../shared/errors/index.js';
import { buildApiSchema, printApiSchema } from '../sdk/api-schema.js';
import * as generated from '../sdk/generated.js';
import * as sdk from '../sdk/index.js';
import type { BeaconKnownErrorCode } from '../sdk/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readText = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const STALE = 'run `npm run codegen` and commit the result';

const supergraph = readText('supergraph.graphql');
const examples = readdirSync(new URL('../examples/', import.meta.url))
  .filter((file) => file.endsWith('.graphql'))
  .sort();

describe('the committed SDK', () => {
  it('has sdk/schema.graphql derived from the current supergraph.graphql', () => {
    expect(readText('sdk/schema.graphql'), `sdk/schema.graphql is stale: ${STALE}`).toBe(printApiSchema(supergraph));
  });

  it('has sdk/generated.ts exactly as codegen.yml generates it today', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: `${root}codegen.yml` });
    // generate() is typed `any` (it never resolves in watch mode); without saving it returns the files.
    const outputs: ReadonlyArray<{ filename: string; content: string }> = await generate(
      { ...config, cwd: root, silent: true, verbose: false },
      false,
    );
    const fresh = outputs.find((output) => output.filename.endsWith('sdk/generated.ts'));
    expect(fresh, 'codegen.yml no longer generates sdk/generated.ts').toBeDefined();
    expect(readText('sdk/generated.ts'), `sdk/generated.ts is stale: ${STALE}`).toBe(fresh!.content);
  });

  it('re-exports every generated document and enum from sdk/index.ts', () => {
    const missing = Object.keys(generated).filter((name) => !(name in sdk));
    expect(missing, 'add these to the named re-exports in sdk/index.ts').toEqual([]);
  });

  it('knows exactly the error codes the services send', () => {
    // Checked by `npm run typecheck` (the SDK stands alone, so it cannot import shared/errors).
    expectTypeOf<BeaconKnownErrorCode>().toEqualTypeOf<ServerErrorCode>();
  });
});

describe('the API schema', () => {
  const schema = buildApiSchema(supergraph);

  it('keeps no federation internals', () => {
    const leaked = Object.keys(schema.getTypeMap()).filter((name) => /^(join|link)__/.test(name));
    const directives = schema.getDirectives().map((directive) => directive.name);
    expect(leaked).toEqual([]);
    expect(directives.filter((name) => name === 'link' || name.startsWith('join__'))).toEqual([]);
  });

  it.each(examples)('validates examples/%s', (file) => {
    const document = parse(readText(`examples/${file}`));
    const errors = validate(schema, document).map((error) => error.message);
    expect(errors).toEqual([]);
    expect(document.definitions.every((node) => node.kind !== 'OperationDefinition' || node.name)).toBe(true);
  });
});
