// The deployment files against the code: every service entry point the code has runs in the Compose
// stack, scales without host-port clashes, has a health check and a start-up order, is scraped by
// Prometheus, and the image builds every workspace. A service added to the code and forgotten here
// fails this test rather than going missing in production. It also holds the stack to secure
// defaults (ports on 127.0.0.1, no default credential, secrets from files) and to what an operator
// relies on (health checks that mean ready, pinned images, KurrentDB only when asked for).
// deploy/nginx.int.test.ts runs the proxy's configuration in a real nginx.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hashApiKey, parseApiKeys } from '../platform/src/http/auth.ts';

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
  secrets?: string[];
};
type ComposeFile = {
  services: Record<string, ComposeService>;
  secrets?: Record<string, { file?: string }>;
};
const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
const kurrentDbFile = parse(read('deploy/compose.kurrentdb.yml'), { merge: true }) as ComposeFile;

/** Compose's merge of a second file over the first, for the keys these files use: maps merge, lists are replaced. */
function mergeOver<T>(base: T, override: unknown): T {
  if (override === undefined) return base;
  if (!isMap(base) || !isMap(override)) return override as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeOver(merged[key], value);
  return merged as T;
}
const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** The stack `make up` runs by default: docker-compose.yml with deploy/compose.kurrentdb.yml over it. */
const withKurrentDb = mergeOver(compose, kurrentDbFile);

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
      for (const dependency of ['postgres', 'nats']) {
        expect(service.depends_on?.[dependency]?.condition, `${name} -> ${dependency}`).toBe(
          'service_healthy',
        );
      }
    }
  });

  it('keeps events in KurrentDB with deploy/compose.kurrentdb.yml, in PostgreSQL without it', () => {
    expect(compose.services.kurrentdb, 'docker-compose.yml alone must not start KurrentDB').toBeUndefined();
    expect(withKurrentDb.services.kurrentdb?.healthcheck).toBeDefined();
    for (const [name, service] of appServices) {
      expect(service.environment?.EVENT_STORE, name).toBe('postgres');
      expect(service.depends_on?.kurrentdb, `${name} waits for KurrentDB without it`).toBeUndefined();
      const withKurrent = withKurrentDb.services[name]!;
      expect(withKurrent.environment?.EVENT_STORE, `${name} has no entry in compose.kurrentdb.yml`).toBe(
        'kurrentdb',
      );
      expect(withKurrent.environment?.ESDB_URL, name).toMatch(/^kurrentdb:\/\/kurrentdb:2113/);
      expect(withKurrent.depends_on?.kurrentdb?.condition, name).toBe('service_healthy');
      expect(withKurrent.depends_on?.postgres?.condition, `${name} lost postgres in the merge`).toBe(
        'service_healthy',
      );
    }
  });

  it('has make up add KurrentDB by default and PAYOUTS_EVENT_STORE=postgres make up leave it out', () => {
    const dryRun = (env: Record<string, string>) =>
      spawnSync('make', ['-n', 'up'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    const { PAYOUTS_EVENT_STORE: _, ...environment } = process.env;
    const byDefault = spawnSync('make', ['-n', 'up'], { cwd: root, encoding: 'utf8', env: environment });
    expect(byDefault.stdout).toMatch(/-f docker-compose\.yml -f deploy\/compose\.kurrentdb\.yml up --build/);
    expect(byDefault.stdout).toContain('bash deploy/secrets.sh');
    const postgres = dryRun({ PAYOUTS_EVENT_STORE: 'postgres' });
    expect(postgres.stdout).toMatch(/-f docker-compose\.yml up --build/);
    expect(postgres.stdout).not.toContain('kurrentdb');
    expect(dryRun({ PAYOUTS_EVENT_STORE: 'mongodb' }).stderr).toContain(
      'PAYOUTS_EVENT_STORE must be kurrentdb or postgres',
    );
  });

  it('has the servers and the proxy, and keeps the observability tools in their profile', () => {
    for (const server of ['nats', 'postgres', 'nginx']) {
      expect(compose.services[server]?.healthcheck, server).toBeDefined();
    }
    expect(compose.services.nats?.image).toMatch(/^nats:2\.(1[2-9]|[2-9]\d)/);
    expect(read('deploy/nats/nats.conf')).toMatch(/sync_interval:\s*always/);
    expect(compose.services.nginx?.ports).toHaveLength(1);
    for (const tool of ['prometheus', 'grafana', 'jaeger']) {
      expect(compose.services[tool]?.profiles, tool).toEqual(['observability']);
    }
  });

  it('checks health the way each server means ready', () => {
    const test = (file: ComposeFile, name: string) => file.services[name]?.healthcheck?.test ?? [];
    // TCP, not the unix socket a first start's temporary server answers on before TCP is open.
    expect(test(compose, 'postgres')).toEqual([
      'CMD',
      'pg_isready',
      '-h',
      '127.0.0.1',
      '-p',
      '5432',
      '-U',
      'payouts',
      '-d',
      'payouts',
    ]);
    expect(test(compose, 'nats').join(' ')).toContain('http://127.0.0.1:8222/healthz?js-enabled-only=true');
    expect(test(withKurrentDb, 'kurrentdb').join(' ')).toContain('http://localhost:2113/health/live');
    // nginx's own health on a port the stack does not publish, served by that port's server only.
    expect(test(compose, 'nginx').join(' ')).toContain('http://127.0.0.1:8081/nginx-health');
    const nginx = read('deploy/nginx/nginx.conf');
    expect(nginx).toMatch(/listen 127\.0\.0\.1:8081;[\s\S]*location = \/nginx-health/);
    expect(compose.services.nginx?.ports?.join(' ')).not.toContain('8081');
  });

  it('runs PostgreSQL with TCP keepalives, so a vanished lease holder lets go within seconds', () => {
    const command = compose.services.postgres?.command?.join(' ') ?? '';
    for (const setting of ['tcp_keepalives_idle=10', 'tcp_keepalives_interval=5', 'tcp_keepalives_count=3']) {
      expect(command).toContain(`-c ${setting}`);
    }
  });

  it('pins every image to a version: nginx on its stable branch, KurrentDB on its LTS release', () => {
    const images = Object.values(withKurrentDb.services)
      .map((s) => s.image)
      .filter((image): image is string => image !== undefined && image !== 'payouts:local');
    expect(images.length).toBeGreaterThanOrEqual(7);
    for (const image of images) {
      expect(image, image).toMatch(/:v?\d+(\.\d+)*(-[a-z]+)?$/);
      expect(image, image).not.toMatch(/:latest$|:(mainline|stable)/);
    }
    // nginx numbers stable branches even (1.28, 1.30) and mainline odd.
    const nginx = /^nginx:1\.(\d+)-alpine$/.exec(compose.services.nginx!.image!);
    expect(Number(nginx?.[1]) % 2, 'nginx image is not a stable branch').toBe(0);
    expect(withKurrentDb.services.kurrentdb?.image).toMatch(
      /^docker\.kurrent\.io\/kurrent-lts\/kurrentdb:\d+\.0\.\d+$/,
    );
  });
});

describe('secure defaults', () => {
  const published = Object.entries(compose.services).flatMap(([name, s]) =>
    (s.ports ?? []).map((port) => [name, port] as const),
  );

  it('publishes every port on 127.0.0.1 unless PAYOUTS_BIND_ADDRESS says otherwise, the tools always', () => {
    expect(published.map(([name]) => name).sort()).toEqual(['grafana', 'jaeger', 'nginx', 'prometheus']);
    for (const [name, port] of published) {
      const allowed = name === 'nginx' ? /^\$\{PAYOUTS_BIND_ADDRESS:-127\.0\.0\.1\}:/ : /^127\.0\.0\.1:/;
      expect(port, name).toMatch(allowed);
    }
  });

  it('has no default credential: a missing one stops Compose with its name', () => {
    const text = read('docker-compose.yml');
    expect(text).not.toMatch(/PASSWORD(?!_FILE)[A-Z_]*:-/);
    expect(text).not.toMatch(/admin\/admin|GF_AUTH_ANONYMOUS_ENABLED: "true"/);
    expect(compose.services.postgres?.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?./);
    for (const [name, service] of appServices) {
      expect(service.environment?.NODE_ENV, name).toBe('production');
      expect(service.environment, name).not.toHaveProperty('DEV_API_KEY');
      expect(service.environment?.PGPASSWORD, name).toMatch(/^\$\{POSTGRES_PASSWORD:\?./);
      // The password never enters the URL, so no character of it can break the URL.
      expect(new URL(service.environment!.DATABASE_URL!).password, name).toBe('');
      expect(service.environment?.API_KEYS_FILE, name).toBe('/run/secrets/payouts-api-keys');
      expect(service.secrets, name).toContain('payouts-api-keys');
    }
    const grafana = compose.services.grafana!;
    expect(grafana.environment?.GF_AUTH_ANONYMOUS_ENABLED).toBe('false');
    expect(grafana.environment?.GF_SECURITY_ADMIN_PASSWORD__FILE).toBe('/run/secrets/grafana-admin-password');
    expect(grafana.secrets).toEqual(['grafana-admin-password']);
    for (const secret of ['payouts-api-keys', 'grafana-admin-password']) {
      expect(compose.secrets?.[secret]?.file, secret).toMatch(/\.\/deploy\/secrets\//);
    }
    expect(read('deploy/secrets/.gitignore')).toMatch(/^\*$/m);
  });

  it("hands the services' node-postgres any password through PGPASSWORD, with none in DATABASE_URL", () => {
    const password = 'p@ss:w/rd#?%&=+ é';
    const saved = process.env.PGPASSWORD;
    process.env.PGPASSWORD = password;
    try {
      const client = new pg.Client({ connectionString: appServices[0]![1].environment!.DATABASE_URL });
      expect(client.password).toBe(password);
      expect(client.user).toBe('payouts');
      expect(client.host).toBe('postgres');
    } finally {
      if (saved === undefined) delete process.env.PGPASSWORD;
      else process.env.PGPASSWORD = saved;
    }
  });

  it('make secrets creates an API key the services accept and passwords, and never overwrites them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'payouts-secrets-'));
    try {
      const env = {
        ...process.env,
        POSTGRES_PASSWORD: '',
        PAYOUTS_API_KEYS_FILE: join(dir, 'secrets/api-keys'),
        GRAFANA_ADMIN_PASSWORD_FILE: join(dir, 'secrets/grafana-admin-password'),
        PAYOUTS_ENV_FILE: join(dir, '.env'),
      };
      const first = spawnSync('bash', [join(root, 'deploy/secrets.sh')], { encoding: 'utf8', env });
      expect(first.status, first.stderr).toBe(0);
      const key = /^\s+(pk_\S+)$/m.exec(first.stdout)?.[1];
      expect(key, first.stdout).toBeDefined();
      const keys = parseApiKeys(readFileSync(env.PAYOUTS_API_KEYS_FILE, 'utf8'));
      expect(keys).toEqual([
        expect.objectContaining({
          tenant: 'local',
          scopes: ['payouts:write', 'payouts:read'],
          sha256: hashApiKey(key!),
        }),
      ]);
      expect(readFileSync(env.PAYOUTS_API_KEYS_FILE, 'utf8')).not.toContain(key);
      expect(readFileSync(env.GRAFANA_ADMIN_PASSWORD_FILE, 'utf8')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(statSync(join(dir, 'secrets')).mode & 0o777).toBe(0o700);
      const dotEnv = readFileSync(env.PAYOUTS_ENV_FILE, 'utf8');
      expect(dotEnv).toMatch(/^POSTGRES_PASSWORD=[A-Za-z0-9_-]{43}$/m);

      const again = spawnSync('bash', [join(root, 'deploy/secrets.sh')], { encoding: 'utf8', env });
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toBe('');
      expect(parseApiKeys(readFileSync(env.PAYOUTS_API_KEYS_FILE, 'utf8'))).toEqual(keys);
      expect(readFileSync(env.PAYOUTS_ENV_FILE, 'utf8')).toBe(dotEnv);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the proxy and the scrape config', () => {
  it('routes reads of /api/v1/payouts and /api/v1/reports to query-api, everything else to command-api', () => {
    const nginx = read('deploy/nginx/nginx.conf');
    expect(nginx).toMatch(/GET\s+query_api;/);
    expect(nginx).toMatch(/HEAD\s+query_api;/);
    expect(nginx).toMatch(/default\s+command_api;/);
    expect(nginx).toMatch(/location \/api\/v1\/payouts \{\s*proxy_pass http:\/\/\$payouts_backend;/);
    expect(nginx).toMatch(/location \/api\/v1\/reports \{\s*proxy_pass http:\/\/\$payouts_backend;/);
    expect(nginx).toMatch(/location \/api\/ \{\s*proxy_pass http:\/\/command_api;/);
    // Nothing outside /api/ is proxied: the services' operational routes stay inside.
    expect(nginx).toMatch(/location \/ \{\s*return 404;\s*\}/);
  });

  it('keeps connections to every replica of each service alive, re-resolving their names', () => {
    const nginx = read('deploy/nginx/nginx.conf');
    for (const service of ['command-api', 'query-api', 'notifier']) {
      const group = service.replace('-', '_');
      expect(nginx).toMatch(
        new RegExp(
          `upstream ${group} \\{\\s*zone ${group} \\d+k;\\s*server ${service}:8080 resolve;\\s*keepalive \\d+;`,
        ),
      );
    }
    expect(nginx).toMatch(/resolver 127\.0\.0\.11 valid=\d+s/);
    expect(nginx).toMatch(/proxy_http_version 1\.1;\s*proxy_set_header Connection "";/);
    // Every proxy_pass names a group (or the map of groups): a bare host name would skip keep-alive.
    for (const [, target] of nginx.matchAll(/proxy_pass http:\/\/([^;]+);/g)) {
      expect(['$payouts_backend', 'command_api', 'query_api', 'notifier']).toContain(target);
    }
  });

  it('answers each error nginx makes itself with a problem document of the same status', () => {
    const nginx = read('deploy/nginx/nginx.conf');
    const pages = [...nginx.matchAll(/error_page ([\d ]+) =(\d+) (\S+);/g)];
    const codes = pages.flatMap(([, from]) => from!.trim().split(/\s+/));
    for (const code of ['400', '404', '405', '408', '413', '414', '500', '501', '502', '503', '504', '505']) {
      expect(codes, code).toContain(code);
    }
    for (const [, , status, uri] of pages) {
      const page = new RegExp(
        `location = ${uri!.replaceAll('/', '\\/').replaceAll('.', '\\.')} \\{\\s*internal;\\s*default_type application\\/problem\\+json;[^}]*return ${status} '([^']+)\\\\n';`,
      ).exec(nginx);
      expect(page, `${uri}`).not.toBeNull();
      expect(JSON.parse(page![1]!)).toMatchObject({ type: 'about:blank', status: Number(status) });
    }
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

  it("runs tsx with the project's compiler options and installs without phoning home", () => {
    const dockerfile = read('Dockerfile');
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    const copied = [...runtime.matchAll(/^COPY --from=build (.+) \.\/?\S*$/gm)].flatMap(([, from]) =>
      from!.split(/\s+/),
    );
    for (const file of readdirSync(root).filter((f) => /^tsconfig.*\.json$/.test(f))) {
      expect(copied, `${file} is not in the runtime image`).toContain(`/app/${file}`);
    }
    // Set before the first install, so @scarf/scarf's postinstall sends nothing.
    expect(dockerfile.indexOf('ENV SCARF_ANALYTICS=false')).toBeGreaterThan(-1);
    expect(dockerfile.indexOf('ENV SCARF_ANALYTICS=false')).toBeLessThan(dockerfile.indexOf('RUN npm ci'));
  });
});
