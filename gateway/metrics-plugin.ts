import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST } from 'graphql';
import type { GatewayMetrics } from './metrics.js';

/**
 * Records each operation's duration by name and type, and every error a response carries by its
 * code. Errors are counted in `onResultProcess`, after masking, so the counts are of the codes
 * callers actually saw (the refusals Beacon's router sends itself are counted there).
 */
export function useGatewayMetrics(metrics: GatewayMetrics): GatewayPlugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      const labels = { operation: metrics.operationLabel(operation?.name?.value), type: operation?.operation ?? 'unknown' };
      const started = performance.now();
      return {
        onExecuteDone() {
          metrics.operationDuration.observe(labels, (performance.now() - started) / 1000);
        },
      };
    },
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const one of results) {
        if (Symbol.asyncIterator in one) continue;
        for (const error of one.errors ?? []) {
          const code = error.extensions?.code;
          metrics.errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
        }
      }
    },
  };
}
