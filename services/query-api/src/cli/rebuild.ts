// `npm run rebuild -w @payouts/query-api`: replays the whole event store into a fresh read model and
// switches over atomically; the API and the projector may keep running. Progress goes to stderr (a
// bar on a terminal, plain lines otherwise); the final count goes to stdout.
import { PAYOUT_STREAM_PREFIX } from '@payouts/contracts';
import { createProgressReporter } from '../rebuild/progress.ts';
import { rebuildReadModel } from '../rebuild/rebuild.ts';
import { openStores } from './openStores.ts';

/** Counting is bounded like any backlog read; no store here comes near it. */
const COUNT_LIMIT = 1_000_000_000;

const stores = await openStores();
try {
  const { events: total } = await stores.eventStore.backlog({
    from: null,
    streamPrefix: PAYOUT_STREAM_PREFIX,
    limit: COUNT_LIMIT,
  });
  const progress = createProgressReporter({ total, out: process.stderr });
  const result = await rebuildReadModel(stores.db, stores.eventStore, {
    onProgress: (n) => progress.update(n),
  });
  progress.stop(result.events);
  console.log(
    `rebuilt the payouts read model: ${result.events} events replayed, ${result.payouts} payouts` +
      (result.carriedOver > 0
        ? ` (${result.carriedOver} moved on by the live projector meanwhile, carried over)`
        : ''),
  );
} catch (err) {
  console.error(`rebuild failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await stores.close();
}
