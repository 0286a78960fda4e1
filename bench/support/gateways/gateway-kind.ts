/** The gateways the bench compares, each on the same supergraph and subgraphs. */
export const GATEWAY_KINDS = ['hive', 'hive-rust', 'beacon', 'beacon-js', 'apollo'] as const;
export type GatewayKind = (typeof GATEWAY_KINDS)[number];

export const GATEWAY_LABELS: Readonly<Record<GatewayKind, string>> = {
  hive: 'bare Hive Gateway (JS planner)',
  'hive-rust': 'bare Hive Gateway (Rust planner)',
  beacon: "Beacon's gateway (Rust planner, default)",
  'beacon-js': "Beacon's gateway (JS planner)",
  apollo: '@apollo/gateway',
};

export interface GatewayArgument {
  readonly kind: GatewayKind;
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** The dev issuer the subgraphs trust (Beacon's gateway verifies tokens itself). */
  readonly issuer: { readonly issuer: string; readonly jwksFile: string };
  /** Beacon's gateway keeps its rate-limit buckets here when set, as `beacon start` does with REDIS_URL. */
  readonly redisUrl: string | undefined;
}

export interface GatewayInfo {
  /** The GraphQL endpoint. */
  readonly url: string;
}
