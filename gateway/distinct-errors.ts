import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * Drops repeated, identical errors from a response. When one entity call fails, the runtime
 * reports the failure once per entity (all with the same list path, no index), and after masking
 * those are indistinguishable: a list of 500 items would carry 500 copies of one sentence.
 * Runs after masking (Yoga processes results after execution), so it compares what clients see.
 */
export function useDistinctErrors(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const errors = result.errors;
      if (!errors || errors.length < 2) return;
      const seen = new Set<string>();
      const distinct = errors.filter((error) => {
        const key = JSON.stringify(error);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (distinct.length < errors.length) setResult({ ...result, errors: distinct });
    },
  };
}
