import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPersonaName, PERSONAS, type PersonaName } from '../../shared/auth/index.js';

/** Where the explorer's demo-persona picker fetches a token; served only in the dev stack. */
export const DEV_TOKEN_PATH = '/explorer/dev-token';

/** Mints a demo persona's token (the dev stack's issuer). */
export type DemoTokenMinter = (persona: PersonaName) => string;

/**
 * `GET /explorer/dev-token?persona=<name>` → `{ "token": "…" }`. Anyone who reaches it can sign
 * in as any persona, which is the point of a demo and why only the dev stack registers it.
 * A cross-site page cannot read the answer (no CORS headers), so it cannot steal a token.
 */
export function devTokenRoute(mint: DemoTokenMinter) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const persona = new URL(req.url ?? '/', 'http://gateway.invalid').searchParams.get('persona') ?? '';
    if (!isPersonaName(persona)) {
      const known = Object.keys(PERSONAS).join(', ');
      return sendJson(res, 404, {
        errors: [{ message: `There is no demo persona "${persona.slice(0, 40)}"; choose one of ${known}.`, extensions: { code: 'NOT_FOUND' } }],
      });
    }
    sendJson(res, 200, { token: mint(persona) });
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  // A token must not sit in a shared cache or the browser's disk cache.
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}
