import { defineConfig } from 'vitest/config';

const IGNORED = ['**/node_modules/**', '**/dist/**', '**/.data/**'];

/**
 * Tests that run whole services as OS processes (chaos, crash and outage tests) or hold a
 * transaction open across the cluster (the event store's gap test delays every reader of all events
 * on the server for 5 s). They run after the rest, two at a time, so that neither starves the other
 * of the two cores.
 */
const PROCESS_TESTS = [
  'chaos/**/*.test.ts',
  'e2e/httpEdges.e2e.test.ts',
  'start/allInOne.int.test.ts',
  'start/embeddedPostgres.int.test.ts',
  'start/offline.int.test.ts',
  'start/databaseFaults.int.test.ts',
  'start/interrupt.int.test.ts',
  'start/dotEnv.int.test.ts',
  'start/badSettings.int.test.ts',
  'e2e/parkedRoutes.e2e.test.ts',
  'services/payout-processor/src/processorProcess.int.test.ts',
  'services/command-api/src/relay/relayCrash.int.test.ts',
  'services/command-api/src/relay/relayOutage.int.test.ts',
  'platform/src/eventStore/postgres/postgresEventStore.int.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'services',
          include: ['**/*.test.ts'],
          exclude: [...IGNORED, ...PROCESS_TESTS],
          // They wait on PostgreSQL and NATS far more than on the CPU: more files than cores.
          maxWorkers: 4,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'processes',
          include: PROCESS_TESTS,
          exclude: IGNORED,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
