// Resident set size of a process as the kernel counts it (VmRSS in /proc/<pid>/status), in MiB.
import { readdir, readFile } from 'node:fs/promises';

/** The process's RSS in MiB, or null once it has exited. */
export async function rssMiB(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    return kib ? Number(kib[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The RSS of `root` and every live descendant together, in MiB (a system run as several processes). */
export async function treeRssMiB(root: number): Promise<number | null> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => null);
    // The parent pid is the second field after the command name's closing parenthesis.
    const ppid = stat === null ? Number.NaN : Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isFinite(ppid)) parents.set(Number(entry), ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parents.get(p))
      if (p === root) return true;
    return false;
  };
  let total: number | null = null;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    const mib = await rssMiB(pid);
    if (mib !== null) total = (total ?? 0) + mib;
  }
  return total;
}
