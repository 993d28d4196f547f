// API keys: `Authorization: Bearer <key>`. Only SHA-256 hashes of keys are configured (keys are long
// random strings, so a fast hash is enough); each key has an id, a tenant and scopes.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { MiddlewareHandler } from 'hono';
import { ConfigError } from '../config.ts';
import { HttpProblem } from './problem.ts';

/** Scopes bound to the key's tenant: a key of tenant T acts on, and reads, T's payouts only. */
export const TENANT_SCOPES = [
  'payouts:write',
  'payouts:read',
  'audit:read',
  'webhooks:write',
  'webhooks:read',
] as const;
/** Audit reads of every tenant: a scope of its own, never a default, issued only when named. */
export const ALL_TENANTS_AUDIT_SCOPE = 'audit:read:all-tenants';
const SCOPES = [...TENANT_SCOPES, ALL_TENANTS_AUDIT_SCOPE] as const;
export type Scope = (typeof SCOPES)[number];

export type Principal = { keyId: string; tenant: string; scopes: ReadonlySet<Scope> };
export type AuthEnv = { Variables: { principal: Principal } };

export type ApiKeyRecord = { id: string; tenant: string; scopes: Scope[]; sha256: string };

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Parses `API_KEYS`: entries separated by commas or new lines, each `id:tenant:scope+scope:sha256hex`.
 * Throws with the bad entry's position (never its hash) when one is malformed.
 */
export function parseApiKeys(text: string): ApiKeyRecord[] {
  return text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && !entry.startsWith('#'))
    .map((entry, index) => {
      // Scopes contain colons themselves (`payouts:write`): the id and tenant are the first two
      // parts, the hash the last, and the scopes everything between.
      const parts = entry.split(':');
      const [id, tenant] = parts;
      const sha256 = parts.length >= 4 ? parts.at(-1) : undefined;
      const scopeList = parts.slice(2, -1).join(':').split('+');
      if (!id || !tenant || !sha256 || !/^[0-9a-f]{64}$/.test(sha256)) {
        throw new Error(`API key entry ${index + 1} is not id:tenant:scopes:sha256hex`);
      }
      const unknown = scopeList.filter((s) => !isScope(s));
      if (unknown.length > 0) throw new Error(`API key ${id}: unknown scope ${unknown.join(', ')}`);
      return { id, tenant, scopes: scopeList as Scope[], sha256 };
    });
}

function isScope(name: string): name is Scope {
  return (SCOPES as readonly string[]).includes(name);
}

/** Whether the key may audit what belongs to `tenant`: its own tenant's, or any tenant's with the all-tenants scope. */
export function auditsTenant(principal: Principal, tenant: string | undefined): boolean {
  return tenant === principal.tenant || principal.scopes.has(ALL_TENANTS_AUDIT_SCOPE);
}

const unauthorized = () =>
  new HttpProblem(401, 'Unauthorized', 'send a valid API key as "Authorization: Bearer <key>"', {
    headers: { 'WWW-Authenticate': 'Bearer realm="payouts"' },
  });

export function apiKeyAuth(records: ApiKeyRecord[]): MiddlewareHandler<AuthEnv> {
  const byHash = new Map(
    records.map((r): [string, Principal] => [
      r.sha256,
      { keyId: r.id, tenant: r.tenant, scopes: new Set(r.scopes) },
    ]),
  );
  // Keys already seen valid, so that a client's every request does not hash its key again (a SHA-256
  // per request was a few per cent of a read's CPU). Only valid keys get in, so it holds at most one
  // entry per configured key; an invalid key is hashed every time, as before.
  const known = new Map<string, Principal>();
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const key = match?.[1];
    let principal = key === undefined ? undefined : known.get(key);
    if (principal === undefined && key !== undefined) {
      principal = byHash.get(hashApiKey(key));
      if (principal !== undefined) known.set(key, principal);
    }
    if (!principal) throw unauthorized();
    c.set('principal', principal);
    await next();
  };
}

/** A route's OpenAPI `security`: the request is let in when it meets any one requirement. */
export type SecurityRequirements = readonly Readonly<Record<string, readonly string[]>>[] | undefined;

/**
 * The scope check a route declares in its OpenAPI `security` (`[{ bearer: ['payouts:read'] }]`), so
 * the document a client reads and the check the server makes are one declaration. Null when the
 * route declares no security. A requirement naming no scope, or a scope this service does not know,
 * stops the start-up rather than letting every key in.
 */
export function routeScopeCheck(security: SecurityRequirements): MiddlewareHandler<AuthEnv> | null {
  const alternatives = (security ?? []).map((requirement) => Object.values(requirement).flat());
  if (alternatives.length === 0) return null;
  if (alternatives.some((scopes) => scopes.length === 0)) {
    throw new Error("a route's security requirement names no scope: name the scopes it needs");
  }
  const unknown = alternatives.flat().filter((scope) => !isScope(scope));
  if (unknown.length > 0) throw new Error(`a route declares unknown scopes: ${unknown.join(', ')}`);
  const needed =
    alternatives.length === 1 && alternatives[0]!.length === 1
      ? `the ${alternatives[0]![0]} scope`
      : `one of these scopes: ${alternatives.map((scopes) => scopes.join(' and ')).join(', ')}`;
  return async (c, next) => {
    // Fails closed: a route that declares scopes on a path nobody authenticated is refused.
    const principal = c.get('principal');
    if (!principal) throw unauthorized();
    if (!alternatives.some((scopes) => scopes.every((scope) => principal.scopes.has(scope as Scope)))) {
      throw new HttpProblem(403, 'Forbidden', `this API key needs ${needed}`);
    }
    await next();
  };
}

/**
 * The keys a service accepts: API_KEYS and the lines of API_KEYS_FILE (same format; a file keeps
 * hashes out of the process environment), plus DEV_API_KEY (tenant dev, every scope of its tenant)
 * outside production.
 */
export function configuredApiKeys(config: {
  NODE_ENV: string;
  API_KEYS?: string | undefined;
  API_KEYS_FILE?: string | undefined;
  DEV_API_KEY?: string | undefined;
}): ApiKeyRecord[] {
  const parse = (setting: string, text: string) => {
    try {
      return parseApiKeys(text);
    } catch (err) {
      throw new ConfigError([`${setting}: ${(err as Error).message}`]);
    }
  };
  const keys = parse('API_KEYS', config.API_KEYS ?? '');
  if (config.API_KEYS_FILE) {
    let text: string;
    try {
      text = readFileSync(config.API_KEYS_FILE, 'utf8');
    } catch (err) {
      throw new ConfigError([
        `API_KEYS_FILE: cannot read ${config.API_KEYS_FILE} (${(err as NodeJS.ErrnoException).code})`,
      ]);
    }
    keys.push(...parse('API_KEYS_FILE', text));
  }
  const ids = keys.map((k) => k.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate)
    throw new ConfigError([`API_KEYS, API_KEYS_FILE: API key id ${duplicate} is configured twice`]);
  if (config.NODE_ENV !== 'production' && config.DEV_API_KEY) {
    keys.push({
      id: 'dev',
      tenant: 'dev',
      scopes: [...TENANT_SCOPES],
      sha256: hashApiKey(config.DEV_API_KEY),
    });
  }
  if (keys.length === 0) {
    throw new ConfigError([
      config.NODE_ENV === 'production'
        ? 'API_KEYS: production needs at least one configured API key (DEV_API_KEY is ignored there)'
        : 'API_KEYS, API_KEYS_FILE or DEV_API_KEY: configure at least one API key',
    ]);
  }
  return keys;
}

export type MintedApiKey = {
  /** Shown once to whoever minted it; only its hash is ever stored. */
  key: string;
  /** The API_KEYS / API_KEYS_FILE line that makes the service accept it. */
  configLine: string;
};

const KEY_PART = /^[A-Za-z0-9_.-]+$/;

/** A new random key (32 bytes, base64url) and its configuration line `id:tenant:scopes:sha256`. */
export function mintApiKey(options: { id: string; tenant: string; scopes: Scope[] }): MintedApiKey {
  for (const [name, value] of [
    ['id', options.id],
    ['tenant', options.tenant],
  ] as const) {
    if (!KEY_PART.test(value))
      throw new Error(`${name} must be letters, digits, _ . or - (got ${JSON.stringify(value)})`);
  }
  if (options.scopes.length === 0) throw new Error('scopes: name at least one');
  const unknown = options.scopes.filter((s) => !isScope(s));
  if (unknown.length > 0) throw new Error(`unknown scope ${unknown.join(', ')}; known: ${SCOPES.join(', ')}`);
  const key = `pk_${options.id}_${randomBytes(32).toString('base64url')}`;
  return {
    key,
    configLine: `${options.id}:${options.tenant}:${options.scopes.join('+')}:${hashApiKey(key)}`,
  };
}
