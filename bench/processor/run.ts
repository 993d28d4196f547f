// The payout processor's cost per payout, alone: N payouts taken from PayoutRequested to
// PayoutCompleted by handlePayoutEvent against a fresh database (the real PostgreSQL event store,
// grouped, and the simulated provider at 0 ms), two deliveries per payout as on the bus. Each
// message arrives as the consumer hands it over: JSON text parsed and checked as a BusEvent. The
// messages come in waves that interleave payouts as the live bus does (a wave holds new payouts'
// requests and the previous wave's PayoutProcessingStarted), all handled concurrently under the
// processor's own limits. Reports, per payout, the statements the processor sent (pool.query calls,
// by kind), its Node CPU (process.cpuUsage: the processor, pg, the event store) and its PostgreSQL
// backends' CPU (their /proc ticks). The relay's work (reading the new events back to turn them into
// messages) uses another pool and is not measured.
//
//   npx tsx bench/processor/run.ts                     (BENCH_PAYOUTS=6000, BENCH_WAVE=20)
//   BENCH_PROVIDER=memory: a provider that records nothing, to see the simulated provider's share
//   BENCH_WINDOWS=/tmp/w.json node --import tsx --cpu-prof bench/processor/run.ts
//     also writes the measured waves' times, to summarise the profile over them only:
//     npx tsx bench/processor/run.ts summarise <profile> /tmp/w.json
//
// A/B: run this file from a copy of another revision (e.g. `git archive main | tar -x -C /tmp/base`,
// node_modules hard-linked in with `cp -al`), interleaved with this one, several times: CPU on a
// shared host is noisy; statement counts are not.
import { readFileSync, writeFileSync } from 'node:fs';
import { BusEvent } from '@payouts/contracts';
import {
  createKysely,
  createLogger,
  createPool,
  createPostgresEventStore,
  type GlobalPosition,
  toBusEvent,
} from '@payouts/platform';
import { createTestDatabase } from '@payouts/platform/testing';
import type pg from 'pg';
import { createConcurrencyLimit } from '../../services/payout-processor/src/concurrencyLimit.ts';
import { handlePayoutEvent, type StepOutcome } from '../../services/payout-processor/src/processPayout.ts';
import { createSimulatedProvider } from '../../services/payout-processor/src/provider/simulatedProvider.ts';
import { requestPayout } from '../../services/payout-processor/src/testing/index.ts';
import { type CpuProfile, summariseCpuProfile } from '../write-api/profileSummary.ts';

const PAYOUTS = Number(process.env.BENCH_PAYOUTS ?? 6000);
/** Messages per wave: half new payouts' requests, half the previous wave's processing starts. */
const WAVE = Number(process.env.BENCH_WAVE ?? 20);
/** Payouts processed before the measurement starts (JIT, pg's caches, the tables' first pages). */
const WARMUP_PAYOUTS = Number(process.env.BENCH_WARMUP ?? 600);
/** As the processor runs by default (PROCESSOR_CONCURRENCY, DATABASE_POOL_SIZE, ack wait). */
const STORE_CONCURRENCY = 256;
const POOL_SIZE = 10;
const ACK_WAIT_MS = 30_000;

let windows: [number, number][] | null = null;

if (process.argv[2] === 'summarise') {
  // A profile of this bench over its measured waves only: not start-up, requests or the relay.
  const [profilePath, windowsPath] = process.argv.slice(3);
  if (!profilePath || !windowsPath) throw new Error('usage: run.ts summarise <.cpuprofile> <windows.json>');
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const measured = JSON.parse(readFileSync(windowsPath, 'utf8')) as [number, number][];
  console.log(summariseCpuProfile(profile, measured));
  process.exit(0);
}

const logger = createLogger('bench-processor', 'warn');
const database = await createTestDatabase('bench_processor');
const pool = createPool(database.url, logger, POOL_SIZE);
const relayPool = createPool(database.url, logger, 4);

/** The processor pool's statements, by kind; its backends, for their CPU. */
const counted = new Map<string, number>();
const backends = new Set<number>();
pool.on('connect', (client) => {
  backends.add((client as unknown as { processID: number }).processID);
});
const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
(pool as { query: unknown }).query = (...args: unknown[]) => {
  const first = args[0];
  const text = typeof first === 'string' ? first : (first as pg.QueryConfig).text;
  const kind = statementKind(text);
  counted.set(kind, (counted.get(kind) ?? 0) + 1);
  return query(...args);
};

function statementKind(text: string): string {
  if (text.includes('append_group')) return 'append_group';
  if (text.includes('append_events')) return 'append_events';
  if (text.includes('pg_notify')) return 'notify';
  if (/from "[a-z_]+"\.events\s/.test(text)) return 'read_stream';
  if (text.includes('simulated_provider_payments')) return 'provider';
  return text.replace(/\s+/g, ' ').slice(0, 40);
}

function backendTicks(): number {
  let ticks = 0;
  for (const pid of backends) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(rest[11]) + Number(rest[12]); // utime, stime (fields 14 and 15)
    } catch {
      // a backend that ended (the pool closed an idle client) took its ticks with it
    }
  }
  return ticks;
}

try {
  const eventStore = await createPostgresEventStore(pool, createKysely(pool));
  const relayStore = await createPostgresEventStore(relayPool, createKysely(relayPool), { migrate: false });
  const provider =
    process.env.BENCH_PROVIDER === 'memory'
      ? { pay: async () => ({ status: 'paid' as const, reference: 'ref' }), status: async () => null }
      : await createSimulatedProvider(pool, { latencyMs: 0 });
  const deps = {
    eventStore,
    provider,
    clock: () => new Date(),
    logger,
    retry: { maxAttempts: 5, baseMs: 1_000, maxMs: 60_000 },
    paying: new Set<string>(),
    possibleRepeatAfterMs: ACK_WAIT_MS / 2,
    providerTimeoutMs: 10_000,
    storeWork: createConcurrencyLimit(STORE_CONCURRENCY),
    providerCalls: createConcurrencyLimit(2_000),
  };

  let relayed: GlobalPosition | null = null;
  /** The relay's part, not measured: events stored since the last call, as the bus carries them. */
  async function relay(): Promise<{ requested: string[]; started: string[]; completed: number }> {
    const out = { requested: [] as string[], started: [] as string[], completed: 0 };
    for (;;) {
      const batch = await relayStore.readAll({ from: relayed, maxCount: 1_000 });
      if (batch.length === 0) return out;
      relayed = batch.at(-1)!.position;
      for (const event of batch) {
        const text = JSON.stringify(toBusEvent(event));
        if (event.type === 'PayoutRequested') out.requested.push(text);
        else if (event.type === 'PayoutProcessingStarted') out.started.push(text);
        else if (event.type === 'PayoutCompleted') out.completed += 1;
      }
    }
  }

  /** Requests as the command API makes them, not measured. */
  async function request(payouts: number): Promise<string[]> {
    const perBatch = 100;
    for (let i = 0; i < payouts; i += perBatch) {
      await Promise.all(
        Array.from({ length: Math.min(perBatch, payouts - i) }, () => requestPayout(relayStore)),
      );
    }
    const { requested } = await relay();
    if (requested.length !== payouts)
      throw new Error(`expected ${payouts} requests, relayed ${requested.length}`);
    return requested;
  }

  /** What the consumer does with a message (parse it, check it) and the processor's handling. */
  async function deliver(text: string): Promise<StepOutcome> {
    const parsed = BusEvent.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error('the bench relayed an invalid message');
    return handlePayoutEvent(deps, parsed.data, { deliveryCount: 1 });
  }

  type Totals = {
    node_us: number;
    node_sys_us: number;
    pg_ticks: number;
    wall_ms: number;
    completed: number;
  };
  /** Processes these requests wave by wave; only the processor's handling is measured. */
  async function processAll(requested: string[]): Promise<Totals> {
    const totals: Totals = { node_us: 0, node_sys_us: 0, pg_ticks: 0, wall_ms: 0, completed: 0 };
    const half = Math.max(1, Math.floor(WAVE / 2));
    let started: string[] = [];
    for (let i = 0; i < requested.length || started.length > 0; i += half) {
      const wave = [...requested.slice(i, i + half), ...started];
      const ticks0 = backendTicks();
      const cpu0 = process.cpuUsage();
      const wall0 = performance.now();
      const window0 = process.hrtime.bigint();
      const outcomes = await Promise.all(wave.map(deliver));
      windows?.push([Number(window0 / 1000n), Number(process.hrtime.bigint() / 1000n)]);
      totals.wall_ms += performance.now() - wall0;
      const cpu = process.cpuUsage(cpu0);
      totals.node_us += cpu.user + cpu.system;
      totals.node_sys_us += cpu.system;
      totals.pg_ticks += backendTicks() - ticks0;
      const expected = wave.length - started.length;
      if (outcomes.filter((o) => o === 'started').length !== expected) {
        throw new Error(`unexpected outcomes: ${outcomes.join(',')}`);
      }
      if (outcomes.filter((o) => o === 'completed').length !== started.length) {
        throw new Error(`unexpected outcomes: ${outcomes.join(',')}`);
      }
      const next = await relay();
      started = next.started;
      totals.completed += next.completed;
    }
    return totals;
  }

  await processAll(await request(WARMUP_PAYOUTS));
  // The measured waves' times on the monotonic clock (µs), which V8's profiles use too.
  windows = process.env.BENCH_WINDOWS ? [] : null;
  const requested = await request(PAYOUTS);
  counted.clear();
  const totals = await processAll(requested);
  if (totals.completed !== PAYOUTS) throw new Error(`${totals.completed} of ${PAYOUTS} payouts completed`);
  const per = (n: number) => Number((n / PAYOUTS).toFixed(3));
  const statements = [...counted.values()].reduce((a, b) => a + b, 0);
  if (windows) writeFileSync(process.env.BENCH_WINDOWS!, JSON.stringify(windows));
  console.log(
    JSON.stringify({
      payouts: PAYOUTS,
      wave: WAVE,
      statements_per_payout: per(statements),
      by_kind: Object.fromEntries([...counted].map(([kind, n]) => [kind, per(n)])),
      node_us: Math.round(totals.node_us / PAYOUTS),
      node_sys_us: Math.round(totals.node_sys_us / PAYOUTS),
      pg_us: Math.round((totals.pg_ticks * 10_000) / PAYOUTS),
      wall_us: Math.round((totals.wall_ms * 1000) / PAYOUTS),
    }),
  );
  await eventStore.close();
  await relayStore.close();
} finally {
  await pool.end();
  await relayPool.end();
  await database.drop();
}
