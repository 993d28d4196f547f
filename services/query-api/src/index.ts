export { createQueryApp } from './app.ts';
export { projectorEnv, queryApiEnv } from './config.ts';
export { migrateReadModel } from './readModel/migrations.ts';
export type { ReadModel } from './readModel/schema.ts';
export { queryApiOptions, startProjector, startQueryApi } from './start.ts';
