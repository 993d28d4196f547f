// Node CPU the NATS bus layer spends per message: the platform publisher (publishEvent on
// openNatsBus) and the platform consumer (runConsumer) against the real NATS server, in one process
// and nothing else in it, shaped like the pipeline (issue 17 item 3): per payout 3 events published
// with up to 128 in flight (the relay's window), and 8 deliveries, each acked: 2 to the processor
// (one durable per trigger type), 3 to the projector, 3 to the notifier, on connections of their own.
//
//   npx tsx bench/bus/run.ts               (BENCH_SECONDS of paced load, default 10)
//   npx tsx bench/bus/run.ts ab            (interleaved A/B runs against another commit: ab.ts)
//
// Phases, each measured with process.cpuUsage() and the write/read syscalls of /proc/self/io:
//   paced:   BENCH_PAYOUTS_PER_SECOND (default 300) published as they fall due, consumers running;
//            ends when every delivery is handled. The headline: CPU per payout at a realistic rate.
//   publish: BENCH_BURST payouts' events (default 3,000 payouts) published as fast as the window allows.
//   consume: that backlog drained by the four consumers.
// Handlers do no work but wait up to BENCH_HANDLER_MS (default 5 ms; 0: one turn of the loop), as a
// handler's database round trips would, so that acks fall in separate turns as in the services.
//
// Prints one JSON line. BENCH_PLATFORM_SRC runs another checkout's platform/src (A/B runs:
// `run.ts ab`). CPU figures are noisy on a shared machine: compare interleaved runs.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type NatsBusModule = typeof import('../../platform/src/bus/natsBus.ts');
type PublisherModule = typeof import('../../platform/src/bus/publisher.ts');
type ConsumerModule = typeof import('../../platform/src/bus/consumer.ts');
type TracingModule = typeof import('../../platform/src/tracing.ts');
type LoggerModule = typeof import('../../platform/src/logger.ts');
type Bus = import('../../platform/src/bus/port.ts').Bus;
type RecordedEvent = import('../../platform/src/eventStore/port.ts').RecordedEvent;

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PAYOUTS_PER_SECOND = Number(process.env.BENCH_PAYOUTS_PER_SECOND ?? 300);
const BURST_PAYOUTS = Number(process.env.BENCH_BURST ?? 3_000);
const WARMUP_PAYOUTS = 1_000;
/** Each handler takes up to this long (uniformly spread), like a database round trip; 0: one turn. */
const HANDLER_MS = Number(process.env.BENCH_HANDLER_MS ?? 5);
const SRC = process.env.BENCH_PLATFORM_SRC ?? new URL('../../platform/src', import.meta.url).pathname;
/** The relay's PUBLISH_WINDOW. */
const PUBLISH_WINDOW = 128;
/** A payout's events; the processor reacts to the first two. */
const TYPES = ['PayoutRequested', 'PayoutProcessingStarted', 'PayoutSucceeded'] as const;
const PROCESSOR_TYPES = TYPES.slice(0, 2);
/** The services' default concurrency: processor (max in flight), projector, notifier. */
const CONCURRENCY = { processor: 2_000, projector: 64, notifier: 32 };
const DELIVERIES_PER_PAYOUT = PROCESSOR_TYPES.length + 2 * TYPES.length;

if (process.argv[2] === 'ab') {
  await import('./ab.ts');
  process.exit(0);
}

const load = <T>(path: string): Promise<T> => import(pathToFileURL(join(SRC, path)).href) as Promise<T>;
const { openNatsBus } = await load<NatsBusModule>('bus/natsBus.ts');
const { publishEvent } = await load<PublisherModule>('bus/publisher.ts');
const { runConsumer } = await load<ConsumerModule>('bus/consumer.ts');
const { initTracing } = await load<TracingModule>('tracing.ts');
const { createLogger } = await load<LoggerModule>('logger.ts');

// As in the services: a provider with no exporter (spans made, none recorded).
initTracing('bench-bus');
const logger = createLogger('bench-bus', 'silent');

// Socket writes the process asks for (each a write or writev syscall unless Node queues it).
let socketWrites = 0;
const write = Socket.prototype.write;
Socket.prototype.write = function (this: Socket, ...args: Parameters<Socket['write']>) {
  socketWrites += 1;
  return write.apply(this, args);
} as Socket['write'];

function syscalls(): { reads: number; writes: number } {
  const io = readFileSync('/proc/self/io', 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(io)?.[1] ?? 0);
  return { reads: field('syscr'), writes: field('syscw') };
}

type Sample = {
  cpuUs: number;
  wallMs: number;
  syscallWrites: number;
  syscallReads: number;
  socketWrites: number;
};

async function measure(work: () => Promise<void>): Promise<Sample> {
  const io = syscalls();
  const writes = socketWrites;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  const ioAfter = syscalls();
  return {
    cpuUs: used.user + used.system,
    wallMs: performance.now() - started,
    syscallWrites: ioAfter.writes - io.writes,
    syscallReads: ioAfter.reads - io.reads,
    socketWrites: socketWrites - writes,
  };
}

function payoutEvents(n: number): RecordedEvent[] {
  const payoutId = randomUUID();
  const correlationId = randomUUID();
  return TYPES.map((type, revision) => ({
    id: randomUUID(),
    streamName: `payout-${payoutId}`,
    revision: BigInt(revision),
    type,
    data: {
      payout_id: payoutId,
      amount: '100.50',
      currency: 'RUB',
      recipient_account: '40817810099910004312',
      description: 'benchmark payout',
    },
    metadata: {
      correlation_id: correlationId,
      causation_id: null,
      actor: 'key_bench',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00',
      schema_version: 1,
    },
    position: { commit: BigInt(n * 3 + revision + 1), prepare: BigInt(n * 3 + revision + 1) },
    recordedAt: new Date(),
  }));
}

/** The relay's way: up to PUBLISH_WINDOW publishes in flight, settled oldest first. */
function createRelay(bus: Bus) {
  const window: Promise<unknown>[] = [];
  return {
    async publish(event: RecordedEvent) {
      window.push(publishEvent(bus, event));
      if (window.length >= PUBLISH_WINDOW) await window.shift();
    },
    async drain() {
      while (window.length > 0) await window.shift();
    },
  };
}

const handled = { count: 0 };
let waiter: { target: number; resolve: () => void } | null = null;
function handledUpTo(target: number): Promise<void> {
  if (handled.count >= target) return Promise.resolve();
  return new Promise((resolve) => {
    waiter = { target, resolve };
  });
}
async function handle(): Promise<void> {
  if (HANDLER_MS > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * HANDLER_MS));
  else await new Promise<void>((resolve) => setImmediate(resolve));
  handled.count += 1;
  if (waiter && handled.count >= waiter.target) {
    waiter.resolve();
    waiter = null;
  }
}

const id = randomUUID().replaceAll('-', '').slice(0, 12);
const names = { stream: `BENCH_BUS_${id}`, subjectPrefix: `bench_bus_${id}` };
const relayBus = await openNatsBus(NATS_URL, names, 'bench-relay', logger);
const processorBus = await openNatsBus(NATS_URL, names, 'bench-processor', logger);
const projectorBus = await openNatsBus(NATS_URL, names, 'bench-projector', logger);
const notifierBus = await openNatsBus(NATS_URL, names, 'bench-notifier', logger);
const relay = createRelay(relayBus);
let payouts = 0;

/** The four durable consumers, until `signal` aborts. */
function startConsumers(signal: AbortSignal): Promise<unknown> {
  const options = (durable: string, filterSubject: string, concurrency: number) => ({
    durable,
    filterSubject,
    concurrency,
    signal,
    logger,
  });
  const all = `${names.subjectPrefix}.events.>`;
  return Promise.all([
    ...PROCESSOR_TYPES.map((type) =>
      runConsumer(
        processorBus,
        options(`processor-${type}`, `${names.subjectPrefix}.events.${type}`, CONCURRENCY.processor),
        handle,
      ),
    ),
    runConsumer(projectorBus, options('projector', all, CONCURRENCY.projector), handle),
    runConsumer(notifierBus, options('notifier', all, CONCURRENCY.notifier), handle),
  ]);
}

async function publishPayouts(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    for (const event of payoutEvents(payouts)) await relay.publish(event);
    payouts += 1;
  }
  await relay.drain();
}

/** Publishes each payout when it falls due at `perSecond`, for `seconds`, as the relay would. */
async function publishPaced(perSecond: number, seconds: number): Promise<void> {
  const started = performance.now();
  const total = Math.round(perSecond * seconds);
  for (let sent = 0; sent < total; sent++) {
    const dueMs = started + (sent * 1000) / perSecond - performance.now();
    if (dueMs > 0) await new Promise((resolve) => setTimeout(resolve, dueMs));
    for (const event of payoutEvents(payouts)) await relay.publish(event);
    payouts += 1;
  }
  await relay.drain();
}

let consumers = new AbortController();
let running: Promise<unknown> = Promise.resolve();
const result: Record<string, unknown> = { platform: SRC };
try {
  running = startConsumers(consumers.signal);
  // Warm-up: the JIT, the consumers' first pulls.
  await publishPayouts(WARMUP_PAYOUTS);
  await handledUpTo(payouts * DELIVERIES_PER_PAYOUT);

  const paced = await measure(async () => {
    await publishPaced(PAYOUTS_PER_SECOND, SECONDS);
    await handledUpTo(payouts * DELIVERIES_PER_PAYOUT);
  });
  const pacedPayouts = Math.round(PAYOUTS_PER_SECOND * SECONDS);

  consumers.abort();
  await running;
  const publish = await measure(() => publishPayouts(BURST_PAYOUTS));
  consumers = new AbortController();
  const consume = await measure(async () => {
    running = startConsumers(consumers.signal);
    await handledUpTo(payouts * DELIVERIES_PER_PAYOUT);
  });
  consumers.abort();
  await running;

  const per = (s: Sample, n: number) => ({
    cpuUs: round(s.cpuUs / n),
    syscallWrites: round(s.syscallWrites / n),
    syscallReads: round(s.syscallReads / n),
    socketWrites: round(s.socketWrites / n),
  });
  Object.assign(result, {
    paced: { payoutsPerSecond: PAYOUTS_PER_SECOND, payouts: pacedPayouts, wallMs: round(paced.wallMs) },
    perPayout: per(paced, pacedPayouts),
    perPublish: per(publish, BURST_PAYOUTS * TYPES.length),
    perDelivery: per(consume, BURST_PAYOUTS * DELIVERIES_PER_PAYOUT),
  });
} finally {
  consumers.abort();
  await running.catch(() => {});
  await relayBus.deleteStream().catch(() => {});
  for (const bus of [relayBus, processorBus, projectorBus, notifierBus]) await bus.close();
}
process.stdout.write(`${JSON.stringify(result)}\n`);

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
