// What every figure has: a refusal in words, a table of its figures, and its provenance.
import { inWords, SECTORS } from './api.js';

export const SVG = 'http://www.w3.org/2000/svg';

export const $ = (selector, root = document) => root.querySelector(selector);

export function describe(s) {
  const type = s.category ? `, ${s.category.toLowerCase().replaceAll('_', ' ')}` : '';
  return `— ${SECTORS[s.sector].label}: ${s.measure.toLowerCase().replaceAll('_', ' ')}${type}`;
}

/** A figure that failed says so in its place; the others are still drawn. */
export async function guarded(selector, draw) {
  try {
    return await draw();
  } catch (error) {
    refuse($(selector), { message: `This figure could not be drawn: ${error?.message ?? error}`, extensions: { code: 'CLIENT_ERROR' } });
    return undefined;
  }
}

export function clearFigure(section) {
  section.dataset.state = 'loading';
  $('.refusal', section).hidden = true;
  $('.refusal', section).textContent = '';
  $('tbody', section).replaceChildren();
  $('.provenance', section).replaceChildren();
  const legend = $('.legend', section);
  if (legend) legend.replaceChildren();
  for (const frame of section.querySelectorAll('.map-frame, .chart-frame')) frame.replaceChildren();
}

export function refuse(section, error) {
  const refusal = $('.refusal', section);
  refusal.textContent = inWords(error);
  refusal.hidden = false;
  section.dataset.state = 'refused';
}

export const shown = (count) => `${count.value.toLocaleString('en')}${count.resolution > 1 ? ` (rounded down to ${count.resolution}s)` : ''}`;

export function addRow(section, label, count, data) {
  const row = document.createElement('tr');
  Object.assign(row.dataset, data);
  const name = document.createElement('td');
  name.textContent = label;
  const figure = document.createElement('td');
  if (count.suppressed) {
    figure.textContent = 'fewer than k — withheld';
    figure.className = 'suppressed';
  } else figure.textContent = shown(count);
  row.append(name, figure);
  $('tbody', section).append(row);
}

export function renderProvenance(section, provenance) {
  const box = $('.provenance', section);
  const title = document.createElement('h3');
  title.textContent = `Provenance: ${provenance.sector}`;
  const unit = document.createElement('p');
  unit.textContent = `What is counted: ${provenance.unit}`;
  const list = document.createElement('ul');
  for (const source of provenance.sources) {
    const item = document.createElement('li');
    item.textContent = `${source.kind}: ${source.measures}`;
    list.append(item);
  }
  for (const caveat of provenance.caveats) {
    const item = document.createElement('li');
    item.textContent = `Caveat: ${caveat}`;
    list.append(item);
  }
  box.replaceChildren(title, unit, list);
  box.dataset.sector = provenance.sector;
}

export function swatch(fill, text) {
  const item = document.createElement('span');
  const box = document.createElementNS(SVG, 'svg');
  const rect = document.createElementNS(SVG, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', fill);
  box.append(rect);
  item.append(box, text);
  return item;
}
