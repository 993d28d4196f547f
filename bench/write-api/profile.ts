// CPU per POST /api/v1/payouts (no Idempotency-Key) in the command API's own process, beside a bare
// Hono + one INSERT process, in one run: each is its own OS process (the command API exactly as
// services/command-api/src/main.ts runs it: tracing initialised, NATS connected, rate limit off,
// LOG_LEVEL=warn), driven in turn by autocannon; the user+system time each used while it was driven
// (/proc/<pid>/stat) divided by the requests it answered. With BENCH_CPU_PROF=<dir> the command API
// (and the baseline's, when there is one) runs under --cpu-prof and the profile's busy samples while
// it was driven are summarised at the end (self time by function, by file and by package, and
// inclusive time by function).
//   npx tsx bench/write-api/profile.ts   (BENCH_SECONDS=10, BENCH_ROUNDS=3, BENCH_RATE=<req/s, default
//   as fast as it goes>, BENCH_CONNECTIONS=50, BENCH_BASELINE_TREE=<checkout> adds that checkout's
//   command API as a third process: before and after a change in one run)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { mintApiKey } from '@payouts/platform';
import { createTestDatabase, freePort, uniqueBusNames } from '@payouts/platform/testing';
import autocannon from 'autocannon';
import { startChild } from '../lib/child.ts';
import { watchHost } from '../lib/machine.ts';
import { sampleCpu } from '../lib/processCpu.ts';
import { summariseCpuProfile } from './profileSummary.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
const WARMUP_SECONDS = 3;

const host = watchHost();
const database = await createTestDatabase('bench_postcpu');
const key = mintApiKey({ id: 'bench', tenant: 'bench', scopes: ['payouts:write'] });
const body = JSON.stringify({ amount: '100.50', currency: 'RUB', recipient_account: '40817810099910004312' });

type Server = {
  name: string;
  pid: number;
  port: number;
  path: string;
  auth: boolean;
  stop(): Promise<void>;
  profileDir?: string;
  /** Busy windows while it was driven, in the monotonic clock V8's profiles use (microseconds). */
  windows: [number, number][];
  requests: number;
};

// Each command API on a database of its own: a second one starting on the same event store left the
// first one's append_group missing ("function does not exist"), so every grouped append failed over
// to single appends.
const databases = [database];

async function commandApi(name: string, tree: string, profileDir?: string): Promise<Server> {
  const port = await freePort();
  const own = await createTestDatabase('bench_postcpu');
  databases.push(own);
  const child = spawn(
    process.execPath,
    [
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      ...(process.env.DEBUG_IMPORT ? ['--import', process.env.DEBUG_IMPORT] : []),
      '--import',
      'tsx',
      join(tree, 'services/command-api/src/main.ts'),
    ],
    {
      cwd: tree,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: own.url,
        ...uniqueBusNames(),
        PORT: String(port),
        API_KEYS: key.configLine,
        RATE_LIMIT_REQUESTS: '0',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i > 300) throw new Error(`${name} not ready after 30 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    name,
    pid: child.pid!,
    port,
    path: '/api/v1/payouts',
    auth: true,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
    ...(profileDir ? { profileDir } : {}),
    windows: [],
    requests: 0,
  };
}

const profileDir = async (name: string) =>
  PROFILE_DIR ? await mkdtemp(join(PROFILE_DIR, `${name}-`)) : undefined;
const bare = await startChild<{ port: number }>(new URL('../lib/bareServer.ts', import.meta.url), {
  BENCH_DATABASE_URL: database.url,
  BENCH_BARE_INSERT: '1',
});
const servers: Server[] = [
  {
    name: 'bare Hono, one INSERT',
    pid: bare.process.pid!,
    port: bare.ready.port,
    path: '/insert',
    auth: false,
    stop: () => bare.stop(),
    windows: [],
    requests: 0,
  },
  await commandApi('POST /api/v1/payouts', process.cwd(), await profileDir('command-api')),
];
const baselineTree = process.env.BENCH_BASELINE_TREE;
if (baselineTree) {
  servers.push(
    await commandApi(`POST /api/v1/payouts (${baselineTree})`, baselineTree, await profileDir('baseline')),
  );
}

const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

async function drive(server: Server, seconds: number) {
  const cpu = sampleCpu({ server: () => [server.pid] });
  const started = monotonicMicros();
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}${server.path}`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    ...(RATE ? { overallRate: RATE } : {}),
    headers: {
      'Content-Type': 'application/json',
      ...(server.auth ? { Authorization: `Bearer ${key.key}` } : {}),
    },
    body,
  });
  const cpuMs = cpu.since().server ?? 0;
  server.windows.push([started, monotonicMicros()]);
  const answered = result.requests.total;
  server.requests += answered;
  return {
    rps: result.requests.average,
    cpuMsPerRequest: cpuMs / answered,
    failed: result.non2xx + result.errors,
  };
}

try {
  for (const server of servers) await drive(server, WARMUP_SECONDS);
  for (const server of servers) {
    server.windows.length = 0;
    server.requests = 0;
  }
  const rounds = new Map<string, { rps: number; cpuMsPerRequest: number; failed: number }[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const server of servers) {
      const r = await drive(server, SECONDS);
      rounds.set(server.name, [...(rounds.get(server.name) ?? []), r]);
      console.error(
        `round ${round} ${server.name}: ${r.rps.toFixed(0)} req/s, ${r.cpuMsPerRequest.toFixed(3)} CPU-ms/request`,
      );
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const bareRounds = rounds.get(servers[0]!.name)!;
  console.log(`${host.summary()}; ${CONNECTIONS} connections${RATE ? `, ${RATE} req/s offered` : ''}`);
  console.log(
    '| Target | req/s (median) | CPU-ms/request (median) | CPU ratio to bare (per round) | non-2xx |',
  );
  console.log('| --- | ---: | ---: | --- | ---: |');
  for (const [name, all] of rounds) {
    const ratios = all.map((r, i) => (r.cpuMsPerRequest / bareRounds[i]!.cpuMsPerRequest).toFixed(2));
    console.log(
      `| ${name} | ${median(all.map((r) => r.rps)).toFixed(0)} | ${median(all.map((r) => r.cpuMsPerRequest)).toFixed(3)} | ${ratios.join(', ')} | ${all.reduce((n, r) => n + r.failed, 0)} |`,
    );
  }
} finally {
  for (const server of servers) await server.stop();
  for (const db of databases) await db.drop();
}

for (const server of servers) {
  if (!server.profileDir) continue;
  // The main thread's profile (the loader's thread writes one too).
  const file = readdirSync(server.profileDir).find((f) => f.endsWith('.0.001.cpuprofile'));
  if (!file) throw new Error(`no profile in ${server.profileDir}`);
  const profile = JSON.parse(readFileSync(join(server.profileDir, file), 'utf8'));
  console.log(`\n## ${server.name}: ${join(server.profileDir, file)}`);
  console.log(summariseCpuProfile(profile, server.windows, server.requests));
}
