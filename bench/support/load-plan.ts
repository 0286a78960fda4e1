/** What one load run does; passed to the load worker as its `workerData`. */
export interface LoadPlan {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON request body, sent as is on every request. */
  readonly body: string;
  /** Concurrent clients, each with its own keep-alive connection, one request in flight each. */
  readonly connections: number;
  /** Load before the measured window opens; requests completed in it are not counted. */
  readonly warmupMs: number;
  readonly durationMs: number;
  /** A hard cap on measured requests, so a run ends even if the clock misbehaves. */
  readonly maxRequests: number;
  /** A request that takes longer than this is abandoned and counted as an error. */
  readonly requestTimeoutMs: number;
}

/** What the worker posts back when a run is over. */
export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  /** The measured window: requests that completed inside it are the ones counted. */
  readonly elapsedMs: number;
  /** Per counted request, in milliseconds, unsorted; errors included. */
  readonly latenciesMs: Float64Array;
  /** Distinct error descriptions with how often each was seen (the first few only). */
  readonly errorSamples: ReadonlyArray<{ readonly error: string; readonly count: number }>;
}

/** The worker's messages: when the measured window opens, when it closes, then the result. */
export type LoadWorkerMessage =
  | { readonly kind: 'measuring' }
  | { readonly kind: 'measured' }
  | { readonly kind: 'result'; readonly result: LoadResult };
