export { createCommandApp } from './app.ts';
export { commandApiEnv, relayEnv } from './config.ts';
export { startCommandApi, startRelay } from './start.ts';
