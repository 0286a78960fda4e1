import { Kind, parse, visit, type ConstArgumentNode, type DocumentNode, type EnumValueDefinitionNode } from 'graphql';

const JOIN_GRAPH_DIRECTIVE = 'join__graph';

/** One subgraph as the supergraph's `join__Graph` enum declares it. */
export interface SupergraphSubgraph {
  readonly name: string;
  readonly url: string;
}

/** The subgraphs a supergraph routes to, in declaration order. */
export function listSubgraphs(supergraph: DocumentNode): SupergraphSubgraph[] {
  const subgraphs: SupergraphSubgraph[] = [];
  visit(supergraph, {
    EnumValueDefinition(node) {
      const args = joinGraphArguments(node);
      if (args) subgraphs.push({ name: args.name, url: args.url });
    },
  });
  return subgraphs;
}

/**
 * Parses the supergraph and points the named subgraphs at new URLs. Done on the AST rather than
 * through the runtime's `transportEntries` so the runtime sees one self-consistent supergraph and
 * the override cannot silently miss because of a key format. An override naming a subgraph the
 * supergraph does not have is a configuration mistake and fails at startup.
 */
export function loadSupergraph(sdl: string, urlOverrides: Readonly<Record<string, string>> = {}): DocumentNode {
  const document = parse(sdl, { noLocation: true });
  const known = new Set(listSubgraphs(document).map((subgraph) => subgraph.name));
  if (known.size === 0) {
    throw new Error('The supergraph declares no subgraphs (no @join__graph on the join__Graph enum).');
  }
  const unknown = Object.keys(urlOverrides).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `Subgraph URL overrides name subgraphs the supergraph lacks: ${unknown.join(', ')} ` +
        `(it has ${[...known].join(', ')}).`,
    );
  }
  for (const [name, url] of Object.entries(urlOverrides)) {
    if (!/^https?:\/\/[^/]/.test(url)) throw new Error(`The URL override for subgraph ${name} is not an http(s) URL.`);
  }
  return visit(document, {
    EnumValueDefinition(node) {
      const args = joinGraphArguments(node);
      const url = args ? urlOverrides[args.name] : undefined;
      return url === undefined ? undefined : withJoinGraphUrl(node, url);
    },
  });
}

function joinGraphArguments(node: EnumValueDefinitionNode): { name: string; url: string } | undefined {
  const directive = node.directives?.find((candidate) => candidate.name.value === JOIN_GRAPH_DIRECTIVE);
  if (!directive) return undefined;
  const name = stringArgument(directive.arguments, 'name');
  const url = stringArgument(directive.arguments, 'url');
  return name === undefined || url === undefined ? undefined : { name, url };
}

function stringArgument(args: readonly ConstArgumentNode[] | undefined, name: string): string | undefined {
  const value = args?.find((arg) => arg.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

function withJoinGraphUrl(node: EnumValueDefinitionNode, url: string): EnumValueDefinitionNode {
  return {
    ...node,
    directives: node.directives?.map((directive) =>
      directive.name.value !== JOIN_GRAPH_DIRECTIVE
        ? directive
        : {
            ...directive,
            arguments: directive.arguments?.map((arg) =>
              arg.name.value === 'url' ? { ...arg, value: { kind: Kind.STRING, value: url } } : arg,
            ),
          },
    ),
  };
}
