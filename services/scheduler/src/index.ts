export { schedulerEnv } from './config.ts';
export { startScheduler } from './scheduler.ts';
