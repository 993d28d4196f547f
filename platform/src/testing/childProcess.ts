// Tests that run a service (or `npm start`) as an OS process: its own process group, its output
// collected, waits on what it prints, and a clean-up that leaves nothing behind.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '../../..');
/** `node --import <this>` runs TypeScript entry points as `npm start` does (through tsx). */
export const TSX_LOADER = join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs');

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type Child = {
  process: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** stdout and stderr interleaved as they came, for failure messages. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output (stdout and stderr). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves once the process exited and its output pipes closed. */
  exited: Promise<Exit>;
  running(): boolean;
  /** Sends `signal` to the whole process group, as a terminal's Ctrl-C does. */
  signalGroup(signal: NodeJS.Signals): void;
  /** SIGTERM to the group, then SIGKILL if it is still there after `graceMs`. */
  stop(graceMs?: number): Promise<Exit>;
};

export function spawnChild(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Child {
  const child = spawn(command, args, {
    cwd: options.cwd ?? REPO_ROOT,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // a process group of its own
  }) as unknown as ChildProcessWithoutNullStreams;
  let stdout = '';
  let stderr = '';
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (append: (text: string) => void) => (chunk: Buffer) => {
    const text = chunk.toString();
    append(text);
    output += text;
    for (const listener of [...listeners]) listener();
  };
  child.stdout.on(
    'data',
    onData((t) => {
      stdout += t;
    }),
  );
  child.stderr.on(
    'data',
    onData((t) => {
      stderr += t;
    }),
  );
  let exit: Exit | undefined;
  const exited = new Promise<Exit>((resolve) => {
    child.once('close', (code, signal) => {
      exit = { code, signal };
      for (const listener of [...listeners]) listener();
      resolve(exit);
    });
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  return {
    process: child,
    stdout: () => stdout,
    stderr: () => stderr,
    output: () => output,
    exited,
    running: () => exit === undefined,
    signalGroup,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) finish(() => resolve(match));
          else if (exit)
            finish(() => reject(new Error(`exited (${JSON.stringify(exit)}) before ${pattern}:\n${output}`)));
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`))),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
    async stop(graceMs = 20_000) {
      if (exit) return exit;
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** Runs a TypeScript entry point (a path under the repository) with node and tsx. */
export function spawnEntry(
  entry: string,
  options: { cwd?: string; env?: NodeJS.ProcessEnv; args?: string[] } = {},
): Child {
  return spawnChild(
    process.execPath,
    ['--import', TSX_LOADER, join(REPO_ROOT, entry), ...(options.args ?? [])],
    options,
  );
}
