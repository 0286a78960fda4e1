// The heatmap: countries shaded by a measure; a withheld figure hatched, never a shade.
import { COUNT, figuresFor, gql, PROVENANCE, SECTORS } from './api.js';
import { $, addRow, clearFigure, describe, refuse, renderProvenance, shown, swatch } from './figure.js';
import { newMap, zoomTo } from './world-map.js';

const HOTSPOTS = 50;

/** Sequential scale, light to dark; a suppressed cell is hatched, never one of these. */
const PALETTE = ['#fde8c8', '#f9c38a', '#f39655', '#e05a32', '#b3261e'];

export async function renderHeatmap(s) {
  const section = $('#heatmap');
  clearFigure(section);
  $('.figure-title', section).textContent = `${describe(s)}, ${s.periodText}`;
  const sector = SECTORS[s.sector];
  const ranking = await gql(
    `query AnalystHotspots($measure: ${sector.measureEnum}!, $year: Int!) { ranking: ${sector.field}Hotspots(measure: $measure, year: $year, first: ${HOTSPOTS}) { entries { origin count { ${COUNT} } } ${PROVENANCE} } }`,
    { measure: s.measure, year: s.year },
  );
  const found = ranking.data?.ranking;
  if (!found) {
    refuse(section, ranking.errors[0]);
    return [];
  }
  renderProvenance(section, found.provenance);
  // A place whose year is withheld has every month and quarter withheld too (they are parts of
  // it), so the year's ranking holds every place a finer question could show.
  let cells = found.entries.map((entry) => ({ code: entry.origin, count: entry.count }));
  if (s.periodText !== String(s.year) || s.category) cells = await figuresFor(cells.map(({ code }) => ({ code })), s, 'location');
  const failed = cells.find((cell) => cell.error);
  if (failed) refuse(section, failed.error);
  const map = newMap(section);
  const max = Math.max(0, ...cells.filter((cell) => cell.count && !cell.count.suppressed).map((cell) => cell.count.value));
  for (const cell of cells.filter((candidate) => candidate.count)) paintPlace(section, map, cell, max);
  // A place outside the ranking (none on record, or withheld for the year) is asked on a click.
  map.addEventListener('click', (event) => {
    const shape = event.target.closest?.('.country');
    if (!shape || shape.dataset.suppressed !== undefined) return;
    void figuresFor([{ code: shape.dataset.code }], s, 'location').then(([cell]) => (cell.error ? refuse(section, cell.error) : paintPlace(section, map, cell, max)));
  });
  zoomTo(map, cells.map((cell) => map.querySelector(`.country[data-code="${cell.code}"]`)).filter(Boolean));
  const legend = $('.legend', section);
  // Each shade holds the figures from its threshold up to the next one's (shadeOf).
  PALETTE.forEach((fill, i) => legend.append(swatch(fill, `≥ ${Math.ceil((i * max) / PALETTE.length).toLocaleString('en')}`)));
  legend.append(swatch('url(#suppressed-hatch)', 'fewer than k — withheld'), swatch('#e3e1da', 'no figure shown (click a country to ask)'));
  if (!failed) section.dataset.state = 'ready';
  return cells.filter((cell) => cell.count && !cell.count.suppressed).sort((a, b) => b.count.value - a.count.value);
}

/** Shades one place by its figure (hatched when withheld) and lists it under the map. */
function paintPlace(section, map, cell, max) {
  const shape = map.querySelector(`.country[data-code="${cell.code}"]`);
  const name = shape?.dataset.name ?? cell.code;
  addRow(section, `${name} (${cell.code})`, cell.count, { code: cell.code, suppressed: String(cell.count.suppressed), value: String(cell.count.value ?? '') });
  if (!shape) return;
  shape.dataset.suppressed = String(cell.count.suppressed);
  shape.dataset.value = String(cell.count.value ?? '');
  shape.setAttribute('fill', cell.count.suppressed ? 'url(#suppressed-hatch)' : shadeOf(cell.count.value, max));
  shape.classList.add(cell.count.suppressed ? 'suppressed' : 'shaded');
  $('title', shape).textContent = `${name} (${cell.code}): ${cell.count.suppressed ? 'fewer than k — withheld' : shown(cell.count)}`;
}

function shadeOf(value, max) {
  if (max <= 0) return PALETTE[0];
  return PALETTE[Math.min(PALETTE.length - 1, Math.floor((value / max) * PALETTE.length))];
}
