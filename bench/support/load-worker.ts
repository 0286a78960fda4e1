import http from 'node:http';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { LoadPlan, LoadResult, LoadWorkerMessage } from './load-plan.js';

/*
 * Runs in a worker thread: where a bench runs its servers in its own process (audit-overhead), a
 * load generator on the main thread would compete with them for its event loop. node:http rather than fetch keeps the client's
 * own cost per request low; one keep-alive socket per client, as a pool of API callers would hold.
 */
const MAX_DISTINCT_ERRORS = 10;
const MAX_ERROR_LENGTH = 300;
/** GraphQL errors that are the policy answering as designed, not failures. */
const EXPECTED_ERROR_CODES = new Set(['FORBIDDEN']);

interface Outcome {
  readonly ok: boolean;
  readonly error?: string;
}

const plan = workerData as LoadPlan;
const agent = new http.Agent({ keepAlive: true, maxSockets: plan.connections });
const target = new URL(plan.url);
const headers = { ...plan.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(plan.body) };
/*
 * Every request carries its own correlation id, as a partner's tool would. Without one, a gateway
 * that forwards the caller's headers as they are sends byte-identical subgraph calls for identical
 * concurrent requests, and Hive Gateway's HTTP executor merges in-flight identical queries into
 * one: the bench's single token would then measure that deduplication, not the gateway.
 */
let sent = 0;
const requestIdPrefix = `bench-${threadId}-${Date.now().toString(36)}`;

function send(): Promise<Outcome> {
  return new Promise((resolve) => {
    const requestHeaders = { ...headers, 'x-request-id': `${requestIdPrefix}-${(sent += 1)}` };
    const request = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: requestHeaders, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => resolve({ ok: false, error: `response: ${error.message}` }));
        response.on('end', () => resolve(judge(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
      },
    );
    request.setTimeout(plan.requestTimeoutMs, () => request.destroy(new Error(`no answer within ${plan.requestTimeoutMs} ms`)));
    request.on('error', (error) => resolve({ ok: false, error: `request: ${error.message}` }));
    request.end(plan.body);
  });
}

function judge(status: number, text: string): Outcome {
  if (status !== 200) return { ok: false, error: `HTTP ${status}: ${text}` };
  let body: { errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { ok: false, error: `not JSON: ${text}` };
  }
  const unexpected = (body.errors ?? []).filter((error) => !EXPECTED_ERROR_CODES.has(error.extensions?.code ?? ''));
  if (unexpected.length === 0) return { ok: true };
  return { ok: false, error: unexpected.map((error) => `${error.extensions?.code ?? 'NO_CODE'}: ${error.message}`).join(' | ') };
}

/**
 * Each client sends its next request as soon as its last one is answered, from the start to the
 * end of the measured window, without pausing in between: a pause between warm-up and measurement
 * would leave keep-alive sockets idle past the servers' keep-alive timeout, and the first request
 * on each would race the server closing it (ECONNRESET). Requests that complete inside the window
 * are counted — throughput over exactly the window, not diluted by a drain at the end.
 */
async function run(): Promise<LoadResult> {
  const latencies = new Float64Array(plan.maxRequests);
  const errorCounts = new Map<string, number>();
  let finished = 0;
  let errors = 0;
  const begin = performance.now();
  const measureFrom = begin + plan.warmupMs;
  const deadline = measureFrom + plan.durationMs;
  let lastCounted = measureFrom;
  // Let the parent sample the servers' CPU time over the same window.
  const timers = [
    setTimeout(() => parentPort?.postMessage({ kind: 'measuring' } satisfies LoadWorkerMessage), plan.warmupMs),
    setTimeout(() => parentPort?.postMessage({ kind: 'measured' } satisfies LoadWorkerMessage), plan.warmupMs + plan.durationMs),
  ];

  const client = async () => {
    while (performance.now() < deadline && finished < plan.maxRequests) {
      const sentAt = performance.now();
      const outcome = await send();
      const doneAt = performance.now();
      if (doneAt < measureFrom || doneAt > deadline || finished >= plan.maxRequests) continue;
      latencies[finished] = doneAt - sentAt;
      finished += 1;
      lastCounted = doneAt;
      if (!outcome.ok) {
        errors += 1;
        const key = (outcome.error ?? 'unknown').slice(0, MAX_ERROR_LENGTH);
        if (errorCounts.has(key) || errorCounts.size < MAX_DISTINCT_ERRORS) errorCounts.set(key, (errorCounts.get(key) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, client));
  for (const timer of timers) clearTimeout(timer);
  return {
    requests: finished,
    errors,
    elapsedMs: (finished >= plan.maxRequests ? lastCounted : deadline) - measureFrom,
    latenciesMs: latencies.slice(0, finished),
    errorSamples: [...errorCounts].map(([error, count]) => ({ error, count })),
  };
}

const result = await run();
agent.destroy();
parentPort?.postMessage({ kind: 'result', result } satisfies LoadWorkerMessage);
