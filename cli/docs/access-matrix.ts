import { describeRule, type PolicyMap } from '../../shared/policy/index.js';
import { buildOfflineSubgraphs } from '../compose/compose-supergraph.js';

/** Federation plumbing every subgraph has; listed once at the end rather than per subgraph. */
const FEDERATION_FIELDS = new Set(['Query._service', 'Query._entities', '_Service.sdl']);

/**
 * `docs/ACCESS.md`, written from the policy maps the subgraphs actually enforce, so the document
 * cannot drift from the code (a test regenerates it and compares).
 */
export async function renderAccessMatrix(): Promise<string> {
  const lines = [
    '# Who may see what',
    '',
    'Generated from each subgraph\'s `policy.ts` by `npx beacon docs` — do not edit by hand.',
    'Every field of every type has exactly one rule; a field not listed here does not exist.',
    'A denied field is `null` with a `FORBIDDEN` error; the rest of the answer is intact.',
    '',
  ];
  for (const { definition, subgraph } of await buildOfflineSubgraphs()) {
    lines.push(`## ${definition.name}`, '');
    for (const [type, fields] of Object.entries(subgraph.policy)) {
      const rows = Object.entries(fields).filter(([field]) => !FEDERATION_FIELDS.has(`${type}.${field}`));
      if (rows.length === 0) continue;
      lines.push(`### ${type}`, '', '| field | who may see it |', '|---|---|');
      for (const [field, rule] of rows) lines.push(`| \`${field}\` | ${describeRule(rule)} |`);
      lines.push('');
    }
  }
  lines.push('## Federation fields (every subgraph)', '', '| field | who may use it |', '|---|---|');
  const [first] = await buildOfflineSubgraphs();
  const policy = first?.subgraph.policy as PolicyMap;
  for (const path of FEDERATION_FIELDS) {
    const [type, field] = path.split('.') as [string, string];
    const rule = policy[type]?.[field];
    if (rule) lines.push(`| \`${path}\` | ${describeRule(rule)} |`);
  }
  lines.push('');
  return lines.join('\n');
}
