// Real processes for the relay's crash and outage tests: relay processes that can be SIGKILLed,
// and a private nats-server that can be stopped and started again on its own data directory.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const RELAY_MAIN = 'services/command-api/src/relay/main.ts';
const NATS_SERVER_BINARY = process.env.NATS_SERVER_BINARY ?? '/usr/sbin/nats-server';

type LogLine = { msg?: string; [key: string]: unknown };

export type Child = {
  name: string;
  process: ChildProcess;
  logs: LogLine[];
  /** Resolves once a JSON log line with this message (or plain output containing it) was written. */
  logged(msg: string, timeoutMs?: number): Promise<void>;
  /** SIGKILL: no clean-up, exactly what a crash leaves behind. */
  kill(): Promise<void>;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
};

function track(name: string, child: ChildProcess): Child {
  const logs: LogLine[] = [];
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ msg: line, plain: true });
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => logs.push({ msg: chunk.toString(), plain: true }));
  const exited = once(child, 'exit');
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return {
    name,
    process: child,
    logs,
    async logged(msg, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      const matches = (l: LogLine) => l.msg === msg || (l.plain === true && String(l.msg).includes(msg));
      while (!logs.some(matches)) {
        if (child.exitCode !== null) throw new Error(`${name} exited: ${JSON.stringify(logs.slice(-5))}`);
        if (Date.now() > deadline)
          throw new Error(`${name} did not log "${msg}": ${JSON.stringify(logs.slice(-5))}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}

/** Starts the relay's own entry point (relay/main.ts) as a separate process. */
export function spawnRelay(name: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', RELAY_MAIN], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', METRICS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return track(name, child);
}

/** A JetStream server on 127.0.0.1:`port` storing under `dir`, for a test that takes NATS away. */
export function spawnNatsServer(port: number, dir: string): Child {
  const child = spawn(NATS_SERVER_BINARY, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return track(`nats-server:${port}`, child);
}
