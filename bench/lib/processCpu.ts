// CPU time spent by whole process trees, from /proc: what one payout costs in CPU across every
// process that served it (Node, PostgreSQL, NATS), beside what one bare request costs. A tree's time
// is each live process's user+system time plus what its exited children used (the kernel adds a
// reaped child's time to its parent's cutime/cstime), so PostgreSQL backends that came and went
// during a step are counted too.
import { readdirSync, readFileSync } from 'node:fs';

export type ProcStat = {
  pid: number;
  ppid: number;
  comm: string;
  /** utime + stime + cutime + cstime, in clock ticks. */
  ticks: number;
};

/** Linux's USER_HZ: /proc reports CPU times in these (100 on every mainstream architecture). */
const TICKS_PER_SECOND = 100;

/**
 * One /proc/<pid>/stat line. The command name sits in parentheses and may itself hold spaces or
 * parentheses, so the fields are counted from the last `)`.
 */
export function parseProcStat(line: string): ProcStat | null {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open === -1 || close < open) return null;
  const pid = Number(line.slice(0, open).trim());
  // After ") ": state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17).
  const rest = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const field = (n: number) => Number(rest[n - 3]);
  const ticks = field(14) + field(15) + field(16) + field(17);
  if (!Number.isFinite(pid) || !Number.isFinite(ticks)) return null;
  return { pid, ppid: field(4), comm: line.slice(open + 1, close), ticks };
}

function readProcesses(): ProcStat[] {
  const found: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (stat) found.push(stat);
    } catch {
      // exited while we looked
    }
  }
  return found;
}

/** Ticks used by `root` and every live descendant (each one's reaped children included). */
export function treeTicks(processes: ProcStat[], root: number): number {
  const children = new Map<number, ProcStat[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const self = processes.find((p) => p.pid === root);
  if (!self) return 0;
  let total = 0;
  const queue = [self];
  while (queue.length > 0) {
    const p = queue.pop()!;
    total += p.ticks;
    queue.push(...(children.get(p.pid) ?? []));
  }
  return total;
}

/** The roots of the trees whose command name is `comm` (e.g. PostgreSQL's postmaster for "postgres"). */
export function rootsNamed(processes: ProcStat[], comm: string): number[] {
  const byPid = new Map(processes.map((p) => [p.pid, p]));
  return processes.filter((p) => p.comm === comm && byPid.get(p.ppid)?.comm !== comm).map((p) => p.pid);
}

export type CpuGroups = Record<string, () => number[]>;

/**
 * Samples named groups of process trees; `since()` gives each group's CPU milliseconds since the
 * sample was taken. A group's roots are looked up at each sample, so a restarted process is found.
 */
export function sampleCpu(groups: CpuGroups): { since(): Record<string, number> } {
  const take = () => {
    const processes = readProcesses();
    return Object.fromEntries(
      Object.entries(groups).map(([name, roots]) => [
        name,
        roots().reduce((sum, pid) => sum + treeTicks(processes, pid), 0),
      ]),
    );
  };
  const before = take();
  return {
    since() {
      const after = take();
      return Object.fromEntries(
        Object.keys(groups).map((name) => [
          name,
          (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / TICKS_PER_SECOND,
        ]),
      );
    },
  };
}

/** The servers every pipeline shares on this host: PostgreSQL's and NATS's process trees. */
export const serverGroups: CpuGroups = {
  PostgreSQL: () => rootsNamed(readProcesses(), 'postgres'),
  NATS: () => rootsNamed(readProcesses(), 'nats-server'),
};

/**
 * A group per direct child of `parent`, named by the script it runs (the last `.ts` argument of its
 * command line): every service of BENCH_TOPOLOGY=processes on its own line.
 */
export function childGroups(parent: number): CpuGroups {
  const groups: CpuGroups = {};
  for (const p of readProcesses().filter((q) => q.ppid === parent)) {
    let script = p.comm;
    try {
      const args = readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').split('\0');
      script = args.filter((a) => a.endsWith('.ts')).at(-1) ?? script;
    } catch {
      // exited while we looked
    }
    groups[script] = () => [p.pid];
  }
  return groups;
}
