// The route map: a sector's top corridors as arrows whose width says the measure.
import { COUNT, figuresFor, gql, PROVENANCE, SECTORS } from './api.js';
import { $, addRow, clearFigure, describe, refuse, renderProvenance, shown, SVG } from './figure.js';
import { newMap, WORLD_WIDTH, zoomTo } from './world-map.js';

const ROUTES = 20;

export async function renderRoutes(s) {
  const section = $('#routes');
  clearFigure(section);
  $('.figure-title', section).textContent = `${describe(s)}, ${s.periodText}`;
  const sector = SECTORS[s.sector];
  const ranking = await gql(
    `query AnalystCorridors($measure: ${sector.measureEnum}!, $year: Int!) { ranking: ${sector.field}TopCorridors(measure: $measure, year: $year, first: ${ROUTES}) { entries { origin destination count { ${COUNT} } } ${PROVENANCE} } }`,
    { measure: s.measure, year: s.year },
  );
  const found = ranking.data?.ranking;
  if (!found) return refuse(section, ranking.errors[0]);
  renderProvenance(section, found.provenance);
  let routes = found.entries.map(({ origin, destination, count }) => ({ origin, destination, count }));
  if (s.periodText !== String(s.year) || s.category) routes = await figuresFor(routes.map(({ origin, destination }) => ({ origin, destination })), s, 'corridor');
  const failed = routes.find((route) => route.error);
  if (failed) refuse(section, failed.error);
  const map = newMap(section);
  const layer = $('.routes', map);
  const max = Math.max(1, ...routes.filter((route) => route.count && !route.count.suppressed).map((route) => route.count.value));
  const shape = (code) => map.querySelector(`.country[data-code="${code}"]`);
  const drawn = routes.filter((route) => route.count && shape(route.origin) && shape(route.destination) && (route.count.suppressed || route.count.value > 0));
  zoomTo(map, drawn.flatMap((route) => [shape(route.origin), shape(route.destination)]));
  // Widths are in map units: scaled with the zoom, so an arrow is as wide on screen at any zoom.
  const scale = map.viewBox.baseVal.width / WORLD_WIDTH;
  for (const route of routes.filter((candidate) => candidate.count)) {
    addRow(section, `${route.origin} → ${route.destination}`, route.count, { origin: route.origin, destination: route.destination, suppressed: String(route.count.suppressed) });
  }
  for (const route of drawn) layer.append(arrow(shape(route.origin), shape(route.destination), route, max, scale));
  if (!failed) section.dataset.state = 'ready';
}

/** A curved arrow between two countries' centroids; its width says the measure, linearly. */
function arrow(from, to, route, max, scale) {
  const [x1, y1, x2, y2] = [from.dataset.x, from.dataset.y, to.dataset.x, to.dataset.y].map(Number);
  // Bend to the left of the direction of travel, so A→B and B→A do not overlap.
  const [mx, my] = [(x1 + x2) / 2 - (y2 - y1) * 0.2, (y1 + y2) / 2 + (x2 - x1) * 0.2];
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', `M${x1},${y1} Q${mx.toFixed(1)},${my.toFixed(1)} ${x2},${y2}`);
  path.setAttribute('class', route.count.suppressed ? 'route suppressed' : 'route');
  path.setAttribute('stroke-width', ((route.count.suppressed ? 1 : 1.5 + (4.5 * route.count.value) / max) * scale).toFixed(3));
  if (route.count.suppressed) path.setAttribute('stroke-dasharray', `${3 * scale} ${3 * scale}`);
  path.setAttribute('marker-end', 'url(#arrowhead)');
  Object.assign(path.dataset, { origin: route.origin, destination: route.destination, value: String(route.count.value ?? ''), suppressed: String(route.count.suppressed) });
  const title = document.createElementNS(SVG, 'title');
  title.textContent = `${route.origin} → ${route.destination}: ${route.count.suppressed ? 'fewer than k — withheld' : shown(route.count)}`;
  path.append(title);
  return path;
}
