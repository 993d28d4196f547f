export { createCommandApp } from './app.ts';
export { commandApiEnv, relayEnv } from './config.ts';
export { OPENAPI_PATH, openApiDocument } from './docs/openapi.ts';
export { startCommandApi, startRelay } from './start.ts';
