import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Logger } from 'pino';
import { declaredPurpose, PURPOSE_HEADER, type TokenVerifier } from '../../shared/auth/index.js';
import { hotspotIndex, type IndexedHotspot, type SectorSignals } from '../../shared/aggregates/hotspot-index.js';
import type { AggregateSector } from '../../shared/aggregates/measure.js';
import { isBeaconError } from '../../shared/errors/index.js';
import { gatewayHttpStatusOf, type GatewayErrorCode } from '../gateway-error.js';
import { countryShapes } from './country-shapes.js';

export const EXPORT_CSV_PATH = '/analytics/export.csv';
export const EXPORT_GEOJSON_PATH = '/analytics/export.geojson';

/** The ranking fields each sector serves (see its analytics/ folder). */
const SECTOR_FIELDS: Readonly<Record<AggregateSector, string>> = { LAW_ENFORCEMENT: 'lawEnforcement', NGO: 'ngo', FINANCIAL: 'financial' };
/** What `measure=INDEX` combines: each sector's closest signal of trafficking at a place, and along a route. */
const INDEX_MEASURES: Readonly<Record<'hotspots' | 'corridors', Readonly<Record<AggregateSector, string>>>> = {
  hotspots: { LAW_ENFORCEMENT: 'CASES', NGO: 'SURVIVORS', FINANCIAL: 'RED_FLAGS' },
  corridors: { LAW_ENFORCEMENT: 'JOURNEY_LEGS', NGO: 'SURVIVORS', FINANCIAL: 'TRANSACTIONS' },
};
const MEASURE = /^(LAW_ENFORCEMENT|NGO|FINANCIAL)\.([A-Z_]{1,40})$/;
const RANKED = 50;

export interface AnalyticsExportOptions {
  readonly runtime: Pick<GatewayRuntime, 'fetch'>;
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
}

type Route = (req: IncomingMessage, res: ServerResponse, requestId: string) => Promise<void>;

/**
 * `GET /analytics/export.csv` and `.geojson?measure=NGO.SURVIVORS|…|INDEX&year=2024[&kind=corridors]`:
 * the k-anonymous rankings as files for GIS tools. Same rules as the API: a bearer token and a
 * granted `x-beacon-purpose` (the subgraphs serve aggregates for `analysis` only); the figures
 * are fetched through the gateway's own runtime, so they are exactly what the API would answer.
 */
export function analyticsExportRoutes(options: AnalyticsExportOptions): Record<string, Route> {
  const exportAs = (format: 'csv' | 'geojson'): Route => async (req, res, requestId) => {
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
    const request = parseRequest(url.searchParams);
    if ('problem' in request) return sendError(res, 'BAD_USER_INPUT', request.problem);
    try {
      const principal = await options.verifier.verifyAuthorization(req.headers.authorization);
      declaredPurpose(principal, header(req, PURPOSE_HEADER));
    } catch (error) {
      if (!isBeaconError(error)) throw error;
      if (error.code === 'UNAUTHENTICATED') res.setHeader('www-authenticate', 'Bearer');
      return sendError(res, error.code, error.code === 'UNAUTHENTICATED' ? 'Authentication required: send a valid bearer token.' : error.message);
    }
    const signals = await Promise.all(
      Object.entries(request.measures).map(([sector, measure]) => fetchRanking(options, req, requestId, sector as AggregateSector, measure, request)),
    );
    const refused = signals.find((signal) => 'error' in signal);
    if (refused && 'error' in refused) return sendError(res, refused.error.code, refused.error.message);
    const rows = hotspotIndex(signals as SectorSignals[]);
    if (format === 'csv') return send(res, 'text/csv; charset=utf-8', toCsv(rows, request.year));
    return send(res, 'application/geo+json', JSON.stringify(toGeoJson(rows, request.year)));
  };
  return { [EXPORT_CSV_PATH]: exportAs('csv'), [EXPORT_GEOJSON_PATH]: exportAs('geojson') };
}

interface ExportRequest {
  readonly kind: 'hotspots' | 'corridors';
  readonly year: number;
  readonly measures: Partial<Record<AggregateSector, string>>;
}

function parseRequest(params: URLSearchParams): ExportRequest | { problem: string } {
  const kind = params.get('kind') ?? 'hotspots';
  if (kind !== 'hotspots' && kind !== 'corridors') return { problem: 'kind is hotspots (default) or corridors.' };
  const year = Number(params.get('year'));
  if (!Number.isInteger(year)) return { problem: 'year is required: a calendar year such as 2024.' };
  const measure = params.get('measure') ?? 'INDEX';
  if (measure === 'INDEX') return { kind, year, measures: INDEX_MEASURES[kind] };
  const match = MEASURE.exec(measure);
  if (!match) return { problem: 'measure is INDEX or SECTOR.MEASURE, e.g. NGO.SURVIVORS or FINANCIAL.RED_FLAGS.' };
  return { kind, year, measures: { [match[1] as AggregateSector]: match[2]! } };
}

type Ranking = SectorSignals | { error: { code: GatewayErrorCode; message: string } };

async function fetchRanking(options: AnalyticsExportOptions, req: IncomingMessage, requestId: string, sector: AggregateSector, measure: string, request: ExportRequest): Promise<Ranking> {
  const field = `${SECTOR_FIELDS[sector]}${request.kind === 'hotspots' ? 'Hotspots' : 'TopCorridors'}`;
  const measureType = `${sector === 'LAW_ENFORCEMENT' ? 'LawEnforcement' : sector === 'NGO' ? 'Ngo' : 'Financial'}Measure`;
  const query = `query Export($measure: ${measureType}!, $year: Int!) { ranking: ${field}(measure: $measure, year: $year, first: ${RANKED}) { entries { origin destination count { value } } } }`;
  const response = await options.runtime.fetch('http://gateway.invalid/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: req.headers.authorization ?? '',
      [PURPOSE_HEADER]: header(req, PURPOSE_HEADER) ?? '',
      'x-request-id': requestId,
    },
    body: JSON.stringify({ query, variables: { measure, year: request.year } }),
  });
  const body = (await response.json()) as { data?: { ranking?: SectorSignals | null } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  const ranking = body.data?.ranking;
  if (!ranking) {
    const first = body.errors?.[0];
    const code = (first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR') as GatewayErrorCode;
    options.logger.warn({ requestId, sector, code }, 'an analytics export was refused');
    return { error: { code, message: first?.message ?? 'Unexpected error.' } };
  }
  return { sector, measure, entries: ranking.entries };
}

function toCsv(rows: readonly IndexedHotspot[], year: number): string {
  const sectors: AggregateSector[] = ['LAW_ENFORCEMENT', 'NGO', 'FINANCIAL'];
  const header = ['year', 'origin', 'destination', 'index', ...sectors.flatMap((sector) => [`${sector.toLowerCase()}_measure`, `${sector.toLowerCase()}_count`, `${sector.toLowerCase()}_share`])];
  const lines = rows.map((row) => {
    const cells = sectors.flatMap((sector) => {
      const share = row.shares.find((item) => item.sector === sector);
      return share ? [share.measure, String(share.count), share.share.toFixed(4)] : ['', '', ''];
    });
    return [String(year), row.origin, row.destination ?? '', row.index.toFixed(2), ...cells].join(',');
  });
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

/** Places as their country's outline; routes as a line from the origin's centroid to the destination's. */
function toGeoJson(rows: readonly IndexedHotspot[], year: number): FeatureCollection {
  const shapes = countryShapes();
  const features = rows.flatMap((row): Feature<Geometry>[] => {
    const properties = { year, origin: row.origin, destination: row.destination, index: row.index, shares: row.shares };
    const origin = shapes.get(row.origin);
    if (row.destination === null) return origin ? [{ type: 'Feature', id: row.origin, properties, geometry: origin.geometry }] : [];
    const destination = shapes.get(row.destination);
    if (!origin || !destination) return [];
    return [{ type: 'Feature', id: `${row.origin}-${row.destination}`, properties, geometry: { type: 'LineString', coordinates: [geoCentroid(origin), geoCentroid(destination)] } }];
  });
  return { type: 'FeatureCollection', features };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, type: string, body: string): void {
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendError(res: ServerResponse, code: GatewayErrorCode, message: string): void {
  res.writeHead(gatewayHttpStatusOf(code), { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
