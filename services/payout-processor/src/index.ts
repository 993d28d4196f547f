export { type ProcessorConfig, processorEnv } from './config.ts';
export { type ProcessorOptions, processorOptions, startProcessor } from './start.ts';
