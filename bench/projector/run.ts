// The projector's cost per event, alone: N payouts' three events (requested, processing started,
// completed) folded by projectEvent and written by one row writer into a fresh read model, in waves
// that interleave payouts as the live bus does (a wave holds new payouts' first events and earlier
// payouts' later ones). Reports, per event, the statements sent, Node CPU (process.cpuUsage, the
// fold, Kysely and pg included) and the PostgreSQL backend's CPU (its /proc ticks: parse, plan,
// execute, index upkeep).
//
//   npx tsx bench/projector/run.ts                   (BENCH_PAYOUTS=6000, BENCH_WAVE=21)
//   BENCH_SRC=/path/to/other/services/query-api/src BENCH_POOL=0 npx tsx bench/projector/run.ts   (A/B)
//
// BENCH_SRC lets one run measure another revision's projector (e.g. `git archive main
// services/query-api/src | tar -x -C /tmp/base` gives /tmp/base/services/query-api/src; put it under
// this repository so its imports resolve). CPU here is noisy: run A and B interleaved, several times.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { payoutStreamName } from '@payouts/contracts';
import { createKysely, createLogger, createPool, type EventStore } from '@payouts/platform';
import { createTestDatabase } from '@payouts/platform/testing';
import { type Kysely, sql } from 'kysely';
import type pg from 'pg';
import type * as Projector from '../../services/query-api/src/projector/projector.ts';
import type * as RowWriter from '../../services/query-api/src/projector/rowWriter.ts';
import type { StatementPool } from '../../services/query-api/src/projector/rowWriter.ts';
import type * as Migrations from '../../services/query-api/src/readModel/migrations.ts';
import type { ReadModel } from '../../services/query-api/src/readModel/schema.ts';
import { payoutEvents } from '../../services/query-api/src/testing/payoutEvents.ts';

const PAYOUTS = Number(process.env.BENCH_PAYOUTS ?? 6000);
/** Events per wave, all projected concurrently: a third are first events, a third second, a third third. */
const WAVE = Number(process.env.BENCH_WAVE ?? 21);
/** Payouts projected before the measurement starts (JIT, pg's caches, the table's first pages). */
const WARMUP_PAYOUTS = 300;
const SRC = process.env.BENCH_SRC ?? new URL('../../services/query-api/src', import.meta.url).pathname;

const { projectEvent, RecentPayouts } = (await import(
  join(SRC, 'projector/projector.ts')
)) as typeof Projector;
const { createRowWriter } = (await import(join(SRC, 'projector/rowWriter.ts'))) as typeof RowWriter;
const { migrateReadModel } = (await import(join(SRC, 'readModel/migrations.ts'))) as typeof Migrations;

type ProjectedEvent = Parameters<typeof projectEvent>[2];

function payoutStory(): ProjectedEvent[] {
  const id = crypto.randomUUID();
  return [payoutEvents.requested(id), payoutEvents.processingStarted(id), payoutEvents.completed(id)].map(
    (e, revision) => ({ stream_name: payoutStreamName(id), revision: String(revision), ...e }),
  );
}

/** Waves of events: wave s holds the first events of payouts s, the second of s-1, the third of s-2. */
function waves(payouts: number): ProjectedEvent[][] {
  const perWave = Math.max(1, Math.floor(WAVE / 3));
  const stories = Array.from({ length: Math.ceil(payouts / perWave) }, () =>
    Array.from({ length: perWave }, payoutStory),
  );
  return Array.from({ length: stories.length + 2 }, (_, s) =>
    [0, 1, 2].flatMap((rev) => (stories[s - rev] ?? []).map((story) => story[rev]!)),
  );
}

function backendTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(rest[11]) + Number(rest[12]); // utime, stime (fields 14 and 15)
}

const database = await createTestDatabase('bench_projector');
// One connection: the writer sends one statement at a time anyway, and its backend's CPU is read.
const pool = createPool(database.url, createLogger('bench-projector', 'warn'), 1);
try {
  const base = createKysely<ReadModel>(pool);
  await migrateReadModel(base as Kysely<unknown>);
  const backend = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(base)).rows[0]!.pid;
  const counted = { statements: 0 };
  const db: Kysely<ReadModel> = base.withPlugin({
    transformQuery: (args) => {
      counted.statements += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
  // In-order events with a warm memory never read the store; one that would is a bench bug.
  const eventStore = new Proxy({} as EventStore, {
    get: () => () => {
      throw new Error('the bench projects in order: no event store read expected');
    },
  });
  const recent = new RecentPayouts();
  // Statements are counted where they are compiled (the plugin above: a writer without a pool
  // compiles each) or sent (a writer with one compiles its text once and sends it by name).
  const countingPool: StatementPool = {
    query: <R extends pg.QueryResultRow>(config: pg.QueryConfig) => {
      counted.statements += 1;
      return pool.query<R>(config);
    },
  };
  // BENCH_POOL=0 leaves the pool out (a writer that takes none, or to measure unnamed statements).
  const rowWriter =
    process.env.BENCH_POOL === '0' ? createRowWriter(db) : createRowWriter(db, { pool: countingPool });
  type Row = Parameters<typeof rowWriter.write>[0];
  const written: Row[] = [];
  const writer = {
    write(row: Row) {
      written.push(row);
      return rowWriter.write(row);
    },
  };
  const project = async (all: ProjectedEvent[][]) => {
    for (const wave of all) {
      const outcomes = await Promise.all(
        wave.map((e) => projectEvent(db, eventStore, e, { recent, writer })),
      );
      if (outcomes.some((o) => o !== 'applied')) throw new Error(`unexpected outcomes: ${outcomes}`);
    }
  };
  await project(waves(WARMUP_PAYOUTS));
  const measured = waves(PAYOUTS);
  const events = measured.reduce((n, w) => n + w.length, 0);
  written.length = 0;
  const projected = await measure(events, () => project(measured));
  const rows = (await sql<{ n: string }>`select count(*) as n from payouts`.execute(base)).rows[0]!.n;
  // The same rows written again, in waves of the same size: each finds its row at that revision
  // already and changes nothing, so what is left is the statement's own cost (building, sending,
  // parsing, planning it, finding each row) without the row versions and their index entries.
  const again = written.splice(0);
  const stale = await measure(again.length, async () => {
    for (let i = 0; i < again.length; i += WAVE) {
      const outcomes = await Promise.all(again.slice(i, i + WAVE).map((row) => rowWriter.write(row)));
      if (outcomes.some((o) => o)) throw new Error('a stale row was written');
    }
  });
  console.log(JSON.stringify({ src: SRC, events, rows, projected, stale }));

  /** Statements, Node CPU, the backend's CPU and wall time per item of `run`, in microseconds. */
  async function measure(items: number, run: () => Promise<void>) {
    counted.statements = 0;
    const ticks0 = backendTicks(backend);
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    await run();
    const wall_ms = performance.now() - wall0;
    const cpu = process.cpuUsage(cpu0);
    const pg_ms = (backendTicks(backend) - ticks0) * 10;
    const per = (ms: number) => Number(((ms * 1000) / items).toFixed(1));
    return {
      statements_per_item: Number((counted.statements / items).toFixed(3)),
      node_us: per((cpu.user + cpu.system) / 1000),
      pg_us: per(pg_ms),
      wall_us: per(wall_ms),
    };
  }
} finally {
  await pool.end();
  await database.drop();
}
