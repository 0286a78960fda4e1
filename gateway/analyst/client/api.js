// Calls to /graphql with the signed-in caller's token and purpose, and the questions the pages ask.

export const config = JSON.parse(document.getElementById('analyst-config').textContent);

/** What each sector's fields and enums are called in the supergraph. */
export const SECTORS = {
  LAW_ENFORCEMENT: { field: 'lawEnforcement', label: 'Law enforcement', measureEnum: 'LawEnforcementMeasure', dimensionEnum: 'LawEnforcementDimension', exploitationEnum: 'CaseExploitationType' },
  NGO: { field: 'ngo', label: 'NGOs', measureEnum: 'NgoMeasure', dimensionEnum: 'NgoDimension', exploitationEnum: 'TypeOfExploitation' },
  FINANCIAL: { field: 'financial', label: 'Financial institutions', measureEnum: 'FinancialMeasure', dimensionEnum: 'FinancialDimension', exploitationEnum: null },
};

export const COUNT = 'value suppressed resolution';

export const PROVENANCE = 'provenance { sector unit caveats sources { kind measures } }';

/** A country code or UN/LOCODE: the only text ever written into a query rather than a variable. */
export const PLACE_CODE = /^[A-Z]{2}([A-Z0-9]{3})?$/;

/**
 * Places (routes) per request when refining a ranking: 10 places are ~400 tokens and 10 aliases,
 * 8 routes ~360 tokens, under the gateway's default limits (500 tokens, 15 aliases).
 */
const PLACES_PER_REQUEST = 10;

const ROUTES_PER_REQUEST = 8;

/** The signed-in caller, in memory; null when nobody is. */
let session = null;
let onRefusedToken = () => {};

/** Signs a caller in (or out, with null); `onRefused` runs when the gateway refuses the token. */
export function useSession(next, onRefused = onRefusedToken) {
  session = next;
  onRefusedToken = onRefused;
}

export async function gql(query, variables = {}) {
  if (!session) return { status: 401, data: null, errors: [{ message: 'Signed out.', extensions: { code: 'UNAUTHENTICATED' } }] };
  const response = await fetch(config.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${session.token}`,
      [config.purposeHeader]: session.purpose,
    },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    body = { errors: [{ message: `The gateway answered HTTP ${response.status} without a GraphQL body.` }] };
  }
  if (response.status === 401) onRefusedToken();
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
}

export const codeOf = (error) => error?.extensions?.code ?? 'ERROR';

/** A refusal in words: what was refused and what to do about it. */
export function inWords(error = { message: 'The API gave no answer.' }) {
  switch (codeOf(error)) {
    case 'AGGREGATE_TOO_SPECIFIC':
      return `Refused as too specific (AGGREGATE_TOO_SPECIFIC): ${error.message} Choose a wider period or drop the type filter.`;
    case 'FORBIDDEN':
      return `Refused (FORBIDDEN): ${error.message} Aggregates are served for the purpose "analysis".`;
    case 'BAD_USER_INPUT':
      return `Not a question this measure answers: ${error.message}`;
    default:
      return `The API answered with an error (${codeOf(error)}): ${error.message}`;
  }
}

/**
 * One figure per target (a place or a route), a few targets per request. An
 * AGGREGATE_TOO_SPECIFIC refusal of one target is its answer, "fewer than k", not a failure.
 */
export async function figuresFor(targets, selection, kind) {
  const sector = SECTORS[selection.sector];
  const size = kind === 'location' ? PLACES_PER_REQUEST : ROUTES_PER_REQUEST;
  const results = [];
  const codes = (target) => (kind === 'location' ? [target.code] : [target.origin, target.destination]);
  targets = targets.filter((target) => codes(target).every((code) => PLACE_CODE.test(code)));
  for (let start = 0; start < targets.length; start += size) {
    const chunk = targets.slice(start, start + size);
    const fields = chunk.map((target, i) => {
      const args = kind === 'location' ? `code: "${target.code}"` : `origin: "${target.origin}", destination: "${target.destination}"`;
      return `t${i}: ${kind}(${args}) { ${sector.field}Aggregate(measure: $measure, period: $period, by: $by, category: $category) { total { ${COUNT} } } }`;
    });
    const query = `query AnalystFigures($measure: ${sector.measureEnum}!, $period: String!, $by: ${sector.dimensionEnum}, $category: String) { ${fields.join(' ')} }`;
    const { data, errors } = await gql(query, {
      measure: selection.measure,
      period: selection.periodText,
      by: selection.category ? 'EXPLOITATION_TYPE' : null,
      category: selection.category || null,
    });
    chunk.forEach((target, i) => {
      const error = errors.find((candidate) => candidate.path?.[0] === `t${i}`) ?? (data ? undefined : errors[0]);
      const figure = data?.[`t${i}`]?.[`${sector.field}Aggregate`];
      if (figure) results.push({ ...target, count: figure.total });
      else if (codeOf(error) === 'AGGREGATE_TOO_SPECIFIC') results.push({ ...target, count: { value: null, suppressed: true, resolution: 1 } });
      else results.push({ ...target, error: error ?? { message: 'No figure.' } });
    });
  }
  return results;
}
