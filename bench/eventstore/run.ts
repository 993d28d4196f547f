// Event store throughput on PostgreSQL: appends per second (1 event per append) with 1, 10 and 50
// concurrent writers, and read-all events per second, beside pgbench inserting rows of the same shape
// into a plain table of the same shape, measured in the same run on the same server.
//
//   npx tsx bench/eventstore/run.ts          (BENCH_SECONDS per measurement, default 8)
//
// Prints the figures and writes them, with the machine, under "## Event store" in bench/RESULTS.md
// (BENCH_WRITE_RESULTS=0 only prints). Uses a throw-away database on DATABASE_URL's server.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  createKysely,
  createLogger,
  createPool,
  createPostgresEventStore,
  type EventStore,
  type GlobalPosition,
} from '@payouts/platform';
import { createTestDatabase } from '@payouts/platform/testing';
import { watchHost } from '../lib/machine.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WRITERS = [1, 10, 50] as const;
const RESULTS_FILE = new URL('../RESULTS.md', import.meta.url).pathname;
const SECTION = '## Event store';
const COMMAND = 'npx tsx bench/eventstore/run.ts';

/** What a PayoutRequested looks like on the way in: the payload and metadata sizes matter. */
function payoutRequested() {
  const payoutId = randomUUID();
  return {
    stream: `payout-${payoutId}`,
    event: {
      id: randomUUID(),
      type: 'PayoutRequested',
      data: {
        payout_id: payoutId,
        amount: '100.50',
        currency: 'RUB',
        recipient_account: '40817810099910004312',
        description: 'benchmark payout',
      },
      metadata: {
        correlation_id: randomUUID(),
        causation_id: null,
        actor: 'key_bench',
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        schema_version: 1,
      },
    },
  };
}

/** Streams appended so far, for the stream reads to pick from. */
const appendedStreams: string[] = [];

/** Calls of `once` completed per second by `workers` loops running it until the deadline. */
async function perSecond(workers: number, once: () => Promise<void>): Promise<number> {
  const deadline = Date.now() + SECONDS * 1000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < deadline) {
        await once();
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

function appendsPerSecond(store: EventStore, writers: number): Promise<number> {
  return perSecond(writers, async () => {
    const { stream, event } = payoutRequested();
    await store.append(stream, [event], 'no_stream');
    if (appendedStreams.length < 10_000) appendedStreams.push(stream);
  });
}

/** Whole streams read per second (what a processor does before it acts on a payout). */
function streamReadsPerSecond(store: EventStore, readers: number): Promise<number> {
  return perSecond(readers, async () => {
    const stream = appendedStreams[Math.floor(Math.random() * appendedStreams.length)]!;
    const events = await store.readStream(stream);
    if (events.length !== 1) throw new Error(`${stream}: expected 1 event, read ${events.length}`);
  });
}

async function readAllPerSecond(store: EventStore): Promise<{ events: number; perSecond: number }> {
  let from: GlobalPosition | null = null;
  let events = 0;
  const started = performance.now();
  for (;;) {
    const batch = await store.readAll({ from, maxCount: 500 });
    if (batch.length === 0) break;
    events += batch.length;
    from = batch.at(-1)!.position;
  }
  return { events, perSecond: events / ((performance.now() - started) / 1000) };
}

/** pgbench's INSERT rate into a plain table shaped like the events table, same indexes. */
function pgbenchInsertsPerSecond(databaseUrl: string, clients: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-es-'));
  try {
    const script = join(dir, 'insert.sql');
    // A space after each JSON colon: pgbench would read `:name` as one of its variables.
    writeFileSync(
      script,
      `insert into pgbench_events (stream_name, revision, event_id, type, data, metadata)
values ('payout-' || gen_random_uuid(), 0, gen_random_uuid(), 'PayoutRequested',
  '{"payout_id": "0b6f1c1e-8c8a-4f4e-9d0e-2f7f1f1c2b3a","amount": "100.50","currency": "RUB","recipient_account": "40817810099910004312","description": "benchmark payout"}',
  '{"correlation_id": "5f0c7f0e-1f7e-4b7a-9a8e-0c2b1d3e4f5a","causation_id": null,"actor": "key_bench","traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01","schema_version": 1}');
`,
    );
    const out = execFileSync(
      'pgbench',
      [
        '-n',
        '-M',
        'prepared',
        '-f',
        script,
        '-c',
        String(clients),
        '-j',
        '2',
        '-T',
        String(SECONDS),
        databaseUrl,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
    if (!tps) throw new Error(`could not read pgbench's rate from:\n${out}`);
    return Number(tps[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function machine(pgVersion: string): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `${cpu}, nproc ${nproc}, ${memory}, Node ${process.version}, ${pgVersion} on the same host`;
}

function writeSection(body: string): void {
  // Re-read just before writing: other sections of the file belong to other benchmarks.
  const current = existsSync(RESULTS_FILE)
    ? readFileSync(RESULTS_FILE, 'utf8')
    : '# Benchmark results\n\nEach section names its machine and the command that produced it.\n';
  const start = current.indexOf(`\n${SECTION}\n`);
  let next: string;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${body}`;
  } else {
    const rest = current.slice(start + 1 + SECTION.length);
    const end = rest.search(/\n## /);
    const after = end === -1 ? '' : rest.slice(end + 1);
    next = `${current.slice(0, start + 1)}${body}${after ? `\n${after}` : ''}`;
  }
  writeFileSync(RESULTS_FILE, `${next.trimEnd()}\n`);
}

if (spawnSync('pgbench', ['--version']).status !== 0) {
  throw new Error('pgbench was not found on PATH (it comes with the PostgreSQL client packages)');
}
const host = watchHost();
const database = await createTestDatabase('bench_es');
const logger = createLogger('bench', 'silent');

/**
 * A store on a pool of `connections`, closed after `use`: pgbench then gets the connections back
 * (the server's max_connections is shared with everything else on the machine).
 */
async function withStore<T>(
  connections: number,
  use: (store: EventStore) => Promise<T>,
  grouping = true,
): Promise<T> {
  const pool = createPool(database.url, logger, connections);
  const db = createKysely<unknown>(pool);
  const store = await createPostgresEventStore(pool, db, { schema: 'event_store', grouping });
  try {
    return await use(store);
  } finally {
    await store.close();
    await db.destroy();
  }
}

const admin = createPool(database.url, logger, 1);
try {
  const pgVersion = (await admin.query<{ v: string }>("select split_part(version(), ' (', 1) as v")).rows[0]!
    .v;
  await admin.query(`create table pgbench_events (
    position bigint generated always as identity primary key,
    transaction_id xid8 not null default pg_current_xact_id(),
    stream_name text not null,
    revision bigint not null,
    event_id uuid not null unique,
    type text not null,
    data jsonb not null,
    metadata jsonb not null,
    recorded_at timestamptz not null default now(),
    unique (stream_name, revision))`);
  await admin.query('create index on pgbench_events (transaction_id, position)');
  await admin.query('create index on pgbench_events (recorded_at)');

  const rows: string[] = [];
  for (const writers of WRITERS) {
    process.stdout.write(`appending with ${writers} writer(s): grouped... `);
    const grouped = await withStore(writers + 1, (store) => appendsPerSecond(store, writers));
    process.stdout.write(`${grouped.toFixed(0)}/s; alone... `);
    const alone = await withStore(writers + 1, (store) => appendsPerSecond(store, writers), false);
    process.stdout.write(`${alone.toFixed(0)}/s; pgbench... `);
    const theirs = pgbenchInsertsPerSecond(database.url, writers);
    console.log(`${theirs.toFixed(0)}/s`);
    rows.push(
      `| ${writers} | ${grouped.toFixed(0)} | ${alone.toFixed(0)} | ${theirs.toFixed(0)} | ${((grouped / theirs) * 100).toFixed(0)}% |`,
    );
  }
  // The reads run on a vacuumed, analyzed table, as autovacuum keeps a live one: otherwise its
  // first pass over the rows just appended may land in the middle of one measurement.
  await admin.query('vacuum analyze event_store.events');
  const readRows: string[] = [];
  for (const readers of WRITERS) {
    process.stdout.write(`reading streams with ${readers} reader(s): grouped... `);
    const grouped = await withStore(readers + 1, (store) => streamReadsPerSecond(store, readers));
    process.stdout.write(`${grouped.toFixed(0)}/s; alone... `);
    const alone = await withStore(readers + 1, (store) => streamReadsPerSecond(store, readers), false);
    console.log(`${alone.toFixed(0)}/s`);
    readRows.push(`| ${readers} | ${grouped.toFixed(0)} | ${alone.toFixed(0)} |`);
  }
  process.stdout.write('reading all... ');
  const read = await withStore(1, readAllPerSecond);
  console.log(`${read.events} events at ${read.perSecond.toFixed(0)}/s`);

  const section = `${SECTION}

\`${COMMAND}\` (BENCH_SECONDS=${SECONDS} per measurement), ${new Date().toISOString().slice(0, 10)}.
Machine: ${machine(pgVersion)}. The host: ${host.summary()}. Other work
on the host moves absolute numbers, so compare the columns of one run rather than across runs.

Appends per second, 1 event per append, each to a new payout stream (expected state \`no_stream\`),
through \`createPostgresEventStore\` from one Node process: grouped (the default since migration 004:
the appends made while one statement is in flight go together as one \`append_group\` call, one
round trip and one commit for the group) and alone (\`grouping: false\`: one \`append_events\` call
per append). Either way each append gets the duplicate-id check, stream row lock, expected-revision
check, hash chain and insert, then a coalesced \`pg_notify\` after the commit. Beside them,
\`pgbench -M prepared\` (C, one plain INSERT of the same row into a table with the same columns and
indexes) with as many clients:

| writers | appends/s, grouped | appends/s, alone | pgbench INSERTs/s | grouped / pgbench |
| ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Whole streams read per second (\`readStream\` of a random one of the streams appended above, as a
processor loads a payout before acting on it), grouped (the reads made while one statement is in
flight go together as one statement) and alone (one statement each):

| readers | stream reads/s, grouped | stream reads/s, alone |
| ---: | ---: | ---: |
${readRows.join('\n')}

Read all (\`readAll\` pages of 500 from the start, in (transaction id, position) order): ${read.events} events
at ${read.perSecond.toFixed(0)} events/s.

pgbench runs a prepared plain INSERT from C; an append is a plpgsql call (duplicate-id lookup, advisory
lock, stream row lock, hash, insert, stream upsert) from one Node process that shares the 2 cores with
PostgreSQL and everything else, so the gap is widest where the client's CPU is the limit. Before migration
002_notify_after_commit, \`append_events\` called \`pg_notify\` inside the append, and the same benchmark
gave 212, 229 and 155 appends/s at 1, 10 and 50 writers (pgbench: 391, 2367, 5324): a notifying
transaction holds PostgreSQL's notification queue lock from pre-commit to the end of its commit,
flush included, so appends could not share a flush and stopped scaling with writers.

The shared advisory lock each append takes since migration 003 (so that readers wait for running
appends only, not for every transaction on the server) cost 10 to 15% at 10 writers in an A/B run
against the 002 function on this machine (about 910-1010 against 1070-1150 appends/s).
`;
  console.log(`\n${section}`);
  if (process.env.BENCH_WRITE_RESULTS !== '0') {
    writeSection(section);
    console.log(`written to ${RESULTS_FILE}`);
  }
} finally {
  await admin.end();
  await database.drop();
}
