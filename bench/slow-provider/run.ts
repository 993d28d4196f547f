// A slow payment provider must not cap throughput (issue 17, item 1). For each scenario, N payouts
// are POSTed at once to the whole system in one process (as `npm start` runs it: command API, relay,
// processor, projector, query API, scheduler; one processor replica), with the simulated provider
// answering each payment after L ms, and the run says how long after the first POST every payout was
// `completed` in the read model (the projector's `projected_at`, same machine clock, so polling adds
// nothing), beside the goal, and how long after the last POST was answered (on a busy host the POSTs
// themselves take seconds, which is the command API's share, not the processor's). It also samples the system process's RSS (idle, and the peak while the
// payouts are in flight), and reads from the event store when the last payment started, to show that
// the provider calls overlapped rather than queued.
//
// `npx tsx bench/slow-provider/run.ts`; BENCH_SCENARIOS="100@5000:6,1000@2000:5" (count@latency ms:
// goal s), BENCH_MAX_IN_FLIGHT (PROCESSOR_MAX_IN_FLIGHT; 32 imitates the old single limit of 32),
// BENCH_REQUEST=store appends the PayoutRequested events straight to the event store instead of
// POSTing them, to time the processor and the pipeline apart from the command API (on a busy host
// the POSTs alone take seconds). BENCH_TOPOLOGY=processes runs every service as its own process, as
// Compose does (bench/pipeline/processes.ts; still one processor replica), and the RSS is then the
// whole tree's. BENCH_BASELINE_TREE=<another checkout> runs every scenario on that checkout's system
// too, right after this one's (bench/lib/systemTree.ts), so that both meet the same host.

import http from 'node:http';
import { createKysely, createLogger, createPool, createPostgresEventStore } from '@payouts/platform';
import { createTestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import pg from 'pg';
import { requestPayout } from '../../services/payout-processor/src/testing/index.ts';
import { startChild } from '../lib/child.ts';
import { describeMachine, watchHost } from '../lib/machine.ts';
import { percentile } from '../lib/percentile.ts';
import { treeRssMiB } from '../lib/rss.ts';

type Scenario = { count: number; latencyMs: number; goalSeconds: number };
const SCENARIOS: Scenario[] = (process.env.BENCH_SCENARIOS ?? '100@5000:6,1000@2000:5')
  .split(',')
  .map((s) => {
    const match = /^(\d+)@(\d+):(\d+(?:\.\d+)?)$/.exec(s.trim());
    if (!match) throw new Error(`BENCH_SCENARIOS: "${s}" is not count@latency_ms:goal_s`);
    return { count: Number(match[1]), latencyMs: Number(match[2]), goalSeconds: Number(match[3]) };
  });
const MAX_IN_FLIGHT = process.env.BENCH_MAX_IN_FLIGHT;
const REQUEST = process.env.BENCH_REQUEST === 'store' ? 'store' : 'post';
const TOPOLOGY = process.env.BENCH_TOPOLOGY === 'processes' ? 'processes' : 'one-process';
const BASELINE_TREE = process.env.BENCH_BASELINE_TREE || null;
if (BASELINE_TREE && (TOPOLOGY === 'processes' || REQUEST === 'store')) {
  // The store mode appends with this checkout's event store, which migrates the other tree's database.
  throw new Error(
    'BENCH_BASELINE_TREE runs the one-process system with POSTs only; unset BENCH_TOPOLOGY and BENCH_REQUEST',
  );
}
/** BENCH_CPU_PROF=dir writes a V8 CPU profile of the system process there. */
const PROFILE = process.env.BENCH_CPU_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
  : [];
/** How long after the first POST the run waits for the last payout before it counts the rest as not done. */
const GIVE_UP_SECONDS = 60;

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function post(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

type Row = {
  scenario: Scenario;
  /** The checkout whose system ran: null for this one. */
  tree: string | null;
  postsSeconds: number;
  completed: number;
  allSeconds: number | null;
  p50Seconds: number;
  lastStartSeconds: number;
  /** The last PayoutCompleted in the event store: the processor done, the projector not yet. */
  lastCompletedSeconds: number;
  idleRss: number;
  peakRss: number;
  postErrors: number;
};

const host = watchHost();
const rows: Row[] = [];
let machine = '';
for (const scenario of SCENARIOS) {
  rows.push(await runScenario(scenario, null));
  if (BASELINE_TREE) rows.push(await runScenario(scenario, BASELINE_TREE));
}

console.log(`Machine: ${machine}; ${host.summary()}`);
console.log(
  `Command: npx tsx bench/slow-provider/run.ts (BENCH_SCENARIOS=${SCENARIOS.map((s) => `${s.count}@${s.latencyMs}:${s.goalSeconds}`).join(',')}${
    MAX_IN_FLIGHT ? `, PROCESSOR_MAX_IN_FLIGHT=${MAX_IN_FLIGHT}` : ', PROCESSOR_MAX_IN_FLIGHT default'
  }${REQUEST === 'store' ? ', BENCH_REQUEST=store: requests appended to the event store, no POSTs' : ''}); ${
    TOPOLOGY === 'processes'
      ? 'BENCH_TOPOLOGY=processes: every service its own process'
      : 'one process as npm start'
  }, one processor replica, NATS bus`,
);
console.log('');
console.log(
  '| system | payouts at once | provider latency | goal: all completed within | all completed after | all completed after the last POST was answered | completed / POSTed | p50 completed after | last payment started after | last PayoutCompleted appended after | POSTs answered after | POST errors | system RSS idle / peak MiB |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const all = r.allSeconds === null ? `not within ${GIVE_UP_SECONDS} s` : `${r.allSeconds.toFixed(2)} s`;
  const met = r.allSeconds !== null && r.allSeconds <= r.scenario.goalSeconds ? ' (met)' : ' (missed)';
  console.log(
    `| ${r.tree ?? 'this checkout'} | ${r.scenario.count} | ${r.scenario.latencyMs} ms | ${r.scenario.goalSeconds} s | ${all}${met} | ${
      r.allSeconds === null ? '-' : `${(r.allSeconds - r.postsSeconds).toFixed(2)} s`
    } | ${r.completed}/${r.scenario.count - r.postErrors} | ${r.p50Seconds.toFixed(2)} s | ${r.lastStartSeconds.toFixed(2)} s | ${r.lastCompletedSeconds.toFixed(2)} s | ${r.postsSeconds.toFixed(2)} s | ${r.postErrors} | ${r.idleRss.toFixed(0)} / ${r.peakRss.toFixed(0)} |`,
  );
}

async function runScenario(scenario: Scenario, tree: string | null): Promise<Row> {
  const database = await createTestDatabase('bench_slow_provider');
  machine ||= await describeMachine(database.url);
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // Only in store mode: this checkout's event store migrates the database it opens.
  const store = REQUEST === 'store' ? await openRequestStore(database.url) : null;
  const system = await startChild<{ port: number; apiKey: string }>(
    new URL(TOPOLOGY === 'processes' ? '../pipeline/processes.ts' : './system.ts', import.meta.url),
    {
      DATABASE_URL: database.url,
      ...uniqueBusNames(),
      LOG_LEVEL: 'warn',
      PROVIDER_LATENCY_MS: String(scenario.latencyMs),
      BENCH_SYSTEM_TREE: tree ?? '',
      ...(MAX_IN_FLIGHT ? { PROCESSOR_MAX_IN_FLIGHT: MAX_IN_FLIGHT } : {}),
    },
    PROFILE,
  );
  try {
    const base = `http://127.0.0.1:${system.ready.port}/api/v1/payouts`;
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${system.ready.apiKey}` };
    const body = JSON.stringify({
      amount: '100.50',
      currency: 'RUB',
      recipient_account: '40817810099910004312',
    });
    // Warm-up: connections, JIT, the consumers created; waits out one provider latency.
    const warm = await Promise.all(Array.from({ length: 10 }, () => post(base, headers, body)));
    await waitForCompleted(
      pool,
      warm.map((r) => (JSON.parse(r.body) as { id: string }).id),
      Date.now() + GIVE_UP_SECONDS * 1000,
    );
    const pid = system.process.pid!;
    const idleRss = (await treeRssMiB(pid)) ?? 0;
    let peakRss = idleRss;
    const sampler = setInterval(() => {
      void treeRssMiB(pid).then((mib) => {
        if (mib !== null) peakRss = Math.max(peakRss, mib);
      });
    }, 100);

    const firstPost = Date.now();
    const answers = await Promise.all(
      Array.from({ length: scenario.count }, () =>
        (store ? store.appendRequest() : post(base, headers, body)).catch((err: Error) => ({
          status: 0,
          body: err.message,
        })),
      ),
    );
    const postsSeconds = (Date.now() - firstPost) / 1000;
    const ids = answers.filter((a) => a.status === 201).map((a) => (JSON.parse(a.body) as { id: string }).id);
    for (const failed of answers.filter((a) => a.status !== 201).slice(0, 3)) {
      console.error(`POST failed: ${failed.status} ${failed.body.slice(0, 200)}`);
    }
    const done = await waitForCompleted(pool, ids, firstPost + GIVE_UP_SECONDS * 1000);
    clearInterval(sampler);
    const after = [...done.values()].map((at) => (at - firstPost) / 1000).sort((a, b) => a - b);
    const lastAppended = async (type: string) => {
      const { rows: found } = await pool.query<{ at: Date | null }>(
        `select max(recorded_at) as at from event_store.events where type = $1 and stream_name = any($2::text[])`,
        [type, ids.map((id) => `payout-${id}`)],
      );
      const at = found[0]?.at;
      return at ? (at.getTime() - firstPost) / 1000 : Number.NaN;
    };
    return {
      scenario,
      tree,
      postsSeconds,
      completed: done.size,
      allSeconds: done.size === ids.length ? (after.at(-1) ?? 0) : null,
      p50Seconds: percentile(after, 0.5) ?? 0,
      lastStartSeconds: await lastAppended('PayoutProcessingStarted'),
      lastCompletedSeconds: await lastAppended('PayoutCompleted'),
      idleRss,
      peakRss,
      postErrors: scenario.count - ids.length,
    };
  } finally {
    await system.stop();
    await store?.close();
    await pool.end();
    await database.drop();
  }
}

/** When each payout became `completed` in the read model (projected_at), polling until all are or the deadline passes. */
async function waitForCompleted(
  pool: pg.Pool,
  ids: string[],
  deadline: number,
): Promise<Map<string, number>> {
  let done = new Map<string, number>();
  while (Date.now() < deadline) {
    const { rows: found } = await pool.query<{ id: string; at: Date }>(
      `select id, projected_at as at from payouts where status = 'completed' and id = any($1::uuid[])`,
      [ids],
    );
    done = new Map(found.map((r) => [r.id, r.at.getTime()]));
    if (done.size === ids.length) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return done;
}

/** Requests payouts as the command API does, appending PayoutRequested straight to the event store. */
async function openRequestStore(databaseUrl: string) {
  const storePool = createPool(databaseUrl, createLogger('bench-slow-provider', 'error'));
  const eventStore = await createPostgresEventStore(storePool, createKysely<unknown>(storePool));
  return {
    /** A payout requested as the command API requests it, answered like its POST. */
    async appendRequest() {
      const id = await requestPayout(eventStore);
      return { status: 201, body: JSON.stringify({ id }) };
    },
    async close() {
      await eventStore.close();
      await storePool.end();
    },
  };
}
