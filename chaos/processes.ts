// The chaos harness's processes: every service as its own OS process (tsx), and a private NATS
// server with its own data folder so that it may be killed, restarted and wiped.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export type ServiceSpec = {
  name: string;
  entry: string;
  portVariable: 'PORT' | 'METRICS_PORT';
  /** Node options after the tsx loader (the chaos run's planted faults preload a module this way). */
  nodeArgs?: string[];
  /** Variables for this process only, over the shared ones. */
  env?: Record<string, string>;
};

/** Every service entry point the code has; a compose test checks the same list. */
export const SERVICES: ServiceSpec[] = [
  { name: 'command-api', entry: 'services/command-api/src/main.ts', portVariable: 'PORT' },
  { name: 'relay', entry: 'services/command-api/src/relay/main.ts', portVariable: 'METRICS_PORT' },
  { name: 'query-api', entry: 'services/query-api/src/main.ts', portVariable: 'PORT' },
  { name: 'projector', entry: 'services/query-api/src/projector/main.ts', portVariable: 'METRICS_PORT' },
  { name: 'payout-processor', entry: 'services/payout-processor/src/main.ts', portVariable: 'METRICS_PORT' },
  { name: 'scheduler', entry: 'services/scheduler/src/main.ts', portVariable: 'METRICS_PORT' },
];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export type ManagedService = {
  spec: ServiceSpec;
  port: number;
  process: ChildProcess | null;
  paused: boolean;
  log: string[];
};

/** One managed entry per service, each on a free port, none started yet. */
export async function managedServices(): Promise<ManagedService[]> {
  const services: ManagedService[] = [];
  for (const spec of SERVICES)
    services.push({ spec, port: await freePort(), process: null, paused: false, log: [] });
  return services;
}

/** A process's exit that nobody asked for (killService was not called for it). */
export type UnexpectedExit = { code: number | null; signal: NodeJS.Signals | null };

/** Every process started here and still running: none may outlive this process, however it ends. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function track(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

/** Processes killService is stopping: their exit is expected. */
const stopping = new WeakSet<ChildProcess>();

/**
 * Starts the service as its own process. With `onUnexpectedExit`, an exit killService did not ask
 * for is handed to it and nothing else happens (the chaos run counts it as a crash and decides when
 * to start the service again). Without it, like an orchestrator's restart policy (what the
 * benchmarks rely on), a process that died by itself is started again after a second.
 */
export function startService(
  service: ManagedService,
  env: Record<string, string>,
  onUnexpectedExit?: (service: ManagedService, exit: UnexpectedExit) => void,
): void {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', ...(service.spec.nodeArgs ?? []), service.spec.entry],
    {
      env: {
        ...process.env,
        ...env,
        ...service.spec.env,
        [service.spec.portVariable]: String(service.port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  track(child);
  const keep = (chunk: Buffer) => {
    service.log.push(chunk.toString());
    if (service.log.length > 200) service.log.splice(0, service.log.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', (code, signal) => {
    if (service.process !== child || stopping.has(child)) return;
    if (onUnexpectedExit) {
      service.process = null;
      service.paused = false;
      onUnexpectedExit(service, { code, signal });
      return;
    }
    // The restart policy. A port left free by a killed service can be taken by someone else's
    // outgoing connection before the service is back, so that case gets a new port.
    if (signal !== null) return;
    const portTaken = lostItsPort(service);
    void (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      if (service.process !== child) return;
      if (portTaken) service.port = await freePort();
      service.log.push(`[chaos] exited with ${code}; restarting\n`);
      startService(service, env);
    })();
  });
  service.process = child;
  service.paused = false;
}

/** Whether the service's last start failed because its port was taken meanwhile. */
export function lostItsPort(service: ManagedService): boolean {
  return service.log.slice(-5).join('').includes('EADDRINUSE');
}

/**
 * Starts every service and resolves once each answers /healthz (a service that does not names
 * itself and its last log lines). command-api starts first: it migrates, and the rest would only wait
 * on its locks.
 */
export async function startAllServices(
  services: ManagedService[],
  env: Record<string, string>,
  timeoutMs = 60_000,
  onUnexpectedExit?: (service: ManagedService, exit: UnexpectedExit) => void,
): Promise<void> {
  const healthy = (s: ManagedService) =>
    waitForHttp(`http://127.0.0.1:${s.port}/healthz`, timeoutMs).catch((err: Error) => {
      throw new Error(`${s.spec.name}: ${err.message}\n${s.log.join('').slice(-2_000)}`);
    });
  const first = services.find((s) => s.spec.name === 'command-api');
  if (first) {
    startService(first, env, onUnexpectedExit);
    await healthy(first);
  }
  for (const service of services) if (!service.process) startService(service, env, onUnexpectedExit);
  await Promise.all(services.map(healthy));
}

export async function killService(
  service: ManagedService,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<void> {
  const child = service.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  stopping.add(child);
  if (service.paused) child.kill('SIGCONT');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  service.process = null;
}

export type NatsServer = { url: string; port: number; dataDir: string; process: ChildProcess | null };

export async function startNats(server: NatsServer): Promise<void> {
  await mkdir(server.dataDir, { recursive: true });
  const child = spawn(
    '/usr/sbin/nats-server',
    ['-a', '127.0.0.1', '-p', String(server.port), '-js', '-sd', server.dataDir],
    {
      stdio: 'ignore',
    },
  );
  track(child);
  server.process = child;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await portOpen(server.port)) return;
    await sleep(100);
  }
  throw new Error('nats-server did not start');
}

export async function stopNats(server: NatsServer, signal: NodeJS.Signals): Promise<void> {
  const child = server.process;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await Promise.race([exited, sleep(10_000)]);
  server.process = null;
}

export async function wipeNats(server: NatsServer): Promise<void> {
  await stopNats(server, 'SIGKILL');
  await rm(server.dataDir, { recursive: true, force: true });
  await startNats(server);
}

export function natsServer(port: number, root: string): NatsServer {
  return { url: `nats://127.0.0.1:${port}`, port, dataDir: join(root, 'nats'), process: null };
}

async function portOpen(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
