import { readFileSync, writeFileSync } from 'node:fs';
import { printApiSchema } from './api-schema.js';

// `npm run codegen`, step one: codegen (and a partner's own tooling) reads this plain API schema;
// a supergraph's join__ directives would otherwise leak federation internals into the SDK.
const supergraphFile = new URL('../supergraph.graphql', import.meta.url);
const apiSchemaFile = new URL('./schema.graphql', import.meta.url);

writeFileSync(apiSchemaFile, printApiSchema(readFileSync(supergraphFile, 'utf8')));
