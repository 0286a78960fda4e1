export { createLogger, DEFAULT_LOG_LEVEL } from './logger.js';
export type { Logger } from './logger.js';
