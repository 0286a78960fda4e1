/**
 * The configuration catalogue: every environment variable a Beacon reader looks at, declared
 * beside the reader that uses it (defaults from the same named constants), so that
 * `docs/configuration.md` is generated from the code and cannot drift from it. A test reads each
 * config reader through an environment that records what it is asked for and fails on any name
 * that no catalogue declares.
 */
export interface ConfigVariable {
  readonly name: string;
  /** Which programs read it: `gateway`, a subgraph's name, `dev stack`, a `beacon` command. */
  readonly readBy: readonly string[];
  readonly type: ConfigType;
  /** What applies when it is unset, in words or as the value; absent when it is required. */
  readonly default?: string;
  /** What it changes and why one would set it. */
  readonly description: string;
}

export type ConfigType = 'port' | 'whole number' | 'fraction' | 'URL' | 'text' | 'path' | 'JSON' | 'secret' | 'log level';

/** The subgraphs as their variables name them (`BEACON_<PREFIX>_…`). */
export const SUBGRAPH_ENV_PREFIXES = {
  'law-enforcement': 'LAW_ENFORCEMENT',
  ngo: 'NGO',
  financial: 'FINANCIAL',
  linkage: 'LINKAGE',
} as const;
export type SubgraphEnvName = keyof typeof SUBGRAPH_ENV_PREFIXES;

/** Declares variables; checks the declarations so a typo in a catalogue fails at import, not in the docs. */
export function catalogue(variables: readonly ConfigVariable[]): readonly ConfigVariable[] {
  for (const variable of variables) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(variable.name)) throw new Error(`Configuration catalogue: "${variable.name}" is not an environment variable name.`);
    if (variable.readBy.length === 0 || variable.description.trim() === '') {
      throw new Error(`Configuration catalogue: ${variable.name} needs its readers and a description.`);
    }
  }
  return Object.freeze(variables.map((variable) => Object.freeze({ ...variable, readBy: Object.freeze([...variable.readBy]) })));
}
