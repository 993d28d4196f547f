export { processorEnv } from './config.ts';
export { startProcessor } from './start.ts';
