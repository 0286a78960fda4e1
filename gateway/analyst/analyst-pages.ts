import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FIRST_YEAR } from '../../shared/aggregates/period.js';
import { PURPOSE_HEADER, PURPOSES } from '../../shared/auth/index.js';
import { renderBaseMap } from './base-map.js';

export const ANALYST_PATH = '/analyst';
const STYLE_PATH = `${ANALYST_PATH}/analyst.css`;
/** The page's script modules (client/*.js), each served as `/analyst/<file>`; `analyst.client.js` is the entry. */
const SCRIPT_FILES = readdirSync(new URL('./client/', import.meta.url)).filter((file) => file.endsWith('.js'));
/** The purpose the sectors serve aggregates for; the sign-in panel offers it first. */
const ANALYSIS_PURPOSE = 'analysis';

export interface AnalystPagesOptions {
  /** Where the page's script posts operations. */
  readonly graphqlEndpoint: string;
}

/** What the page's script needs to know, serialised into the page: vocabulary, never data. */
interface AnalystClientConfig {
  readonly endpoint: string;
  readonly purposeHeader: string;
  readonly purposes: Readonly<Record<string, string>>;
  readonly defaultPurpose: string;
  /** The first year the year filter offers (the API refuses earlier ones). */
  readonly firstYear: number;
}

/**
 * Only this origin, only our own script and style: a page that holds a bearer token must not be
 * able to load or send anything elsewhere, even through a bug of ours. The map's fills are SVG
 * presentation attributes, not inline styles, so `style-src` needs no `'unsafe-inline'`.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const read = new Map<string, string>();
/** A file of client/, read on first use: the page's assets change only with a new gateway. */
const client = (file: string): string => {
  let text = read.get(file);
  if (text === undefined) read.set(file, (text = readFileSync(new URL(`./client/${file}`, import.meta.url), 'utf8')));
  return text;
};

/**
 * `GET /analyst` and its script and style: the heatmap, the route map and the trend charts. The
 * page is static and carries no data: it asks for a token and a purpose and calls `/graphql` with
 * them, so it sees exactly what the API lets the caller see (aggregates need `analysis`). Rendered
 * on first request, not at start, so a gateway nobody browses never parses the world's shapes.
 */
export function analystPageRoutes(options: AnalystPagesOptions): Record<string, Route> {
  let html: string | undefined;
  const routes: Record<string, Route> = {
    [ANALYST_PATH]: (_req, res) => send(res, 'text/html; charset=utf-8', (html ??= renderAnalystPage(options))),
    [STYLE_PATH]: (_req, res) => send(res, 'text/css; charset=utf-8', client('analyst.css')),
  };
  for (const file of SCRIPT_FILES) {
    routes[`${ANALYST_PATH}/${file}`] = (_req, res) => send(res, 'text/javascript; charset=utf-8', client(file));
  }
  return routes;
}

export function renderAnalystPage(options: AnalystPagesOptions): string {
  const config: AnalystClientConfig = {
    endpoint: options.graphqlEndpoint,
    purposeHeader: PURPOSE_HEADER,
    purposes: PURPOSES,
    defaultPurpose: ANALYSIS_PURPOSE,
    firstYear: FIRST_YEAR,
  };
  return fill(fill(client('analyst-page.html'), '<!--CONFIG-->', scriptSafeJson(config)), '<!--BASE_MAP-->', renderBaseMap());
}

/** JSON that cannot close the `<script>` element it sits in. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

function fill(template: string, anchor: string, content: string): string {
  const at = template.indexOf(anchor);
  if (at < 0) throw new Error(`analyst-page.html lost its ${anchor} anchor.`);
  return template.slice(0, at) + content + template.slice(at + anchor.length);
}

function send(res: ServerResponse, contentType: string, body: string): void {
  res.writeHead(200, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // The assets change only with a new gateway; the page holds no data, so caching it is safe.
    'cache-control': 'no-cache',
  });
  res.end(body);
}
