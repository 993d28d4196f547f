// Memory per service under load: every service as its own OS process (the chaos harness's launcher)
// on a fresh database and a private NATS server, idle for a few seconds, then a steady load of POSTs
// (with Idempotency-Key) and GETs for BENCH_SECONDS, then a short cool-down; the RSS of each service
// process (VmRSS in /proc/<pid>/status) is sampled every second throughout. Then the same load and
// sampling against the whole system in one process (as `npm start` runs it, bench/pipeline/system.ts)
// on another fresh database, to compare one process against six.
//
//   npx tsx bench/memory/run.ts   (BENCH_SECONDS=45, BENCH_POST_RATE=20, BENCH_GET_RATE=10 per second)
//
// Prints Markdown tables (idle, peak and end-of-load RSS per process) and writes them into
// bench/RESULTS.md under "## Memory" (BENCH_WRITE_RESULTS=0 only prints).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
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
import { startChild } from '../lib/child.ts';
import { describeMachine, watchHost } from '../lib/machine.ts';
import { writeFigures } from '../lib/results.ts';
import { driveLoad, type LoadReport, MAX_IN_FLIGHT, REQUEST_TIMEOUT_MS } from './load.ts';
import { sampleAround, TABLE_HEADER, tableRows } from './sampling.ts';

const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 45);
const POST_RATE = Number(process.env.BENCH_POST_RATE ?? 20);
const GET_RATE = Number(process.env.BENCH_GET_RATE ?? 10);
const API_KEY = 'bench-memory-key-0123456789abcdef';
/** The floor every service starts from: node with the tsx loader and nothing else loaded. */
const BASELINE = 'baseline: node --import tsx, empty';

const load = (commandUrl: string, queryUrl: string, apiKey: string) => () => {
  console.error(`load: ${POST_RATE} POST/s and ${GET_RATE} GET/s for ${LOAD_SECONDS} s`);
  return driveLoad({
    commandUrl,
    queryUrl,
    apiKey,
    postsPerSecond: POST_RATE,
    getsPerSecond: GET_RATE,
    seconds: LOAD_SECONDS,
  });
};

function failures(report: LoadReport): string {
  const reasons = Object.entries(report.failures).map(([reason, n]) => `${reason}: ${n}`);
  return reasons.length > 0 ? ` (failures: ${reasons.join(', ')})` : '';
}

async function describeLoad(report: LoadReport, database: TestDatabase): Promise<string> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ status: string; n: string }>(
    'select status, count(*) as n from payouts group by status order by status',
  );
  await client.end();
  return `${report.posts} POSTs (${report.acknowledged.length} acknowledged, ${report.postTimeouts} unanswered within ${REQUEST_TIMEOUT_MS / 1000} s, ${report.postErrors} failed), ${report.gets} GETs (${report.getErrors} failed), ${report.skipped} sends skipped with ${MAX_IN_FLIGHT} in flight${failures(report)}; read model at the end: ${rows.map((r) => `${r.n} ${r.status}`).join(', ') || 'empty'}`;
}

const host = watchHost();
const root = await mkdtemp(join(tmpdir(), 'payouts-bench-memory-'));
const nats = natsServer(await freePort(), root);
const databases: TestDatabase[] = [];
const services: ManagedService[] = [];
let baseline: ChildProcess | null = null;
const figures: string[] = [];

try {
  await startNats(nats);

  // 1. Six processes.
  const database = await createTestDatabase('bench_mem');
  databases.push(database);
  for (const spec of SERVICES)
    services.push({ spec, port: await freePort(), process: null, paused: false, log: [] });
  const byName = (name: string) => services.find((s) => s.spec.name === name)!;
  const env = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    DEV_API_KEY: API_KEY,
    // The load is one API key's; the limiter would refuse most of it.
    RATE_LIMIT_REQUESTS: '0',
    READ_RATE_LIMIT_REQUESTS: '0',
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
  const separate = await sampleAround(
    [
      ...services.map((s) => ({ name: s.spec.name, pid: () => s.process?.pid })),
      { name: BASELINE, pid: () => baseline?.pid },
    ],
    load(
      `http://127.0.0.1:${byName('command-api').port}`,
      `http://127.0.0.1:${byName('query-api').port}`,
      API_KEY,
    ),
  );
  for (const s of services) {
    if (s.process?.exitCode !== null) throw new Error(`${s.spec.name} exited during the run`);
  }
  figures.push(
    'Each service its own process, defaults but the rate limit (simulated provider latency included).',
    '',
    `Load: ${await describeLoad(separate.result, database)}.`,
    '',
    ...TABLE_HEADER,
    ...tableRows(separate.samples),
  );
  await Promise.all(services.map((s) => killService(s, 'SIGTERM')));
  baseline.kill('SIGTERM');

  // 2. One process, as `npm start` runs the system (bench/pipeline/system.ts: 0 ms provider).
  const database2 = await createTestDatabase('bench_mem');
  databases.push(database2);
  const system = await startChild<{ port: number; apiKey: string }>(
    new URL('../pipeline/system.ts', import.meta.url),
    { DATABASE_URL: database2.url, NATS_URL: nats.url, LOG_LEVEL: 'warn', ...uniqueBusNames() },
  );
  try {
    console.error(`started the whole system in one process on :${system.ready.port}`);
    const base = `http://127.0.0.1:${system.ready.port}`;
    const together = await sampleAround(
      [{ name: 'all six in one process', pid: () => system.process.pid }],
      load(base, base, system.ready.apiKey),
    );
    figures.push(
      '',
      'The whole system in one process, as `npm start` runs it (bench/pipeline/system.ts: 0 ms simulated provider, rate limit off), the same load:',
      '',
      `Load: ${await describeLoad(together.result, database2)}.`,
      '',
      ...TABLE_HEADER,
      ...tableRows(together.samples),
    );
  } finally {
    await system.stop();
  }

  const text = [
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: \`npx tsx bench/memory/run.ts\` with BENCH_SECONDS=${LOAD_SECONDS}, BENCH_POST_RATE=${POST_RATE}, BENCH_GET_RATE=${GET_RATE}.`,
    `Machine: ${await describeMachine(database.url)}. The host: ${host.summary()}.`,
    '',
    ...figures,
  ].join('\n');
  console.log(text);
  const where = writeFigures('memory', '## Memory', text);
  if (where) console.log(`\nwritten to ${where}`);
} finally {
  baseline?.kill('SIGTERM');
  await Promise.all(services.map((s) => killService(s, 'SIGTERM')));
  await stopNats(nats, 'SIGTERM');
  for (const database of databases) await database.drop().catch(() => {});
  await rm(root, { recursive: true, force: true });
}
