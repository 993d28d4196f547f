export { createQueryApp } from './app.ts';
export { projectorEnv, queryApiEnv } from './config.ts';
export { startProjector, startQueryApi } from './start.ts';
