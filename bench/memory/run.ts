// Memory per service under load: every service as its own OS process (the chaos harness's launcher)
// on a fresh database and a private NATS server, idle for a few seconds, then a steady load of POSTs
// (with Idempotency-Key) and GETs for BENCH_SECONDS, then a short cool-down; the RSS of each service
// process (VmRSS in /proc/<pid>/status) is sampled every second throughout.
//
//   npx tsx bench/memory/run.ts   (BENCH_SECONDS=45, BENCH_POST_RATE=20, BENCH_GET_RATE=10 per second)
//
// Prints a Markdown table (idle, peak and end-of-load RSS per service) and writes it into
// bench/RESULTS.md under "## Memory" (BENCH_WRITE_RESULTS=0 only prints).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase } from '@payouts/platform/testing';
import pg from 'pg';
import {
  freePort,
  killService,
  type ManagedService,
  natsServer,
  SERVICES,
  startNats,
  startService,
  stopNats,
  waitForHttp,
} from '../../chaos/processes.ts';
import { describeMachine, loadAverage } from '../lib/machine.ts';
import { writeFigures } from '../lib/results.ts';
import { rssMiB } from '../lib/rss.ts';
import { driveLoad, MAX_IN_FLIGHT, REQUEST_TIMEOUT_MS } from './load.ts';

const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 45);
const POST_RATE = Number(process.env.BENCH_POST_RATE ?? 20);
const GET_RATE = Number(process.env.BENCH_GET_RATE ?? 10);
const IDLE_SECONDS = 5;
const COOL_DOWN_SECONDS = 10;
const API_KEY = 'bench-memory-key-0123456789abcdef';

type Phase = 'idle' | 'load' | 'cool-down';
type Sample = { phase: Phase; mib: number };

const loadBefore = loadAverage();
const root = await mkdtemp(join(tmpdir(), 'payouts-bench-memory-'));
const database = await createTestDatabase('bench_mem');
const nats = natsServer(await freePort(), root);
const services: ManagedService[] = [];
for (const spec of SERVICES)
  services.push({ spec, port: await freePort(), process: null, paused: false, log: [] });
const byName = (name: string) => services.find((s) => s.spec.name === name)!;
/** The floor every service starts from: node with the tsx loader and nothing else loaded. */
const BASELINE = 'baseline: node --import tsx, empty';
let baseline: ChildProcess | null = null;
const tracked = [
  ...services.map((s) => ({ name: s.spec.name, pid: () => s.process?.pid })),
  { name: BASELINE, pid: () => baseline?.pid },
];
const samples = new Map<string, Sample[]>(tracked.map((t) => [t.name, []]));
let phase: Phase = 'idle';
let sampling = true;

try {
  await startNats(nats);
  const env = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    DEV_API_KEY: API_KEY,
    // The load is one API key's; the limiter would refuse most of it.
    RATE_LIMIT_REQUESTS: '0',
  };
  // The first process migrates; the rest would only wait on its locks.
  startService(byName('command-api'), env);
  await waitForHttp(`http://127.0.0.1:${byName('command-api').port}/healthz`, 180_000);
  for (const service of services) if (!service.process) startService(service, env);
  baseline = spawn(process.execPath, ['--import', 'tsx', '-e', 'setInterval(() => {}, 60_000)'], {
    stdio: 'ignore',
  });
  await Promise.all(
    services.map((s) =>
      waitForHttp(`http://127.0.0.1:${s.port}/healthz`, 180_000).catch((err: Error) => {
        throw new Error(`${s.spec.name}: ${err.message}\n${s.log.join('').slice(-2_000)}`);
      }),
    ),
  );
  console.error(`started ${services.length} services and nats on :${nats.port}`);

  const sampler = (async () => {
    while (sampling) {
      const tick = sleep(1_000);
      for (const t of tracked) {
        const pid = t.pid();
        const mib = pid === undefined ? null : await rssMiB(pid);
        if (mib !== null) samples.get(t.name)!.push({ phase, mib });
      }
      await tick;
    }
  })();

  await sleep(IDLE_SECONDS * 1_000);
  phase = 'load';
  console.error(`load: ${POST_RATE} POST/s and ${GET_RATE} GET/s for ${LOAD_SECONDS} s`);
  const report = await driveLoad({
    commandUrl: `http://127.0.0.1:${byName('command-api').port}`,
    queryUrl: `http://127.0.0.1:${byName('query-api').port}`,
    apiKey: API_KEY,
    postsPerSecond: POST_RATE,
    getsPerSecond: GET_RATE,
    seconds: LOAD_SECONDS,
  });
  phase = 'cool-down';
  await sleep(COOL_DOWN_SECONDS * 1_000);
  sampling = false;
  await sampler;

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows: statuses } = await client.query<{ status: string; n: string }>(
    'select status, count(*) as n from payouts group by status order by status',
  );
  await client.end();
  for (const s of services) {
    if (s.process?.exitCode !== null) throw new Error(`${s.spec.name} exited during the run`);
  }

  const fmt = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(0));
  const table = tracked.map(({ name }) => {
    const all = samples.get(name)!;
    const idle = all.filter((x) => x.phase === 'idle').map((x) => x.mib);
    const load = all.filter((x) => x.phase === 'load').map((x) => x.mib);
    const idleMedian = [...idle].sort((a, b) => a - b)[Math.floor(idle.length / 2)];
    const peak = Math.max(...all.map((x) => x.mib));
    const end = load.at(-1);
    const after = all.at(-1)?.mib;
    return `| ${name} | ${fmt(idleMedian)} | ${fmt(peak)} | ${fmt(end)} | ${fmt(after)} | ${idleMedian === undefined ? '-' : `+${(peak - idleMedian).toFixed(0)}`} |`;
  });
  const figures = [
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: \`npx tsx bench/memory/run.ts\` with BENCH_SECONDS=${LOAD_SECONDS}, BENCH_POST_RATE=${POST_RATE}, BENCH_GET_RATE=${GET_RATE}.`,
    `Machine: ${await describeMachine(database.url)}. Load average before the run ${loadBefore}, after ${loadAverage()}.`,
    '',
    `Load: ${report.posts} POSTs (${report.acknowledged.length} acknowledged, ${report.postTimeouts} unanswered within ${REQUEST_TIMEOUT_MS / 1000} s, ${report.postErrors} failed), ${report.gets} GETs (${report.getErrors} failed), ${report.skipped} sends skipped with ${MAX_IN_FLIGHT} in flight; read model at the end: ${statuses.map((r) => `${r.n} ${r.status}`).join(', ') || 'empty'}.`,
    '',
    `| Service | idle MiB (median of ${IDLE_SECONDS} s) | peak MiB | end of load MiB | after ${COOL_DOWN_SECONDS} s cool-down MiB | peak − idle |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...table,
  ].join('\n');
  console.log(figures);
  const where = writeFigures('memory', '## Memory', figures);
  if (where) console.log(`\nwritten to ${where}`);
} finally {
  sampling = false;
  baseline?.kill('SIGTERM');
  await Promise.all(services.map((s) => killService(s, 'SIGTERM')));
  await stopNats(nats, 'SIGTERM');
  await database.drop().catch(() => {});
  await rm(root, { recursive: true, force: true });
}
