import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { countryShapes } from '../analytics/country-shapes.js';

/** The map's drawing box; the SVG scales to its container through `viewBox`. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 480;
/** One decimal of a pixel is finer than any screen shows and keeps the SVG near 150 kB. */
const PATH_DIGITS = 1;

/**
 * The world as an SVG, rendered once on the server with d3-geo from world-atlas's Natural Earth
 * shapes. Why on the server: the outlines are the same for every viewer and carry no data, so the
 * browser needs neither d3-geo, topojson-client nor the 100 kB topology, only the paths; the page's
 * script just fills countries (`data-code`) and draws arrows between their centroids
 * (`data-x`/`data-y`, already projected), so it stays a few hundred lines of plain DOM code.
 */
export function renderBaseMap(shapes: ReadonlyMap<string, Feature<Geometry>> = countryShapes()): string {
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection).digits(PATH_DIGITS);
  const countries = [...shapes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, shape]) => {
      const [x, y] = path.centroid(shape);
      const name = escapeXml(String(shape.properties?.name ?? code));
      return (
        `<path class="country" data-code="${code}" data-name="${name}" data-x="${x.toFixed(PATH_DIGITS)}" data-y="${y.toFixed(PATH_DIGITS)}" d="${path(shape) ?? ''}">` +
        `<title>${name} (${code})</title></path>`
      );
    })
    .join('');
  return (
    `<svg class="world-map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="img" xmlns="http://www.w3.org/2000/svg">` +
    // The hatch and arrowhead they use are defined once in the page (analyst-page.html), as both maps clone this one.
    `<path class="sphere" d="${path({ type: 'Sphere' }) ?? ''}"/>` +
    `<path class="graticule" d="${path(geoGraticule10()) ?? ''}"/>` +
    `<g class="countries">${countries}</g>` +
    '<g class="routes"></g>' +
    '</svg>'
  );
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
