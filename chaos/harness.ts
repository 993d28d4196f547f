// The chaos harness: every service as its own process on local PostgreSQL and a private NATS, a
// steady stream of payouts with idempotency keys, and every few seconds a service killed (SIGKILL),
// paused (SIGSTOP/SIGCONT) or NATS restarted; optionally NATS's store wiped mid-run. At the end the
// system must have lost nothing and done nothing twice (checks.ts).
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createKysely, createLogger, createPool, createPostgresEventStore } from '@payouts/platform';
import { createTestDatabase } from '@payouts/platform/testing';
import { type CheckResult, groupByStream, readAllEvents, runChecks, terminalCheck } from './checks.ts';
import {
  freePort,
  killService,
  managedServices,
  natsServer,
  startAllServices,
  startNats,
  startService,
  stopNats,
  wipeNats,
} from './processes.ts';

export type ChaosOptions = {
  durationMs: number;
  /** Payouts submitted per second. */
  rate: number;
  /** Time between two disruptions. */
  intervalMs: number;
  wipeNats: boolean;
  /** Which disruptions to draw from (default: all). */
  actions?: readonly ChaosAction[];
  seed: number;
  log: (line: string) => void;
};

export const CHAOS_ACTIONS = ['kill', 'pause', 'restart-nats'] as const;
export type ChaosAction = (typeof CHAOS_ACTIONS)[number];

export type ChaosReport = {
  ok: boolean;
  checks: CheckResult[];
  submitted: number;
  acknowledged: number;
  actions: string[];
  /** The last lines each service wrote, to read when a check failed. */
  logs: Record<string, string>;
};

const API_KEY = 'chaos-key-0123456789abcdef';
/** After the disruptions stop, how long the system gets to settle every payout. */
const SETTLE_TIMEOUT_MS = 180_000;

/** mulberry32: a tiny seeded generator, so that a failing run can be replayed with its seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const random = seeded(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const root = await mkdtemp(join(tmpdir(), 'payouts-chaos-'));
  const database = await createTestDatabase('chaos');
  const nats = natsServer(await freePort(), root);
  await startNats(nats);
  const env = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    DEV_API_KEY: API_KEY,
    PROVIDER_LATENCY_MS: '20',
    // The harness is one client at a steady rate plus its retries; it is not testing the limiter.
    RATE_LIMIT_REQUESTS: '100000',
    // Short enough that the scheduler heals what a lost message left behind within the settle time.
    PENDING_STALE_AFTER_MS: '10000',
    PROCESSING_STUCK_AFTER_MS: '15000',
    SCHEDULE_REDISPATCH_PENDING: '*/5 * * * * *',
    SCHEDULE_RESOLVE_PROCESSING: '*/5 * * * * *',
  };
  const services = await managedServices();
  const byName = (name: string) => services.find((s) => s.spec.name === name)!;
  const actions: string[] = [];
  const note = (line: string) => {
    actions.push(line);
    options.log(line);
  };

  try {
    await startAllServices(services, env);
    note(`started ${services.length} services and nats on :${nats.port} (seed ${options.seed})`);

    // Read each time: a restarted command-api may have had to take another port.
    const commandUrl = () => `http://127.0.0.1:${byName('command-api').port}/api/v1/payouts/`;
    const acknowledged: string[] = [];
    const submissions: Promise<void>[] = [];
    let submitting = true;
    const submit = async (n: number) => {
      const key = randomUUID();
      const body = JSON.stringify({
        amount: `${1 + (n % 500)}.${String(n % 100).padStart(2, '0')}`,
        recipient_account: `CHAOS-${n}`,
      });
      // A refused or unanswered request is retried with the same key until the run's end plus a grace period.
      const giveUpAt = Date.now() + options.durationMs + 60_000;
      while (Date.now() < giveUpAt) {
        try {
          const res = await fetch(commandUrl(), {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${API_KEY}`,
              'Content-Type': 'application/json',
              'Idempotency-Key': key,
            },
            body,
            signal: AbortSignal.timeout(5_000),
          });
          if (res.status === 201 || res.status === 200) {
            acknowledged.push(((await res.json()) as { id: string }).id);
            return;
          }
          if (res.status < 500 && res.status !== 429 && res.status !== 409) {
            throw new Error(`POST refused for good: ${res.status} ${await res.text()}`);
          }
        } catch (err) {
          if ((err as Error).message.startsWith('POST refused')) throw err;
        }
        await sleep(100 + random() * 200);
      }
    };

    const submitter = (async () => {
      let n = 0;
      const started = Date.now();
      while (submitting) {
        const due = started + (n * 1000) / options.rate;
        if (due > Date.now()) await sleep(due - Date.now());
        submissions.push(submit(n));
        n += 1;
      }
    })();

    const stopAt = Date.now() + options.durationMs;
    let wiped = false;
    while (Date.now() + options.intervalMs < stopAt) {
      await sleep(options.intervalMs * (0.5 + random()));
      if (options.wipeNats && !wiped && Date.now() > stopAt - options.durationMs / 2) {
        wiped = true;
        note('wipe: nats killed and its store deleted');
        await wipeNats(nats);
        continue;
      }
      const action = pick(options.actions ?? (['kill', 'kill', 'pause', 'restart-nats'] as const));
      if (action === 'restart-nats') {
        note('restart: nats');
        await stopNats(nats, 'SIGTERM');
        await sleep(500 + random() * 1_000);
        await startNats(nats);
      } else if (action === 'kill') {
        const victim = pick(services);
        note(`kill -9: ${victim.spec.name}`);
        await killService(victim, 'SIGKILL');
        await sleep(300 + random() * 1_000);
        startService(victim, env);
      } else {
        const victim = pick(services.filter((s) => s.process));
        note(`pause: ${victim.spec.name}`);
        victim.process?.kill('SIGSTOP');
        victim.paused = true;
        await sleep(1_000 + random() * 2_000);
        victim.process?.kill('SIGCONT');
        victim.paused = false;
      }
    }
    submitting = false;
    await submitter;
    await Promise.all(submissions);
    note(`submitted ${submissions.length}, acknowledged ${acknowledged.length}; settling`);

    const pool = createPool(database.url, createLogger('chaos', 'silent'), 2);
    const store = await createPostgresEventStore(pool, createKysely<unknown>(pool), { migrate: false });
    try {
      const settleBy = Date.now() + SETTLE_TIMEOUT_MS;
      let checks = await runChecks({ acknowledged, store, db: pool });
      while (!checks.every((c) => c.ok) && Date.now() < settleBy) {
        await sleep(1_000);
        const terminal = terminalCheck(groupByStream(await readAllEvents(store)));
        if (terminal.ok) checks = await runChecks({ acknowledged, store, db: pool });
      }
      if (!checks.every((c) => c.ok)) await describeBus(nats.url, options.log);
      const logs = Object.fromEntries(services.map((s) => [s.spec.name, s.log.join('').slice(-3_000)]));
      return {
        ok: checks.every((c) => c.ok),
        checks,
        submitted: submissions.length,
        acknowledged: acknowledged.length,
        actions,
        logs,
      };
    } finally {
      await store.close();
      await pool.end();
    }
  } finally {
    await Promise.all(services.map((s) => killService(s, 'SIGTERM')));
    await stopNats(nats, 'SIGTERM');
    await database.drop().catch(() => {});
    await rm(root, { recursive: true, force: true });
  }
}

/** What JetStream holds, for a failed run's report. */
async function describeBus(url: string, log: (line: string) => void): Promise<void> {
  const { connect } = await import('@nats-io/transport-node');
  const { jetstreamManager } = await import('@nats-io/jetstream');
  const nc = await connect({ servers: url });
  try {
    const jsm = await jetstreamManager(nc);
    for await (const stream of jsm.streams.list()) {
      log(
        `stream ${stream.config.name}: ${stream.state.messages} messages, last seq ${stream.state.last_seq}`,
      );
      for await (const c of jsm.consumers.list(stream.config.name)) {
        log(
          `  consumer ${c.name}: pending ${c.num_pending}, ack pending ${c.num_ack_pending}, redelivered ${c.num_redelivered}, delivered ${c.delivered.stream_seq}, ack floor ${c.ack_floor.stream_seq}, waiting pulls ${c.num_waiting}`,
        );
      }
    }
  } finally {
    await nc.close();
  }
}
