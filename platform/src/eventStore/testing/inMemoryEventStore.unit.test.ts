// The in-memory event store held to the same contract as the PostgreSQL and KurrentDB adapters.
import { describeEventStoreContract } from '../eventStore.contract.ts';
import { createInMemoryEventStore } from './inMemoryEventStore.ts';

describeEventStoreContract('in-memory', async () => {
  const store = createInMemoryEventStore();
  return {
    store,
    // Appends here are atomic and positioned when they happen: there is no open write to hold. The
    // append is made on commit(), and the gap test checks the later ones around it stay in order.
    async beginAppend(streamName, events, expected) {
      return {
        async commit() {
          await store.append(streamName, events, expected);
        },
      };
    },
    // No connections to lose: the test still checks the subscriber sees every append exactly once.
    async dropConnections() {},
    async close() {
      await store.close();
    },
  };
});
