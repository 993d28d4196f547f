// What every benchmark prints beside its figures: the machine, the server versions and how busy the
// machine was, since on a shared host the neighbours' load moves absolute numbers a lot.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import pg from 'pg';

/** The 1, 5 and 15 minute load averages, e.g. "6.4 7.0 5.2". */
function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}

/** "CPU model, N cores, M GiB, Node vX, PostgreSQL Y" for the server behind `databaseUrl`. */
export async function describeMachine(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${rows[0]?.server_version} on the same host`;
  } finally {
    await client.end();
  }
}

/** Ticks of all CPUs from the `cpu` line of /proc/stat: their total, and those stolen by the hypervisor. */
export function parseCpuTicks(procStat: string): { total: number; steal: number } | null {
  const line = procStat.split('\n').find((l) => l.startsWith('cpu '));
  if (line === undefined) return null;
  // user nice system idle iowait irq softirq steal [guest guest_nice, already counted in user and nice]
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (ticks.length < 8 || ticks.some((t) => !Number.isFinite(t))) return null;
  return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7]! };
}

function cpuTicks(): { total: number; steal: number } | null {
  try {
    return parseCpuTicks(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null; // not Linux
  }
}

/**
 * Starts watching how busy the host is; `summary()` at the end of a run says so: the load averages
 * before and after, and the share of CPU time the hypervisor gave to other guests ("steal"), which a
 * load average does not show. Neither tells a slower host from a faster one: on 2026-11-26 the same
 * kind of VM ran every suite three to five times slower at a low load average (bench/RESULTS.md,
 * Read API), so compare figures within one run.
 */
export function watchHost(): { summary(): string } {
  const loadBefore = loadAverage();
  const ticksBefore = cpuTicks();
  return {
    summary() {
      const ticksAfter = cpuTicks();
      const elapsed = ticksBefore && ticksAfter ? ticksAfter.total - ticksBefore.total : 0;
      const steal =
        ticksBefore && ticksAfter && elapsed > 0
          ? `${(((ticksAfter.steal - ticksBefore.steal) / elapsed) * 100).toFixed(1)}% of CPU time stolen by other guests`
          : 'CPU steal not measured (no /proc/stat)';
      return `load average before the run ${loadBefore}, after ${loadAverage()}; ${steal}`;
    },
  };
}
