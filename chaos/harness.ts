// The chaos harness: every service as its own OS process (two replicas of the payout processor and
// of the notifier) on a private PostgreSQL and a private NATS that the run starts itself, a client
// that submits payouts at a steady rate and retries the way real clients do, a webhook receiver that
// records every delivery, and every few seconds a fault: a service killed (SIGKILL) or paused
// (SIGSTOP/SIGCONT) for longer than the processor's ack wait, NATS killed, PostgreSQL restarted
// (`pg_ctl -m immediate`), stopped for a few seconds, or its backends terminated; optionally NATS's
// store wiped mid-run. A process that exits when the run did not kill it is a crash: counted,
// reported, and started again so that the run goes on. At the end the system must have lost
// nothing, done nothing twice, and told the truth everywhere (checks.ts).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { payoutIdFromStream, WEBHOOK_ENDPOINTS_PATH } from '@payouts/contracts';
import {
  createKysely,
  createLogger,
  createPool,
  createPostgresEventStore,
  DEFAULT_ACK_WAIT_MS,
  hashApiKey,
} from '@payouts/platform';
import { type PrivatePostgres, startPrivatePostgres } from '@payouts/platform/testing';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { createSimulatedProvider } from '../services/payout-processor/src/provider/simulatedProvider.ts';
import { migrateReadModel } from '../services/query-api/src/readModel/migrations.ts';
import type { PayoutRow } from '../services/query-api/src/readModel/rows.ts';
import type { ReadModel } from '../services/query-api/src/readModel/schema.ts';
import { rebuildReadModel } from '../services/query-api/src/rebuild/rebuild.ts';
import {
  type ApiAnswer,
  type ChaosCounts,
  type CheckResult,
  type Crash,
  crashCause,
  expectedWebhooks,
  groupByStream,
  readAllEvents,
  runChecks,
  terminalCheck,
  webhooksAllDelivered,
} from './checks.ts';
import { type Submission, submissionOf, submit } from './client.ts';
import {
  freePort,
  killService,
  lostItsPort,
  type ManagedService,
  natsServer,
  SERVICES,
  type ServiceSpec,
  startAllServices,
  startNats,
  startService,
  stopNats,
  type UnexpectedExit,
  waitForHttp,
  wipeNats,
} from './processes.ts';
import { startReceiver, type WebhookReceiver } from './receiver.ts';

export const CHAOS_ACTIONS = [
  'kill',
  'pause',
  'restart-nats',
  'restart-postgres',
  'terminate-backends',
  'stop-postgres',
] as const;
export type ChaosAction = (typeof CHAOS_ACTIONS)[number];

/**
 * Faults planted on purpose, to prove the checks can fail (chaos/harness.int.test.ts), none of them
 * touching the services' code: `pay-twice` asks the simulated provider to pay a paid payout again,
 * `exit` makes the projector exit by itself once (a preloaded module), `edit-read-model` changes one
 * read-model row behind the projector's back, `lose-webhook` answers one delivery 200 and forgets it.
 */
export const PLANTS = ['pay-twice', 'exit', 'edit-read-model', 'lose-webhook'] as const;
export type Plant = (typeof PLANTS)[number];

export type ChaosOptions = {
  durationMs: number;
  /** Payouts submitted per second. */
  rate: number;
  /** Time between two faults (each drawn between half and one and a half of it). */
  intervalMs: number;
  wipeNats: boolean;
  /** Which faults to draw from (default: all). */
  actions?: readonly ChaosAction[];
  seed: number;
  log: (line: string) => void;
  /** Replicas of the payout processor and of the notifier (default 2 each). */
  processors?: number;
  notifiers?: number;
  /** After the faults stop, how long the system gets to settle everything (default 180 s). */
  settleTimeoutMs?: number;
  /** How long the client retries one submission before it gives up (default 120 s). */
  patienceMs?: number;
  /** Share of webhook attempts the receiver answers 500 (default 0.05). */
  webhookFailureShare?: number;
  plant?: readonly Plant[];
};

export type ChaosReport = {
  ok: boolean;
  checks: CheckResult[];
  counts: ChaosCounts;
  crashes: Crash[];
  actions: string[];
  /** The last lines each process wrote, to read when a check failed. */
  logs: Record<string, string>;
};

const API_KEY = 'chaos-key-0123456789abcdef';
const AUDITOR_KEY = 'chaos-auditor-0123456789abcdef';
const DATABASE = 'payouts';
/** The processor's ack wait: short, so that pauses outlast it and NATS hands messages to the other replica. */
const PROCESSOR_ACK_WAIT_MS = 2_000;
/** The long pause: past the ack wait of the consumers that keep the default. */
const LONG_PAUSE_MS = DEFAULT_ACK_WAIT_MS + 5_000;
const LONG_PAUSE_FROM_MS = 120_000;
const NOTIFIER: ServiceSpec = {
  name: 'notifier',
  entry: 'services/notifier/src/main.ts',
  portVariable: 'PORT',
};
const EXIT_PLANT = fileURLToPath(new URL('./plant/exitSoon.ts', import.meta.url));

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

/** The run's processes: one of each service, `processors` payout processors and `notifiers` notifiers. */
async function fleet(
  processors: number,
  notifiers: number,
  plant: readonly Plant[],
): Promise<ManagedService[]> {
  const specs: ServiceSpec[] = [];
  for (const spec of [...SERVICES, NOTIFIER]) {
    const replicas =
      spec.name === 'payout-processor' ? processors : spec.name === NOTIFIER.name ? notifiers : 1;
    for (let i = 1; i <= replicas; i++)
      specs.push({ ...spec, name: replicas > 1 ? `${spec.name}-${i}` : spec.name });
  }
  if (plant.includes('exit')) {
    const victim = specs.find((s) => s.name === 'projector')!;
    victim.nodeArgs = ['--import', EXIT_PLANT];
  }
  const services: ManagedService[] = [];
  for (const spec of specs)
    services.push({ spec, port: await freePort(), process: null, paused: false, log: [] });
  return services;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  // Whatever started is stopped again, in reverse order, however the run ends.
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    return await runWith(options, cleanups);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}

async function runWith(options: ChaosOptions, cleanups: (() => Promise<unknown>)[]): Promise<ChaosReport> {
  const random = seeded(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const plant = options.plant ?? [];
  const root = await mkdtemp(join(tmpdir(), 'payouts-chaos-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  // Eight service processes and the run itself, each with its pool.
  const postgres = await startPrivatePostgres({ maxConnections: 300 });
  cleanups.push(() => postgres.destroy());
  await postgres.createDatabase(DATABASE);
  const nats = natsServer(await freePort(), root);
  cleanups.push(() => stopNats(nats, 'SIGTERM'));
  await startNats(nats);
  const receiver = await startReceiver({
    port: await freePort(),
    failureShare: options.webhookFailureShare ?? 0.05,
    random,
  });
  cleanups.push(() => receiver.close());
  const signing = generateKeyPairSync('ed25519');
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    // The run reads the event store, the provider's records and the read model from this database.
    EVENT_STORE: 'postgres',
    DATABASE_URL: postgres.url(DATABASE),
    NATS_URL: nats.url,
    DEV_API_KEY: API_KEY,
    API_KEYS: `chaos-auditor:dev:audit:read+audit:read:all-tenants:${hashApiKey(AUDITOR_KEY)}`,
    AUDIT_SIGNING_KEY: signing.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    AUDIT_PUBLIC_KEYS: signing.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    SCHEDULE_AUDIT_ANCHORS: '*/5 * * * * *',
    PROVIDER_LATENCY_MS: '100',
    PROVIDER_TRANSIENT_FAILURE_RATE: '0.1',
    PROVIDER_PERMANENT_FAILURE_RATE: '0.02',
    PROCESSOR_ACK_WAIT_MS: String(PROCESSOR_ACK_WAIT_MS),
    PROCESSOR_RETRY_BASE_MS: '200',
    PROCESSOR_RETRY_MAX_MS: '2000',
    // The harness is one client at a steady rate plus its retries; it is not testing the limiters.
    RATE_LIMIT_REQUESTS: '0',
    READ_RATE_LIMIT_REQUESTS: '0',
    // Short enough that the scheduler heals what a lost message left behind within the settle time.
    PENDING_STALE_AFTER_MS: '10000',
    PROCESSING_STUCK_AFTER_MS: '15000',
    SCHEDULE_REDISPATCH_PENDING: '*/5 * * * * *',
    SCHEDULE_RESOLVE_PROCESSING: '*/5 * * * * *',
    WEBHOOK_RETRY_BASE_MS: '500',
    WEBHOOK_TIMEOUT_MS: '5000',
  };
  /** Set once the run is over: an exit then is expected. */
  let stopping = false;
  const services = await fleet(options.processors ?? 2, options.notifiers ?? 2, plant);
  cleanups.push(() => {
    stopping = true;
    return Promise.all(services.map((s) => killService(s, 'SIGTERM')));
  });
  const byName = (name: string) => services.find((s) => s.spec.name === name)!;
  const actions: string[] = [];
  const started = Date.now();
  const note = (line: string) => {
    const stamped = `+${((Date.now() - started) / 1000).toFixed(1)}s ${line}`;
    actions.push(stamped);
    options.log(stamped);
  };

  // Crashes: counted, then the process is started again once the fault in progress is over.
  const crashes: Crash[] = [];
  let fault: Promise<void> = Promise.resolve();
  const restarts = new Map<string, number>();
  const onExit = (service: ManagedService, exit: UnexpectedExit) => {
    if (stopping) return;
    if (lostItsPort(service)) {
      // Its port was taken while it was down (the run's doing, not the service's): a new one.
      note(`${service.spec.name} found its port taken; starting it on another`);
      void freePort().then((port) => {
        service.port = port;
        if (!stopping) startService(service, env, onExit);
      });
      return;
    }
    const output = service.log.join('').slice(-6_000);
    crashes.push({
      service: service.spec.name,
      code: exit.code,
      signal: exit.signal,
      atMs: Date.now() - started,
      cause: crashCause(output),
      lastLines: output,
    });
    note(`CRASH: ${service.spec.name} exited by itself (${exit.signal ?? `code ${exit.code}`})`);
    // A planted exit happens once.
    delete service.spec.nodeArgs;
    const n = (restarts.get(service.spec.name) ?? 0) + 1;
    restarts.set(service.spec.name, n);
    void (async () => {
      await fault;
      await sleep(Math.min(8_000, 500 * 2 ** n));
      if (stopping || service.process) return;
      note(`restart after crash: ${service.spec.name}`);
      startService(service, env, onExit);
    })();
  };

  try {
    await startAllServices(services, env, 120_000, onExit);
    note(
      `started ${services.length} processes, nats on :${nats.port}, postgres on :${postgres.port} (seed ${options.seed})`,
    );
    const notifierUrl = () =>
      `http://127.0.0.1:${services.find((s) => s.spec.name.startsWith(NOTIFIER.name))!.port}`;
    receiver.secret = await createEndpoint(notifierUrl(), receiver.url);
    if (plant.includes('lose-webhook')) receiver.loseNext = true;

    // The client: read the port each time, a restarted command-api may have had to take another.
    const commandUrl = () => `http://127.0.0.1:${byName('command-api').port}/api/v1/payouts/`;
    const clientOptions = {
      url: commandUrl,
      apiKey: API_KEY,
      run: String(options.seed),
      random,
      requestTimeoutMs: 5_000,
      patienceMs: options.patienceMs ?? 120_000,
      resendShare: 0.1,
    };
    const submissions: Submission[] = [];
    const inFlight: Promise<void>[] = [];
    let submitting = true;
    const submitter = (async () => {
      const begun = Date.now();
      for (let n = 0; submitting; n++) {
        const due = begun + (n * 1000) / options.rate;
        if (due > Date.now()) await sleep(due - Date.now());
        const submission = submissionOf(n, clientOptions.run);
        submissions.push(submission);
        inFlight.push(submit(submission, clientOptions));
      }
    })();

    const stopAt = Date.now() + options.durationMs;
    // A run of two minutes or more also pauses one notifier for longer than the ack wait every other
    // consumer has (the default), beside the other faults: its messages go to the other replica.
    const longPause =
      options.durationMs >= LONG_PAUSE_FROM_MS && (options.actions ?? CHAOS_ACTIONS).includes('pause')
        ? (async () => {
            await sleep(options.durationMs / 4);
            const victim = pick(services.filter((s) => s.spec.name.startsWith(NOTIFIER.name) && s.process));
            if (!victim) return;
            note(`long pause: ${victim.spec.name} for ${LONG_PAUSE_MS / 1000} s`);
            const child = victim.process;
            child?.kill('SIGSTOP');
            victim.paused = true;
            await sleep(LONG_PAUSE_MS);
            child?.kill('SIGCONT');
            if (victim.process === child) victim.paused = false;
          })()
        : Promise.resolve();
    let wiped = false;
    let paidTwicePlanted = !plant.includes('pay-twice');
    while (Date.now() + options.intervalMs < stopAt) {
      await sleep(options.intervalMs * (0.5 + random()));
      if (!paidTwicePlanted && Date.now() > stopAt - options.durationMs / 2) {
        paidTwicePlanted = await payAgain(postgres.url(DATABASE), note);
      }
      let done!: () => void;
      fault = new Promise((resolve) => {
        done = resolve;
      });
      try {
        if (options.wipeNats && !wiped && Date.now() > stopAt - options.durationMs / 2) {
          wiped = true;
          note('wipe: nats killed and its store deleted');
          await wipeNats(nats);
          continue;
        }
        const drawn = options.actions ?? CHAOS_ACTIONS;
        const action = drawn.length > 0 ? pick(drawn) : null;
        if (action === null) {
          // no faults: a run that only proves what it plants
        } else if (action === 'restart-nats') {
          note('kill -9 and restart: nats');
          await stopNats(nats, 'SIGKILL');
          await sleep(500 + random() * 1_000);
          await startNats(nats);
        } else if (action === 'restart-postgres') {
          note('pg_ctl -m immediate restart: postgres');
          await postgres.restart('immediate');
        } else if (action === 'stop-postgres') {
          const downMs = 2_000 + random() * 3_000;
          note(`postgres stopped (immediate) for ${(downMs / 1000).toFixed(1)} s`);
          await postgres.stop('immediate');
          await sleep(downMs);
          await postgres.start();
        } else if (action === 'terminate-backends') {
          const n = await postgres.terminateBackends(DATABASE);
          note(`pg_terminate_backend: ${n} connections`);
        } else if (action === 'kill') {
          const victim = pick(services.filter((s) => s.process));
          note(`kill -9: ${victim.spec.name}`);
          await killService(victim, 'SIGKILL');
          await sleep(300 + random() * 1_000);
          startService(victim, env, onExit);
          // As a supervisor would, the next fault waits for the restarted process to be up: a process
          // that meets a database down while it is still starting stops with one line (by design,
          // README "Settings"), which is the supervisor's to retry, not a crash of the running system.
          await waitForHttp(`http://127.0.0.1:${victim.port}/healthz`, 60_000).catch(() => {});
        } else if (action === 'pause') {
          const victim = pick(services.filter((s) => s.process && !s.paused));
          const pauseMs = PROCESSOR_ACK_WAIT_MS * (1.5 + random() * 1.5);
          note(`pause: ${victim.spec.name} for ${(pauseMs / 1000).toFixed(1)} s`);
          victim.process?.kill('SIGSTOP');
          victim.paused = true;
          await sleep(pauseMs);
          victim.process?.kill('SIGCONT');
          victim.paused = false;
        }
      } finally {
        done();
      }
    }
    submitting = false;
    await Promise.all([submitter, longPause]);
    note(`faults over; waiting for the client's ${submissions.length} submissions`);
    await Promise.all(inFlight);
    note(
      `submitted ${submissions.length}, acknowledged ${submissions.filter((s) => s.outcome === 'acknowledged').length}; settling`,
    );

    const pool = createPool(postgres.url(DATABASE), createLogger('chaos', 'silent'), 4);
    const store = await createPostgresEventStore(pool, createKysely<unknown>(pool), { migrate: false });
    try {
      await settle(store, pool, receiver, options.settleTimeoutMs ?? 180_000, note);
      if (plant.includes('edit-read-model')) {
        const { rowCount } = await pool.query(
          `update payouts set description = 'planted by the chaos run' where id = (select id from payouts limit 1)`,
        );
        note(`planted: ${rowCount} read-model row edited behind the projector`);
      }
      const liveRows = (await pool.query<PayoutRow>('select * from payouts')).rows;
      const rebuiltRows = await rebuildElsewhere(postgres, store, note);
      const queryUrl = `http://127.0.0.1:${byName('query-api').port}`;
      const ids = new Set([
        ...[...groupByStream(await readAllEvents(store)).keys()].map((s) => payoutIdFromStream(s)!),
        ...liveRows.map((r) => r.id),
      ]);
      const api = await readThroughApi(queryUrl, [...ids]);
      const verify = await get(`${queryUrl}/api/v1/payouts/audit/verify`, AUDITOR_KEY, 120_000);
      stopping = true;
      const { checks, counts } = await runChecks({
        run: clientOptions.run,
        submissions,
        store,
        db: pool,
        liveRows,
        rebuiltRows,
        api,
        verify,
        receipts: receiver.receipts,
        crashes,
      });
      if (!checks.every((c) => c.ok)) await describeBus(nats.url, options.log).catch(() => {});
      const logs = Object.fromEntries(services.map((s) => [s.spec.name, s.log.join('').slice(-3_000)]));
      return { ok: checks.every((c) => c.ok), checks, counts, crashes, actions, logs };
    } finally {
      await store.close();
      await pool.end();
    }
  } finally {
    stopping = true;
  }
}

/** Registers the receiver for every event type; answers the endpoint's secret. */
async function createEndpoint(notifierUrl: string, url: string): Promise<string> {
  const res = await fetch(`${notifierUrl}${WEBHOOK_ENDPOINTS_PATH}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ url, enabled_events: ['*'], description: 'chaos receiver' }),
  });
  if (res.status !== 201) throw new Error(`creating the webhook endpoint: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { secret: string }).secret;
}

/** Planted fault: the simulated provider is asked to pay a payout it already paid. */
async function payAgain(url: string, note: (line: string) => void): Promise<boolean> {
  const pool = createPool(url, createLogger('chaos', 'silent'), 1);
  try {
    const { rows } = await pool.query<{
      payout_id: string;
      amount: string;
      currency: string;
      recipient_account: string;
    }>(`select payout_id, amount, currency, recipient_account from simulated_provider_payments
        where status = 'paid' limit 1`);
    const paid = rows[0];
    if (!paid) return false;
    await (await createSimulatedProvider(pool, { latencyMs: 0 })).pay(paid);
    note(`planted: the provider was asked to pay ${paid.payout_id} again`);
    return true;
  } catch {
    return false; // the database was away; the next round tries again
  } finally {
    await pool.end();
  }
}

/**
 * Waits until every payout is terminal, the read model has every stream's last revision, and the
 * receiver got every webhook, or the time is up (the checks then say what is missing).
 */
async function settle(
  store: Awaited<ReturnType<typeof createPostgresEventStore>>,
  pool: pg.Pool,
  receiver: WebhookReceiver,
  timeoutMs: number,
  note: (line: string) => void,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let waitingFor = '';
  while (Date.now() < deadline) {
    try {
      const streams = groupByStream(await readAllEvents(store));
      const terminal = terminalCheck(streams);
      const { rows } = await pool.query<{ id: string; revision: string }>('select id, revision from payouts');
      const projected = new Map(rows.map((r) => [r.id, BigInt(r.revision)]));
      const behind = [...streams].filter(
        ([s, evs]) => projected.get(payoutIdFromStream(s)!) !== evs.at(-1)!.revision,
      ).length;
      const delivered = webhooksAllDelivered(expectedWebhooks(streams), receiver.receipts);
      if (terminal.ok && behind === 0 && delivered) {
        note('settled: every payout terminal, projected and notified');
        return;
      }
      waitingFor = `${terminal.detail.split(':')[0]}; ${behind} read-model rows behind; webhooks ${delivered ? 'all delivered' : 'not all delivered'}`;
    } catch (err) {
      waitingFor = `the database: ${(err as Error).message}`;
    }
    await sleep(1_000);
  }
  note(`did not settle in ${timeoutMs / 1000} s: ${waitingFor}`);
}

/**
 * The project's own rebuild (query-api's rebuildReadModel), from the run's event store into a fresh
 * database, so that the live read model and the API are compared with it untouched.
 */
async function rebuildElsewhere(
  postgres: PrivatePostgres,
  store: Awaited<ReturnType<typeof createPostgresEventStore>>,
  note: (line: string) => void,
): Promise<PayoutRow[]> {
  const name = `rebuild_${randomBytes(4).toString('hex')}`;
  await postgres.createDatabase(name);
  const pool = createPool(postgres.url(name), createLogger('chaos', 'silent'), 2);
  try {
    const db = createKysely<ReadModel>(pool);
    await migrateReadModel(db as unknown as Kysely<unknown>);
    const result = await rebuildReadModel(db, store);
    note(`rebuilt the read model from the event store: ${result.events} events, ${result.payouts} payouts`);
    return (await pool.query<PayoutRow>('select * from payouts')).rows;
  } finally {
    await pool.end();
  }
}

async function get(url: string, key: string, timeoutMs = 10_000): Promise<ApiAnswer> {
  let last: ApiAnswer = { status: 0, etag: null, body: null };
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const res = await fetch(url, {
        headers: { Authorization: `Bearer ${key}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // kept as text
      }
      last = { status: res.status, etag: res.headers.get('etag'), body };
      if (res.status < 500) return last;
    } catch (err) {
      last = { status: 0, etag: null, body: (err as Error).message };
    }
    await sleep(500 * 2 ** attempt);
  }
  return last;
}

/** GET /api/v1/payouts/{id} for each id, a few at a time. */
async function readThroughApi(baseUrl: string, ids: string[]): Promise<Map<string, ApiAnswer>> {
  const answers = new Map<string, ApiAnswer>();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < ids.length) {
        const id = ids[next++]!;
        answers.set(id, await get(`${baseUrl}/api/v1/payouts/${id}`, API_KEY));
      }
    }),
  );
  return answers;
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
