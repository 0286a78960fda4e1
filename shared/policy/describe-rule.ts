import type { Rule } from './rules.js';

/**
 * Plain-language text for each named rule, as `docs/ACCESS.md` shows it. Parameterised rules are
 * described from their name (`sectorIs(NGO)` → "sector NGO"); a rule with no entry here shows
 * its name, which a test catches.
 */
const DESCRIPTIONS: Record<string, string> = {
  isAuthenticated: 'any member with a valid token',
  sameOrganisationAsOwner: "the caller's organisation owns the record",
  justifiedIfLawEnforcement: 'police callers state a justification',
};
const PARAMETERISED: Array<[RegExp, (args: string[]) => string]> = [
  [/^sectorIs\((.*)\)$/, (args) => `sector ${args.join(' or ')}`],
  [/^roleIn\((.*)\)$/, (args) => `role ${args.join(' or ')}`],
  [/^purposeIn\((.*)\)$/, (args) => `declared purpose ${args.join(' or ')}`],
];

/** Lets a subgraph's own rules (consent, handling codes…) describe themselves for ACCESS.md. */
export function describeRuleName(name: string, description: string): void {
  DESCRIPTIONS[name] = description;
}

interface LogicRuleLike {
  getRules(): Rule[];
  constructor: { name: string };
}

/** The condition a rule grants access under, in words. */
export function describeRule(rule: Rule): string {
  const logic = rule as unknown as Partial<LogicRuleLike>;
  const kind = (rule as object).constructor.name;
  if (kind === 'RuleTrue') return 'everyone, even without a token';
  if (kind === 'RuleFalse') return 'nobody';
  if (typeof logic.getRules === 'function') {
    // `and(and(a, b), c)` reads as "a and b and c": nested rules of the same kind are flattened.
    const flatten = (outer: Rule): Rule[] =>
      (outer as unknown as LogicRuleLike).getRules().flatMap((inner) =>
        (inner as object).constructor.name === kind ? flatten(inner) : [inner],
      );
    const parts = flatten(rule).map((inner) => describeRule(inner));
    if (kind === 'RuleAnd' || kind === 'RuleChain') return parts.map(wrap).join(' and ');
    if (kind === 'RuleOr' || kind === 'RuleRace') return parts.map(wrap).join(' or ');
    if (kind === 'RuleNot') return `not (${parts.join('')})`;
  }
  const name = (rule as { name?: string }).name ?? '?';
  if (DESCRIPTIONS[name]) return DESCRIPTIONS[name];
  for (const [pattern, describe] of PARAMETERISED) {
    const match = pattern.exec(name);
    if (match) return describe((match[1] ?? '').split(','));
  }
  return `\`${name}\``;
}

/** Parenthesises a clause that itself combines clauses, so "a or b and c" is never ambiguous. */
function wrap(text: string): string {
  return / (and|or) /.test(text) ? `(${text})` : text;
}
