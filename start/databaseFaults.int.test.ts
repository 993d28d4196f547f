// A database that blips must not kill a process (issue 14, item 1): `npm start`, and each service
// run on its own, on a PostgreSQL of the test's own while payouts are created and read; its backends
// are terminated, it restarts with `-m immediate` (every connection cut, as in a crash) and stops for
// a while. Every process stays up, says not-ready while the database is away and ready once it is
// back, and a payout created afterwards completes.
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { createLogger, loadConfig } from '@payouts/platform';
import {
  type Child,
  eventually,
  freePort,
  type PrivatePostgres,
  spawnEntry,
  startPrivatePostgres,
  TEST_NATS_URL,
  uniqueBusNames,
} from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, systemEnv } from './system.ts';

const KEY = 'database-faults-test-key-0123456789';
const auth = { Authorization: `Bearer ${KEY}` };

/** Creates payouts and reads them back, over and over, until `signal` aborts; failures are expected. */
async function load(
  writeBase: string,
  readBase: string,
  signal: AbortSignal,
  counts: { ok: number; failed: number },
) {
  while (!signal.aborted) {
    try {
      const created = await fetch(`${writeBase}/api/v1/payouts/`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ amount: '10.00', currency: 'RUB', recipient_account: 'faults-load' }),
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await created.json()) as { id?: string };
      if (created.status === 201 && body.id) {
        await fetch(`${readBase}/api/v1/payouts/${body.id}/`, {
          headers: auth,
          signal: AbortSignal.timeout(15_000),
        });
        counts.ok += 1;
      } else counts.failed += 1;
    } catch {
      counts.failed += 1;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

async function readyStatus(base: string): Promise<number | 'no answer'> {
  try {
    return (await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(10_000) })).status;
  } catch {
    return 'no answer';
  }
}

type Processes = {
  /** The database the processes use, whose backends are terminated. */
  database: string;
  /** Where payouts are created and where they are read (the same for `npm start`). */
  writeBase: string;
  readBase: string;
  /** Every process's /readyz base URL. */
  readyBases: string[];
  children: Child[];
};

function alive(processes: Processes): string | true {
  const dead = processes.children.find((child) => !child.running());
  return dead ? dead.output().slice(-3000) : true;
}

async function everyReady(processes: Processes, status: number) {
  for (const base of processes.readyBases) {
    await eventually(
      async () => ((await readyStatus(base)) === status ? true : undefined),
      60_000,
      `${base}/readyz ${status}`,
    );
  }
}

/** The faults, under load; then a payout created afterwards must complete. */
async function survivesFaults(postgres: PrivatePostgres, processes: Processes) {
  await everyReady(processes, 200);
  const counts = { ok: 0, failed: 0 };
  const stopLoad = new AbortController();
  const workers = Array.from({ length: 6 }, () =>
    load(processes.writeBase, processes.readBase, stopLoad.signal, counts),
  );
  try {
    // Under load, connections are cut while clients are checked out of the pool and in use.
    await eventually(async () => (counts.ok >= 20 ? true : undefined), 60_000, 'payouts under load');
    for (let i = 0; i < 5; i++) {
      await postgres.terminateBackends(processes.database);
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(alive(processes)).toBe(true);

    const beforeRestart = counts.ok;
    await postgres.restart('immediate');
    await eventually(
      async () => (counts.ok > beforeRestart ? true : undefined),
      60_000,
      'load after restart',
    );
    expect(alive(processes)).toBe(true);

    // Away for a while: not ready (and still alive) until it is back.
    await postgres.stop('immediate');
    await everyReady(processes, 503);
    expect(alive(processes)).toBe(true);
    await postgres.start();
    await everyReady(processes, 200);
  } finally {
    stopLoad.abort();
    await Promise.all(workers);
  }
  expect(alive(processes)).toBe(true);

  const created = await fetch(`${processes.writeBase}/api/v1/payouts/`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ amount: '42.00', currency: 'RUB', recipient_account: 'after-the-faults' }),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const completed = await eventually(
    async () => {
      const response = await fetch(`${processes.readBase}/api/v1/payouts/${id}/`, { headers: auth });
      const payout = (await response.json()) as { status?: string };
      return payout.status === 'completed' ? payout : undefined;
    },
    60_000,
    'the payout created after the faults to complete',
  );
  expect(completed.status).toBe('completed');
  expect(alive(processes)).toBe(true);
  for (const child of processes.children) {
    expect(child.output()).not.toMatch(/Unhandled|uncaught/i);
    const exit = await child.stop();
    expect(exit, child.output().slice(-3000)).toEqual({ code: 0, signal: null });
  }
}

const commonEnv = (postgres: PrivatePostgres, bus: Record<string, string>) => ({
  ...process.env,
  DATABASE_URL: postgres.url('payouts'),
  NATS_URL: TEST_NATS_URL,
  ...bus,
  LOG_LEVEL: 'warn',
  DEV_API_KEY: KEY,
  PROVIDER_LATENCY_MS: '20',
  // The load is one key's, far above the default limit.
  RATE_LIMIT_REQUESTS: '0',
  READ_RATE_LIMIT_REQUESTS: '0',
});

describe('when PostgreSQL restarts or terminates connections', () => {
  let postgres: PrivatePostgres;
  const children: Child[] = [];

  beforeAll(async () => {
    postgres = await startPrivatePostgres();
  });
  afterAll(async () => {
    await Promise.all(children.map((child) => child.stop()));
    await postgres?.destroy();
  });

  it('npm start stays up, is not ready while the database is away, and works again once it is back', async () => {
    const start = spawnEntry('start/all-in-one.ts', {
      // A working folder outside the repository: no .env changes what the test sets.
      cwd: tmpdir(),
      env: { ...commonEnv(postgres, uniqueBusNames()), PORT: '0' },
    });
    children.push(start);
    const base = (await start.waitFor(/API\s+(http:\/\/localhost:\d+)\/api\/v1\/payouts\//))[1]!;
    await survivesFaults(postgres, {
      database: 'payouts',
      writeBase: base,
      readBase: base,
      readyBases: [base],
      children: [start],
    });
  }, 300_000);

  it('so does each service run on its own', async () => {
    const bus = uniqueBusNames();
    const services: Array<[entry: string, portVariable: 'PORT' | 'METRICS_PORT']> = [
      ['services/command-api/src/main.ts', 'PORT'],
      ['services/query-api/src/main.ts', 'PORT'],
      ['services/command-api/src/relay/main.ts', 'METRICS_PORT'],
      ['services/query-api/src/projector/main.ts', 'METRICS_PORT'],
      ['services/payout-processor/src/main.ts', 'METRICS_PORT'],
      ['services/scheduler/src/main.ts', 'METRICS_PORT'],
      ['services/notifier/src/main.ts', 'PORT'],
    ];
    const started: Array<{ child: Child; base: string }> = [];
    // One at a time: the first ones create the database and the tables the others use.
    for (const [entry, portVariable] of services) {
      const port = await freePort();
      const child = spawnEntry(entry, {
        cwd: tmpdir(),
        env: { ...commonEnv(postgres, bus), [portVariable]: String(port) },
      });
      children.push(child);
      await eventually(
        async () => ((await readyStatus(`http://127.0.0.1:${port}`)) === 200 ? true : undefined),
        60_000,
        `${entry} ready`,
      ).catch((err) => {
        throw new Error(`${(err as Error).message}\n${child.output()}`);
      });
      started.push({ child, base: `http://127.0.0.1:${port}` });
    }
    await survivesFaults(postgres, {
      database: 'payouts',
      writeBase: started[0]!.base,
      readBase: started[1]!.base,
      readyBases: started.map((s) => s.base),
      children: started.map((s) => s.child),
    });
  }, 300_000);

  it('so does npm start with its embedded bus (run in this process: a crash would end the test run)', async () => {
    // The embedded bus runs only where no NATS answers; here it is chosen directly, on a database of
    // its own, as start/all-in-one.ts would.
    const config = loadConfig(systemEnv, {
      ...commonEnv(postgres, uniqueBusNames()),
      DATABASE_URL: postgres.url('payouts_embedded_bus'),
      PORT: '0',
    });
    // In a process of its own this error would end it; here vitest would only report it after the test.
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    const system = await startSystem(config, createLogger('payouts', 'error'), { bus: 'postgres' });
    try {
      const base = `http://127.0.0.1:${system.port}`;
      await survivesFaults(postgres, {
        database: 'payouts_embedded_bus',
        writeBase: base,
        readBase: base,
        readyBases: [base],
        children: [],
      });
      expect(uncaught).toEqual([]);
    } finally {
      await system.stop();
      process.removeListener('uncaughtException', onUncaught);
    }
  }, 300_000);
});
