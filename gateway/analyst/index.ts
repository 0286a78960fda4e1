export { ANALYST_PATH, analystPageRoutes, renderAnalystPage } from './analyst-pages.js';
export type { AnalystPagesOptions } from './analyst-pages.js';
export { renderBaseMap, MAP_WIDTH, MAP_HEIGHT } from './base-map.js';
