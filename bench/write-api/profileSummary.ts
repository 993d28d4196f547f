// A V8 CPU profile (.cpuprofile, as node --cpu-prof writes it) summarised over chosen time windows:
// self time by function, by file and by package, and inclusive time by function, as shares of the
// busy samples (idle ones left out), so that two profiles of the same work compare directly.

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
export type CpuProfile = {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

const TOP = 35;

/** Where a file belongs: a package in node_modules, node's own, or the project's path. */
function owner(url: string): string {
  if (url === '') return '(native/V8)';
  if (url.startsWith('node:')) return 'node:internal';
  const inModules = url.lastIndexOf('/node_modules/');
  if (inModules !== -1) {
    const rest = url.slice(inModules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const project =
    url.match(/\/(platform|contracts|services\/[^/]+|bench)\/src\//) ?? url.match(/\/(bench)\//);
  return project ? `project:${project[1]}` : url;
}

function shortFile(url: string): string {
  const inModules = url.lastIndexOf('/node_modules/');
  if (inModules !== -1) return url.slice(inModules + '/node_modules/'.length);
  return url.replace(/^file:\/\/.*?\/(platform|contracts|services|bench)\//, '$1/');
}

/** `requests`: answered within the windows, for the busy time per request. */
export function summariseCpuProfile(
  profile: CpuProfile,
  windows: [number, number][],
  requests?: number,
): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inWindow = (t: number) => windows.length === 0 || windows.some(([a, b]) => t >= a && t <= b);

  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const packages = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  let busyMicros = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    if (!inWindow(t)) continue;
    const node = byId.get(profile.samples[i]!)!;
    const name = node.callFrame.functionName;
    if (name === '(idle)') {
      idle++;
      continue;
    }
    busy++;
    busyMicros += profile.timeDeltas[i]!;
    const frame = (n: ProfileNode) =>
      `${n.callFrame.functionName || '(anonymous)'} ${shortFile(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    add(self, frame(node));
    add(files, shortFile(node.callFrame.url) || `(${name.replace(/[()]/g, '')})`);
    add(packages, owner(node.callFrame.url));
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const k = frame(byId.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      add(inclusive, k);
    }
  }
  const table = (title: string, m: Map<string, number>, top = TOP) =>
    [
      `${title}:`,
      ...[...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, n]) => `  ${((100 * n) / busy).toFixed(1).padStart(5)}%  ${k}`),
    ].join('\n');
  return [
    `busy samples ${busy}, idle ${idle} (${((100 * idle) / Math.max(1, busy + idle)).toFixed(0)}% idle)${requests ? `; busy ${(busyMicros / 1000 / requests).toFixed(3)} ms per request over ${requests} requests` : ''}`,
    table('self by package', packages, 25),
    table('self by file', files),
    table('self by function', self),
    table('inclusive by function', inclusive, 60),
  ].join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  console.log(summariseCpuProfile(JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as CpuProfile, []));
}
