/**
 * Probes until `done` holds or the time is up, then returns the last value: publications reach
 * the hub through the sectors' outboxes, asynchronously, so a test asks again rather than sleeping
 * a guessed time. The caller asserts on what comes back, so a timeout fails with the real value.
 */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
