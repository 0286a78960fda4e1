import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type BreakerState } from './circuit-breaker.js';

function breakerWithClock() {
  const clock = { now: 0 };
  const changes: BreakerState[] = [];
  const breaker = new CircuitBreaker({ failureThreshold: 3, windowMs: 1_000, openMs: 500 }, (state) => changes.push(state), () => clock.now);
  return { breaker, clock, changes };
}

describe('CircuitBreaker', () => {
  it('opens after failureThreshold failures within the window and then refuses every call', () => {
    const { breaker, changes } = breakerWithClock();
    for (let i = 0; i < 3; i += 1) {
      expect(breaker.admit()).toBe('yes');
      breaker.failed(false);
    }
    expect(breaker.state).toBe('open');
    expect(breaker.admit()).toBe('no');
    expect(changes).toEqual(['open']);
  });

  it('stays closed when the failures are spread wider than the window', () => {
    const { breaker, clock } = breakerWithClock();
    for (let i = 0; i < 6; i += 1) {
      clock.now += 600;
      breaker.failed(false);
    }
    expect(breaker.state).toBe('closed');
  });

  it('lets exactly one probe through once openMs has passed, and closes when it succeeds', () => {
    const { breaker, clock, changes } = breakerWithClock();
    for (let i = 0; i < 3; i += 1) breaker.failed(false);
    clock.now += 499;
    expect(breaker.admit()).toBe('no');
    clock.now += 1;
    expect(breaker.admit()).toBe('probe');
    expect(breaker.admit()).toBe('no');
    breaker.succeeded(true);
    expect(breaker.state).toBe('closed');
    expect(breaker.admit()).toBe('yes');
    expect(changes).toEqual(['open', 'half-open', 'closed']);
  });

  it('opens again for another openMs when the probe fails', () => {
    const { breaker, clock, changes } = breakerWithClock();
    for (let i = 0; i < 3; i += 1) breaker.failed(false);
    clock.now += 500;
    expect(breaker.admit()).toBe('probe');
    breaker.failed(true);
    expect(breaker.state).toBe('open');
    clock.now += 499;
    expect(breaker.admit()).toBe('no');
    expect(changes).toEqual(['open', 'half-open', 'open']);
  });

  it('ignores the late outcome of a call that started before it opened', () => {
    const { breaker, clock } = breakerWithClock();
    for (let i = 0; i < 3; i += 1) breaker.failed(false);
    breaker.succeeded(false);
    expect(breaker.state).toBe('open');
    clock.now += 500;
    expect(breaker.admit()).toBe('probe');
    breaker.failed(false);
    expect(breaker.state).toBe('half-open');
  });
});
