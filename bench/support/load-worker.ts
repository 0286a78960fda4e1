import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadPlan, LoadResult } from './load-plan.js';

/*
 * Runs in a worker thread: the stack's servers share the main thread's event loop, and a load
 * generator there would compete with them for it. node:http rather than fetch keeps the client's
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

function send(): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers, agent },
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

/** Each client sends its next request when its last one is answered, until time or the cap runs out. */
async function run(durationMs: number, maxRequests: number, measure: boolean): Promise<LoadResult> {
  const latencies = new Float64Array(measure ? maxRequests : 0);
  const errorCounts = new Map<string, number>();
  let started = 0;
  let finished = 0;
  let errors = 0;
  const begin = performance.now();
  const deadline = begin + durationMs;
  let end = begin;

  const client = async () => {
    while (performance.now() < deadline && started < maxRequests) {
      started += 1;
      const sentAt = performance.now();
      const outcome = await send();
      end = performance.now();
      if (!measure) continue;
      latencies[finished] = end - sentAt;
      finished += 1;
      if (!outcome.ok) {
        errors += 1;
        const key = (outcome.error ?? 'unknown').slice(0, MAX_ERROR_LENGTH);
        if (errorCounts.has(key) || errorCounts.size < MAX_DISTINCT_ERRORS) errorCounts.set(key, (errorCounts.get(key) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, client));
  return {
    requests: finished,
    errors,
    elapsedMs: end - begin,
    latenciesMs: latencies.slice(0, finished),
    errorSamples: [...errorCounts].map(([error, count]) => ({ error, count })),
  };
}

await run(plan.warmupMs, plan.maxRequests, false);
const result = await run(plan.durationMs, plan.maxRequests, true);
agent.destroy();
parentPort?.postMessage(result);
