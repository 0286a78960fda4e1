import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GATEWAY_KINDS, type GatewayKind } from './support/gateways/gateway-kind.js';

/** The bench's two operations: one subgraph (`survivors`), and a four-subgraph plan (`people`). */
export const OPERATION_NAMES = ['single', 'cross'] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

const DEFAULT_SECONDS = 60;
const DEFAULT_CONNECTIONS = 100;
const DEFAULT_WARMUP_SECONDS = 3;

export interface BenchOptions {
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly connections: number;
  readonly gateways: readonly GatewayKind[];
  /** Which operations load each gateway (profiling one is easier alone). Default both. */
  readonly operations: readonly OperationName[];
  readonly databaseServerUrl: string | undefined;
  readonly redisUrl: string | undefined;
  /** When set, each gateway row's measured window is profiled (V8's CPU profiler) into `<gateway>-<operation>.cpuprofile` here. */
  readonly cpuProfileDir: string | undefined;
}

export function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: String(DEFAULT_SECONDS) },
      warmup: { type: 'string', default: String(DEFAULT_WARMUP_SECONDS) },
      connections: { type: 'string', default: String(DEFAULT_CONNECTIONS) },
      gateways: { type: 'string', default: GATEWAY_KINDS.join(',') },
      operations: { type: 'string', default: OPERATION_NAMES.join(',') },
      'database-url': { type: 'string' },
      'redis-url': { type: 'string' },
      'cpu-prof-dir': { type: 'string' },
    },
    strict: true,
  });
  const gateways = values.gateways.split(',').map((name) => name.trim());
  const unknown = gateways.filter((name) => !(GATEWAY_KINDS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new RangeError(`--gateways takes ${GATEWAY_KINDS.join(', ')}; got ${unknown.join(', ')}.`);
  const operations = values.operations.split(',').map((name) => name.trim());
  const unknownOperations = operations.filter((name) => !(OPERATION_NAMES as readonly string[]).includes(name));
  if (unknownOperations.length > 0) throw new RangeError(`--operations takes ${OPERATION_NAMES.join(', ')}; got ${unknownOperations.join(', ')}.`);
  return {
    seconds: wholeNumber('--seconds', values.seconds, 1, 3_600),
    warmupSeconds: wholeNumber('--warmup', values.warmup, 0, 600),
    connections: wholeNumber('--connections', values.connections, 1, 1_000),
    gateways: gateways as GatewayKind[],
    operations: operations as OperationName[],
    databaseServerUrl: values['database-url'] || process.env.DATABASE_URL || undefined,
    redisUrl: values['redis-url'] || undefined,
    cpuProfileDir: values['cpu-prof-dir'] ? resolve(values['cpu-prof-dir']) : undefined,
  };
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${flag} must be a whole number from ${min} to ${max}; got ${JSON.stringify(text)}.`);
  }
  return value;
}
