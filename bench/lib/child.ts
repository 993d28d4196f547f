// A benchmark target in a child process, so that the load generator does not share its event loop:
// node with tsx (not npx, so that killing the child ends the server rather than orphaning it). The
// child prints one JSON line when it is ready; later lines are passed through to stderr.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export type BenchChild<T> = { process: ChildProcess; ready: T; stop(): Promise<void> };

export async function startChild<T>(
  entry: URL,
  env: Record<string, string>,
  nodeOptions: string[] = [],
): Promise<BenchChild<T>> {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', entry.pathname], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = await new Promise<T>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`${entry.pathname} exited with ${code} before it was ready`)),
    );
    let waiting = true;
    // Keep reading after the ready line: a full pipe would block the child's synchronous logger.
    // Log lines (JSON with a numeric `level`) may come before it: a service warning as it starts.
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!waiting || isLogLine(line)) {
        process.stderr.write(`${line}\n`);
        return;
      }
      waiting = false;
      try {
        resolve(JSON.parse(line) as T);
      } catch {
        reject(new Error(`${entry.pathname} printed ${line} instead of its ready line`));
      }
    });
  });
  return {
    process: child,
    ready,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A pino log line (JSON with a numeric `level`), as opposed to a child's ready line. */
export function isLogLine(line: string): boolean {
  try {
    return typeof (JSON.parse(line) as { level?: unknown }).level === 'number';
  } catch {
    return false;
  }
}
