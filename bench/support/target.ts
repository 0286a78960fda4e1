/** One thing to load: where, as whom, with which operation. */
export interface Target {
  readonly name: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The root field whose list must come back non-empty, or the figures would measure an empty answer. */
  readonly expectList: string;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

/**
 * Sends the target's request once and checks it is answered with data, so a misconfigured target
 * fails loudly instead of being benchmarked. Returns a one-line description of the answer.
 */
export async function checkTarget(target: Target): Promise<string> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { ...target.headers, 'content-type': 'application/json' },
    body: target.body,
  });
  const text = await response.text();
  let body: GraphQLBody | undefined;
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    body = undefined;
  }
  const list = body?.data?.[target.expectList];
  if (response.status !== 200 || !Array.isArray(list) || list.length === 0) {
    throw new Error(`${target.name}: expected HTTP 200 with a non-empty "${target.expectList}", got HTTP ${response.status}: ${text}`);
  }
  const codes = (body?.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
  const errorNote = codes.length > 0 ? `, ${codes.length} error(s) in the answer (${[...new Set(codes)].join(', ')})` : '';
  return `${list.length} ${target.expectList}${errorNote}, ${Buffer.byteLength(text)} bytes`;
}
