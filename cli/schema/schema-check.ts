import { composeSupergraph, type SubgraphSdl } from '../compose/compose-supergraph.js';
import { compareSupergraphs, type AllowedChange, type SchemaChangeReport } from './schema-change.js';

export interface SchemaCheckInput {
  /** The committed `supergraph.graphql`: what partners build against today. */
  readonly committedSupergraph: string;
  /** Every subgraph's current SDL (from the code). */
  readonly subgraphs: readonly SubgraphSdl[];
  /** A proposed SDL for one subgraph, replacing its current one. */
  readonly proposed?: { readonly subgraph: string; readonly sdl: string };
  readonly allowList: readonly AllowedChange[];
}

/** Composes the proposed federation (a composition error throws, with its problems) and compares. */
export function checkSchema(input: SchemaCheckInput): SchemaChangeReport {
  const { proposed } = input;
  if (proposed && !input.subgraphs.some((subgraph) => subgraph.name === proposed.subgraph)) {
    throw new Error(`There is no subgraph "${proposed.subgraph}"; choose one of ${input.subgraphs.map((subgraph) => subgraph.name).join(', ')}.`);
  }
  const subgraphs = input.subgraphs.map((subgraph) =>
    proposed && subgraph.name === proposed.subgraph ? { ...subgraph, sdl: proposed.sdl } : subgraph,
  );
  return compareSupergraphs(input.committedSupergraph, composeSupergraph(subgraphs), input.allowList);
}

/** The report in words: what breaks for partners, and what to do about it. */
export function formatSchemaReport(report: SchemaChangeReport, allowFile: string): string {
  const lines: string[] = [];
  if (report.breaking.length > 0) {
    lines.push(`${report.breaking.length} breaking change(s) for partners, compared with the committed supergraph.graphql:`);
    for (const change of report.breaking) lines.push(`  ✗ ${change.description} (${change.coordinate}): ${change.impact}.`);
    lines.push(
      '',
      'To retire a field, argument or enum value, mark it @deprecated(reason: "use … instead") first and',
      'release that; removing it in a later change then passes. To take a break knowingly, add',
      `{ "coordinate": "<coordinate above>", "reason": "<why partners can take it>" } to ${allowFile}.`,
    );
  }
  if (report.retired.length > 0) {
    lines.push('Retired after deprecation (allowed):');
    for (const change of report.retired) lines.push(`  • ${change.coordinate}, deprecated: "${change.deprecationReason}".`);
  }
  if (report.allowed.length > 0) {
    lines.push(`Breaking but listed in ${allowFile} (allowed):`);
    for (const change of report.allowed) lines.push(`  • ${change.description} Reason: ${change.reason}`);
  }
  if (report.dangerous.length > 0) {
    lines.push('Changes partners may notice (allowed; say so in the release notes):');
    for (const change of report.dangerous) lines.push(`  • ${change.description}`);
  }
  if (report.breaking.length === 0) lines.push('No breaking change for partners.');
  return `${lines.join('\n')}\n`;
}
