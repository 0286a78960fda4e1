/** The extension naming the subgraph an error came from: names are public (the docs and access matrix use them), addresses are not. */
export const SUBGRAPH_NAME_EXTENSION = 'serviceName';
/**
 * The code of the error an open breaker answers with instead of calling its subgraph. Never sent
 * to callers: masking turns it into `SUBGRAPH_UNAVAILABLE`, like any other failed call.
 */
export const CIRCUIT_OPEN_CODE = 'SUBGRAPH_CIRCUIT_OPEN';
