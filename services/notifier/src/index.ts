export { createNotifierApp } from './app.ts';
export { type NotifierConfig, notifierEnv } from './config.ts';
export { NOTIFIER_CONSUMER, type NotifierOptions, notifierOptions, startNotifier } from './start.ts';
