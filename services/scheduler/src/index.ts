export { type SchedulerConfig, schedulerEnv } from './config.ts';
export { type SchedulerOptions, schedulerOptions, startScheduler } from './scheduler.ts';
