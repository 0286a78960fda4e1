// The pre-rendered world map (base-map.ts), cloned per figure and framed on its figures.
import { $ } from './figure.js';

/** The base map's width in map units (base-map.ts); a zoomed map's viewBox is narrower. */
export const WORLD_WIDTH = 960;

export function newMap(section) {
  const map = document.importNode($('#base-map').content, true).firstElementChild;
  $('.map-frame', section).replaceChildren(map);
  return map;
}

/**
 * Frames the map on the countries that have a figure, with a margin, so a few European countries
 * are not specks on a world map; with figures all over the world it stays the world.
 */
export function zoomTo(map, shapes) {
  const boxes = shapes.map((shape) => shape.getBBox()).filter((box) => box.width > 0);
  if (boxes.length === 0) return;
  const [x0, y0] = [Math.min(...boxes.map((b) => b.x)), Math.min(...boxes.map((b) => b.y))];
  const [x1, y1] = [Math.max(...boxes.map((b) => b.x + b.width)), Math.max(...boxes.map((b) => b.y + b.height))];
  const [world, ratio] = [map.viewBox.baseVal, map.viewBox.baseVal.width / map.viewBox.baseVal.height];
  let width = Math.max((x1 - x0) * 1.6, (y1 - y0) * 1.6 * ratio, world.width / 4);
  width = Math.min(width, world.width);
  const height = width / ratio;
  const x = Math.min(Math.max((x0 + x1) / 2 - width / 2, 0), world.width - width);
  const y = Math.min(Math.max((y0 + y1) / 2 - height / 2, 0), world.height - height);
  map.setAttribute('viewBox', `${x.toFixed(1)} ${y.toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}`);
}
