// The analyst pages' script: plain DOM code, no framework, no library. The base map arrives
// pre-rendered (see base-map.ts); these modules only ask /graphql, with the signed-in caller's
// token and purpose, and paint what the API answers. They never hold data the API did not give.
import { codeOf, config, gql, inWords, PLACE_CODE, SECTORS, useSession } from './api.js';
import { $, clearFigure, guarded } from './figure.js';
import { renderHeatmap } from './heatmap.js';
import { renderRoutes } from './route-map.js';
import { renderTrend } from './trend-chart.js';

/** sessionStorage, not localStorage: the token dies with the tab. */
const SESSION_KEY = 'beacon.analyst.session';

let vocabulary = null;

function showStatus(text) {
  $('#analyst-status').textContent = text;
}

function claimsOf(token) {
  try {
    const payload = token.split('.')[1].replaceAll('-', '+').replaceAll('_', '/');
    return JSON.parse(atob(payload));
  } catch {
    return {};
  }
}

async function signIn(token, purpose) {
  useSession({ token, purpose }, () => signOut('Your token was refused or has expired: sign in again.'));
  const query = `query AnalystVocabulary { ${Object.entries(SECTORS)
    .flatMap(([name, sector]) => [
      `${name}: __type(name: "${sector.measureEnum}") { enumValues { name description } }`,
      sector.exploitationEnum ? `${name}_TYPES: __type(name: "${sector.exploitationEnum}") { enumValues { name } }` : '',
    ])
    .join(' ')} }`;
  const { status, data, errors } = await gql(query).catch(() => ({ status: 0, data: null, errors: [{ message: 'The gateway could not be reached.' }] }));
  if (status === 401) return showStatus('The gateway refused this token: it is missing, expired, or not signed by a key the gateway trusts.');
  if (!data) {
    useSession(null);
    return showStatus(codeOf(errors[0]) === 'FORBIDDEN' || status === 403 ? `The purpose was refused: ${errors[0]?.message ?? ''}` : inWords(errors[0]));
  }
  vocabulary = data;
  sessionStorage.setItem(SESSION_KEY, JSON.stringify({ token, purpose }));
  const claims = claimsOf(token);
  $('#analyst-who').textContent = `Signed in as ${claims.sub ?? 'unknown'} (${claims.org ?? 'unknown organisation'}) for ${purpose}.`;
  $('#analyst-signed-in').hidden = false;
  $('#analyst-sign-in').hidden = true;
  $('#analyst-views').hidden = false;
  showStatus('');
  fillFilters();
  await renderAll();
}

function signOut(message) {
  useSession(null);
  vocabulary = null;
  sessionStorage.removeItem(SESSION_KEY);
  $('#analyst-views').hidden = true;
  $('#analyst-signed-in').hidden = true;
  $('#analyst-sign-in').hidden = false;
  for (const section of document.querySelectorAll('.figure')) clearFigure(section);
  showStatus(message ?? '');
}

function setUpSignIn() {
  const purpose = $('#analyst-purpose');
  for (const name of Object.keys(config.purposes)) purpose.append(new Option(name, name, false, name === config.defaultPurpose));
  const help = () => ($('#analyst-purpose-help').textContent = config.purposes[purpose.value] ?? '');
  purpose.addEventListener('change', help);
  help();
  $('#analyst-sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = $('#analyst-token').value.trim();
    if (!token) return showStatus('Paste a token first.');
    showStatus('Signing in…');
    void signIn(token, purpose.value);
  });
  $('#analyst-sign-out').addEventListener('click', () => signOut('Signed out.'));
  const saved = sessionStorage.getItem(SESSION_KEY);
  if (saved) {
    const { token, purpose: declared } = JSON.parse(saved);
    void signIn(token, declared);
  }
}

function fillFilters() {
  const measure = $('#filter-measure');
  measure.replaceChildren();
  for (const [name, sector] of Object.entries(SECTORS)) {
    const group = document.createElement('optgroup');
    group.label = sector.label;
    for (const value of vocabulary[name]?.enumValues ?? []) {
      const option = new Option(value.name.toLowerCase().replaceAll('_', ' '), `${name}.${value.name}`);
      option.title = value.description ?? '';
      group.append(option);
    }
    measure.append(group);
  }
  const year = $('#filter-year');
  year.replaceChildren();
  const thisYear = new Date().getUTCFullYear();
  for (let y = thisYear; y >= config.firstYear; y--) year.append(new Option(String(y), String(y), false, y === thisYear - 1));
  const period = $('#filter-period');
  period.replaceChildren(new Option('whole year', 'YEAR'));
  for (let q = 1; q <= 4; q++) period.append(new Option(`Q${q}`, `Q${q}`));
  for (let m = 1; m <= 12; m++) period.append(new Option(new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }), String(m).padStart(2, '0')));
  measure.addEventListener('change', fillExploitationTypes);
  fillExploitationTypes();
  $('#analyst-filters').onsubmit = (event) => {
    event.preventDefault();
    void renderAll();
  };
}

/** The type filter offers the selected sector's own vocabulary; financial measures have none. */
function fillExploitationTypes() {
  const sector = $('#filter-measure').value.split('.')[0];
  const select = $('#filter-exploitation');
  const types = vocabulary[`${sector}_TYPES`]?.enumValues ?? [];
  select.replaceChildren(new Option('All types', ''));
  for (const type of types) select.append(new Option(type.name.toLowerCase().replaceAll('_', ' '), type.name));
  select.disabled = types.length === 0;
}

function selection() {
  const [sector, measure] = $('#filter-measure').value.split('.');
  const year = Number($('#filter-year').value);
  const period = $('#filter-period').value;
  const place = $('#filter-place').value.trim().toUpperCase();
  return {
    sector,
    measure,
    year,
    periodText: period === 'YEAR' ? String(year) : `${year}-${period}`,
    category: $('#filter-exploitation').disabled ? '' : $('#filter-exploitation').value,
    granularity: $('#filter-granularity').value,
    place: PLACE_CODE.test(place) ? place : '',
  };
}

let rendering = Promise.resolve();
let pending = 0;

/** Renders one after another, so a slow answer to an old filter cannot overwrite a new one. */
function renderAll() {
  const s = selection();
  pending += 1;
  document.body.dataset.state = 'loading';
  rendering = rendering.then(() => renderFigures(s)).finally(() => {
    pending -= 1;
    if (pending === 0) document.body.dataset.state = 'ready';
  });
  return rendering;
}

async function renderFigures(s) {
  const hotspots = await guarded('#heatmap', () => renderHeatmap(s));
  await guarded('#routes', () => renderRoutes(s));
  await guarded('#trends', () => renderTrend(s, s.place || hotspots?.[0]?.code || ''));
}

setUpSignIn();
