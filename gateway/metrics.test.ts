import { describe, expect, it } from 'vitest';
import { ANONYMOUS_OPERATION, GatewayMetrics, MAX_OPERATION_NAMES, OTHER_OPERATIONS } from './metrics.js';

describe('GatewayMetrics.operationLabel', () => {
  it('labels operations by name, up to a cap, so callers cannot mint series without bound', () => {
    const metrics = new GatewayMetrics();
    for (let i = 0; i < MAX_OPERATION_NAMES; i += 1) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany')).toBe(OTHER_OPERATIONS);
    expect(metrics.operationLabel('Op7')).toBe('Op7');
    expect(metrics.operationLabel(undefined)).toBe(ANONYMOUS_OPERATION);
  });

  it('keeps each gateway in a registry of its own', async () => {
    const [a, b] = [new GatewayMetrics(), new GatewayMetrics()];
    a.rateLimited.inc();
    expect((await a.rateLimited.get()).values[0]?.value).toBe(1);
    expect((await b.rateLimited.get()).values[0]?.value).toBe(0);
  });
});
