// A planted fault (harness.ts, `plant: ['exit']`): preloaded into one service's process, it makes
// that process exit by itself a few seconds after it started, as a crash would, without touching the
// service's code. The chaos run must report it as a crash.
/** Late enough that the service is up and working, early enough for a short run. */
const EXIT_AFTER_MS = 8_000;

setTimeout(() => {
  console.error('[chaos] planted fault: exiting on purpose');
  process.exit(1);
}, EXIT_AFTER_MS).unref();
