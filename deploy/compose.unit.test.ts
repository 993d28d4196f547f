// The deployment files against the code: every service entry point the code has runs in the Compose
// stack, scales without host-port clashes, has a health check and a start-up order, is scraped by
// Prometheus, and the image builds every workspace. A service added to the code and forgotten here
// fails this test rather than going missing in production.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

type ComposeService = {
  image?: string;
  build?: unknown;
  command?: string[];
  ports?: string[];
  profiles?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
};
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, ComposeService>;
};

/** Every `main.ts` under services/<name>/src: each one is a process that must run somewhere. */
function serviceEntryPoints(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
      else if (entry.name === 'main.ts') found.push(relative(root, path));
    }
  };
  for (const service of readdirSync(join(root, 'services'))) {
    if (existsSync(join(root, 'services', service, 'src'))) walk(join(root, 'services', service, 'src'));
  }
  return found.sort();
}

/** The compose services built from this repository's image, by the entry point they run. */
const appServices = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);
const entryOf = (s: ComposeService) => s.command?.find((arg) => arg.endsWith('.ts'));

describe('docker-compose.yml', () => {
  it('runs every service entry point the code has, each as its own compose service', () => {
    const entries = serviceEntryPoints();
    expect(entries.length).toBeGreaterThanOrEqual(6);
    const run = appServices.map(([, s]) => entryOf(s));
    for (const entry of entries) expect(run, `${entry} has no compose service`).toContain(entry);
    expect(new Set(run).size).toBe(run.length);
  });

  it('names the seven services as operators know them', () => {
    expect(appServices.map(([name]) => name).sort()).toEqual(
      ['command-api', 'notifier', 'payout-processor', 'projector', 'query-api', 'relay', 'scheduler'].sort(),
    );
  });

  it('points every command at a file that exists and runs it on Node through tsx', () => {
    for (const [name, service] of appServices) {
      const entry = entryOf(service);
      expect(entry, `${name} runs no .ts entry`).toBeDefined();
      expect(existsSync(join(root, entry!)), `${name}: ${entry} does not exist`).toBe(true);
      expect(service.command?.slice(0, 3), name).toEqual(['node', '--import', 'tsx']);
    }
  });

  it('lets every service scale: no fixed host port, a readiness health check, ordered start-up', () => {
    for (const [name, service] of appServices) {
      expect(service.ports, `${name} publishes a host port`).toBeUndefined();
      expect(service.healthcheck?.test.join(' '), name).toContain('/readyz');
      for (const dependency of ['postgres', 'nats', 'kurrentdb']) {
        expect(service.depends_on?.[dependency]?.condition, `${name} -> ${dependency}`).toBe(
          'service_healthy',
        );
      }
      expect(service.environment?.EVENT_STORE, name).toMatch(/kurrentdb/);
      expect(service.environment?.ESDB_URL, name).toMatch(/^kurrentdb:\/\/kurrentdb:2113/);
    }
  });

  it('has the servers and the proxy, and keeps the observability tools in their profile', () => {
    for (const server of ['kurrentdb', 'nats', 'postgres', 'nginx']) {
      expect(compose.services[server]?.healthcheck, server).toBeDefined();
    }
    expect(compose.services.nats?.image).toMatch(/^nats:2\.(1[2-9]|[2-9]\d)/);
    expect(read('deploy/nats/nats.conf')).toMatch(/sync_interval:\s*always/);
    expect(compose.services.nginx?.ports).toHaveLength(1);
    for (const tool of ['prometheus', 'grafana', 'jaeger']) {
      expect(compose.services[tool]?.profiles, tool).toEqual(['observability']);
    }
  });
});

describe('the proxy and the scrape config', () => {
  it('routes reads of /api/v1/payouts and /api/v1/reports to query-api, everything else to command-api', () => {
    const nginx = read('deploy/nginx/nginx.conf');
    expect(nginx).toMatch(/GET\s+query-api:8080;/);
    expect(nginx).toMatch(/HEAD\s+query-api:8080;/);
    expect(nginx).toMatch(/default\s+command-api:8080;/);
    expect(nginx).toMatch(/location \/api\/v1\/payouts \{\s*proxy_pass http:\/\/\$payouts_backend;/);
    expect(nginx).toMatch(/location \/api\/v1\/reports \{\s*proxy_pass http:\/\/\$payouts_backend;/);
    expect(nginx).toContain('location = /api/v1/swagger');
    expect(nginx).toContain('location = /api/v1/openapi.json');
  });

  it('sends to query-api every path prefix that npm start sends there', () => {
    const nginx = read('deploy/nginx/nginx.conf');
    const prefixes = [...read('start/system.ts').matchAll(/pathname\.startsWith\('([^']+)'\)/g)].map(
      (m) => m[1]!,
    );
    expect(prefixes).toContain('/api/v1/payouts');
    for (const prefix of prefixes) {
      expect(nginx, `nginx has no reads route for ${prefix}`).toMatch(
        new RegExp(
          `location ${prefix.replaceAll('/', '\\/')} \\{\\s*proxy_pass http:\\/\\/\\$payouts_backend;`,
        ),
      );
    }
  });

  it('has Prometheus find every replica of every service through DNS', () => {
    const prometheus = parse(read('deploy/prometheus/prometheus.yml')) as {
      scrape_configs: { job_name: string; dns_sd_configs?: { names: string[]; port: number }[] }[];
    };
    const job = prometheus.scrape_configs.find((c) => c.job_name === 'payouts');
    const names = job?.dns_sd_configs?.flatMap((c) => c.names) ?? [];
    expect(names.sort()).toEqual(appServices.map(([name]) => name).sort());
  });
});

describe('the Grafana dashboard', () => {
  /** Metric names in a PromQL expression: label sets, ranges, `by (...)` and functions taken out. */
  function metricNames(expr: string): string[] {
    const bare = expr
      .replace(/\{[^}]*\}/g, ' ')
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/\b(by|without)\s*\([^)]*\)/g, ' ');
    return [...bare.matchAll(/\b([a-z_][a-z0-9_]*)\b(?!\s*\()/g)]
      .map((m) => m[1]!)
      .filter((name) => name.includes('_') || name === 'up');
  }

  /** Every metric name the code registers, as its first argument in quotes. */
  function sourceText(): string {
    let text = '';
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
        else if (entry.name.endsWith('.ts') && !entry.name.includes('.test.'))
          text += readFileSync(path, 'utf8');
      }
    };
    for (const dir of ['platform/src', 'services']) walk(join(root, dir));
    return text;
  }

  it('charts only metrics that the services export', () => {
    const dashboard = JSON.parse(read('deploy/grafana/dashboards/payouts.json')) as {
      panels: { title: string; targets: { expr: string }[] }[];
    };
    const source = sourceText();
    const names = new Set(dashboard.panels.flatMap((p) => p.targets.flatMap((t) => metricNames(t.expr))));
    expect(names.size).toBeGreaterThan(10);
    for (const name of names) {
      if (name === 'up' || name.startsWith('process_')) continue; // Prometheus's and prom-client's own
      const base = name.replace(/_(bucket|count|sum)$/, '');
      expect(source, `${name} is charted but no service defines it`).toContain(`'${base}'`);
    }
  });

  it('shows request rate and latency, relay and projector lag, and payouts by status', () => {
    const titles = (
      JSON.parse(read('deploy/grafana/dashboards/payouts.json')) as { panels: { title: string }[] }
    ).panels.map((p) => p.title);
    for (const title of [
      'HTTP request rate',
      'HTTP latency',
      'Relay lag',
      'Projector lag',
      'Payouts by status',
    ]) {
      expect(titles).toContain(title);
    }
  });
});

describe('Dockerfile', () => {
  it('installs every workspace from its own manifest, on Node 24, as a non-root user', () => {
    const dockerfile = read('Dockerfile');
    const workspaces = (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces.flatMap(
      (w) =>
        w.endsWith('/*') ? readdirSync(join(root, w.slice(0, -2))).map((d) => `${w.slice(0, -2)}/${d}`) : [w],
    );
    for (const workspace of workspaces.filter((w) => existsSync(join(root, w, 'package.json')))) {
      expect(dockerfile, workspace).toContain(`COPY ${workspace}/package.json ${workspace}/`);
    }
    expect(dockerfile).toMatch(/ARG NODE_VERSION=24\b/);
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
