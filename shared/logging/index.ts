export { createLogger, DEFAULT_LOG_LEVEL } from './logger.js';
export type { Logger } from './logger.js';
export { REQUEST_ID_HEADER, REQUEST_ID_PATTERN, requestIdFrom } from './request-id.js';
