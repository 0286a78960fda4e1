// The trend: a measure month by month or by quarter at one place, withheld points as gaps.
import { COUNT, gql, PROVENANCE, SECTORS } from './api.js';
import { $, addRow, clearFigure, describe, refuse, renderProvenance, shown, SVG } from './figure.js';

export async function renderTrend(s, place) {
  const section = $('#trends');
  clearFigure(section);
  $('.figure-title', section).textContent = `${describe(s)}, ${place || 'no place'} in ${s.year} by ${s.granularity.toLowerCase()}`;
  if (!place) return refuse(section, { message: 'No place has a figure to chart: give a country code (GB) or UN/LOCODE (GBLON) under “Trend place”.', extensions: { code: 'NO_PLACE' } });
  const sector = SECTORS[s.sector];
  const { data, errors } = await gql(
    `query AnalystTrend($code: String!, $measure: ${sector.measureEnum}!, $year: Int!, $granularity: TrendGranularity!, $by: ${sector.dimensionEnum}, $category: String) { location(code: $code) { ${sector.field}Trend(measure: $measure, year: $year, granularity: $granularity, by: $by, category: $category) { total { ${COUNT} } points { period count { ${COUNT} } } ${PROVENANCE} } } }`,
    { code: place, measure: s.measure, year: s.year, granularity: s.granularity, by: s.category ? 'EXPLOITATION_TYPE' : null, category: s.category || null },
  );
  const trend = data?.location?.[`${sector.field}Trend`];
  if (!trend) return refuse(section, errors[0]);
  renderProvenance(section, trend.provenance);
  for (const point of trend.points) addRow(section, point.period, point.count, { period: point.period, suppressed: String(point.count.suppressed) });
  $('.chart-frame', section).replaceChildren(trendChart(trend.points));
  section.dataset.state = 'ready';
}

/** A line chart; a withheld point breaks the line and is drawn as a hollow marker labelled "<k". */
function trendChart(points) {
  const [width, height, left, bottom, top] = [900, 300, 48, 36, 16];
  const chart = document.createElementNS(SVG, 'svg');
  chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
  chart.setAttribute('class', 'trend-chart');
  chart.setAttribute('role', 'img');
  const max = Math.max(1, ...points.filter((point) => !point.count.suppressed).map((point) => point.count.value));
  const x = (i) => left + ((width - left - 16) * (i + 0.5)) / points.length;
  const y = (value) => height - bottom - ((height - bottom - top) * value) / max;
  const add = (name, attributes, text) => {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    chart.append(element);
    return element;
  };
  add('line', { class: 'axis', x1: left, y1: height - bottom, x2: width - 8, y2: height - bottom });
  add('line', { class: 'axis', x1: left, y1: top, x2: left, y2: height - bottom });
  for (const value of [0, Math.round(max / 2), max]) add('text', { class: 'tick', x: left - 6, y: y(value) + 4, 'text-anchor': 'end' }, value.toLocaleString('en'));
  let run = [];
  const flush = () => {
    if (run.length > 1) add('polyline', { class: 'line', points: run.join(' ') });
    run = [];
  };
  points.forEach((point, i) => {
    add('text', { class: 'tick', x: x(i), y: height - bottom + 16, 'text-anchor': 'middle' }, point.period.slice(5));
    if (point.count.suppressed) {
      flush();
      const marker = add('circle', { class: 'suppressed-point', cx: x(i), cy: y(0), r: 6, 'data-period': point.period });
      add('title', {}, `${point.period}: fewer than k — withheld`);
      marker.append(chart.lastChild);
      add('text', { class: 'suppressed-label', x: x(i), y: y(0) - 10, 'text-anchor': 'middle' }, '<k');
      return;
    }
    run.push(`${x(i).toFixed(1)},${y(point.count.value).toFixed(1)}`);
    const dot = add('circle', { class: 'point', cx: x(i), cy: y(point.count.value), r: 4, 'data-period': point.period, 'data-value': point.count.value });
    dot.append(add('title', {}, `${point.period}: ${shown(point.count)}`));
  });
  flush();
  return chart;
}
