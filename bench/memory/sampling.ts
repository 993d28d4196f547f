// RSS sampling around a load: every tracked process's VmRSS once a second through an idle spell, the
// load, and a cool-down, each sample tagged with its phase; then one table row per process.
import { setTimeout as sleep } from 'node:timers/promises';
import { rssMiB } from '../lib/rss.ts';

export type Tracked = { name: string; pid: () => number | undefined };
type Phase = 'idle' | 'load' | 'cool-down';
type Sample = { phase: Phase; mib: number };
export type Samples = Map<string, Sample[]>;

const IDLE_SECONDS = 5;
const COOL_DOWN_SECONDS = 10;

export async function sampleAround<T>(
  tracked: Tracked[],
  load: () => Promise<T>,
): Promise<{ samples: Samples; result: T }> {
  const samples: Samples = new Map(tracked.map((t) => [t.name, []]));
  let phase: Phase = 'idle';
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const tick = sleep(1_000);
      for (const t of tracked) {
        const pid = t.pid();
        const mib = pid === undefined ? null : await rssMiB(pid);
        if (mib !== null) samples.get(t.name)!.push({ phase, mib });
      }
      await tick;
    }
  })();
  try {
    await sleep(IDLE_SECONDS * 1_000);
    phase = 'load';
    const result = await load();
    phase = 'cool-down';
    await sleep(COOL_DOWN_SECONDS * 1_000);
    return { samples, result };
  } finally {
    sampling = false;
    await sampler;
  }
}

export const TABLE_HEADER = [
  `| Process | idle MiB (median of ${IDLE_SECONDS} s) | peak MiB | end of load MiB | after ${COOL_DOWN_SECONDS} s cool-down MiB | peak − idle |`,
  '| --- | ---: | ---: | ---: | ---: | ---: |',
];

/** One Markdown row per process: idle median, peak of the run, last sample under load, last sample. */
export function tableRows(samples: Samples): string[] {
  const fmt = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(0));
  return [...samples].map(([name, all]) => {
    const idle = all
      .filter((x) => x.phase === 'idle')
      .map((x) => x.mib)
      .sort((a, b) => a - b);
    const idleMedian = idle[Math.floor(idle.length / 2)];
    const peak = all.length > 0 ? Math.max(...all.map((x) => x.mib)) : undefined;
    const end = all.filter((x) => x.phase === 'load').at(-1)?.mib;
    const grew = idleMedian === undefined || peak === undefined ? '-' : `+${(peak - idleMedian).toFixed(0)}`;
    return `| ${name} | ${fmt(idleMedian)} | ${fmt(peak)} | ${fmt(end)} | ${fmt(all.at(-1)?.mib)} | ${grew} |`;
  });
}
