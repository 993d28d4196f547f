export { createCommandApp } from './app.ts';
export { commandApiEnv, relayEnv } from './config.ts';
export { OPENAPI_PATH, openApiDocument } from './docs/openapi.ts';
export { commandApiOptions, startCommandApi, startRelay } from './start.ts';
