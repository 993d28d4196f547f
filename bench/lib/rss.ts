// Resident set size of a process as the kernel counts it (VmRSS in /proc/<pid>/status), in MiB.
import { readFile } from 'node:fs/promises';

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
