import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import {
  type AuthEnv,
  apiKeyAuth,
  configuredApiKeys,
  hashApiKey,
  mintApiKey,
  parseApiKeys,
  routeScopeCheck,
  TENANT_SCOPES,
} from './auth.ts';
import { problemErrorHandler } from './problem.ts';

describe('API keys', () => {
  it('mints a key whose configuration line parses back to its hash, tenant and scopes', () => {
    const minted = mintApiKey({ id: 'acme-1', tenant: 'acme', scopes: ['payouts:write', 'audit:read'] });
    expect(minted.key).toMatch(/^pk_acme-1_[A-Za-z0-9_-]{43}$/);
    expect(minted.configLine).not.toContain(minted.key);
    expect(parseApiKeys(minted.configLine)).toEqual([
      {
        id: 'acme-1',
        tenant: 'acme',
        scopes: ['payouts:write', 'audit:read'],
        sha256: hashApiKey(minted.key),
      },
    ]);
    expect(mintApiKey({ id: 'acme-1', tenant: 'acme', scopes: ['payouts:write'] }).key).not.toBe(minted.key);
  });

  it('refuses to mint with a bad id, tenant or scope', () => {
    expect(() => mintApiKey({ id: 'a:b', tenant: 'acme', scopes: ['payouts:write'] })).toThrow(/id/);
    expect(() => mintApiKey({ id: 'a', tenant: 'ac,me', scopes: ['payouts:write'] })).toThrow(/tenant/);
    expect(() => mintApiKey({ id: 'a', tenant: 'acme', scopes: ['payouts:all' as never] })).toThrow(
      /unknown scope/,
    );
    expect(() => mintApiKey({ id: 'a', tenant: 'acme', scopes: [] })).toThrow(/scopes/);
  });

  it('names the malformed entry without echoing a hash', () => {
    const good = mintApiKey({ id: 'a', tenant: 't', scopes: ['payouts:read'] }).configLine;
    expect(() => parseApiKeys(`${good},b:t:payouts:read:nothex`)).toThrow('API key entry 2 is not');
    expect(() => parseApiKeys(`b:t:payouts:fly:${'a'.repeat(64)}`)).toThrow(/unknown scope payouts:fly/);
  });

  it('reads keys from API_KEYS and API_KEYS_FILE (comments and blank lines allowed)', () => {
    const one = mintApiKey({ id: 'one', tenant: 'acme', scopes: ['payouts:write'] });
    const two = mintApiKey({ id: 'two', tenant: 'globex', scopes: ['payouts:read'] });
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    const file = join(dir, 'api-keys');
    writeFileSync(file, `# globex\n\n${two.configLine}\n`);
    const keys = configuredApiKeys({ NODE_ENV: 'production', API_KEYS: one.configLine, API_KEYS_FILE: file });
    expect(keys.map((k) => [k.id, k.tenant])).toEqual([
      ['one', 'acme'],
      ['two', 'globex'],
    ]);
    expect(() => configuredApiKeys({ NODE_ENV: 'production', API_KEYS_FILE: join(dir, 'missing') })).toThrow(
      /API_KEYS_FILE: cannot read .*ENOENT/,
    );
    expect(() =>
      configuredApiKeys({
        NODE_ENV: 'production',
        API_KEYS: one.configLine,
        API_KEYS_FILE: file.replace('api-keys', 'dup'),
      }),
    ).toThrow(/API_KEYS_FILE/);
    writeFileSync(join(dir, 'dup'), one.configLine);
    expect(() =>
      configuredApiKeys({
        NODE_ENV: 'production',
        API_KEYS: one.configLine,
        API_KEYS_FILE: join(dir, 'dup'),
      }),
    ).toThrow(/configured twice/);
  });

  it('accepts DEV_API_KEY only outside production, and production refuses to start without keys', () => {
    const dev = configuredApiKeys({ NODE_ENV: 'development', DEV_API_KEY: 'dev-key-0123456789' });
    // Its own tenant's scopes; reading every tenant's audit trail is never given without asking.
    expect(dev).toEqual([expect.objectContaining({ id: 'dev', tenant: 'dev', scopes: [...TENANT_SCOPES] })]);
    expect(() => configuredApiKeys({ NODE_ENV: 'production', DEV_API_KEY: 'dev-key-0123456789' })).toThrow(
      /production needs at least one configured API key/,
    );
    expect(() => configuredApiKeys({ NODE_ENV: 'production' })).toThrow(/production/);
  });

  it('authenticates Bearer keys and checks the scopes a route declares, with problems for both failures', async () => {
    const writer = mintApiKey({ id: 'w', tenant: 'acme', scopes: ['payouts:write'] });
    const auditor = mintApiKey({ id: 'a', tenant: 'acme', scopes: ['audit:read'] });
    const app = new Hono<AuthEnv>();
    app.onError(problemErrorHandler(createLogger('test', 'silent')));
    app.use('*', apiKeyAuth(parseApiKeys([writer.configLine, auditor.configLine].join(','))));
    app.get('/read', routeScopeCheck([{ bearer: ['payouts:read'] }])!, (c) => c.text('ok'));
    app.get('/write', routeScopeCheck([{ bearer: ['payouts:write'] }])!, (c) =>
      c.json(c.get('principal').tenant),
    );
    const eitherScope = [{ bearer: ['payouts:read'] }, { bearer: ['audit:read'] }];
    app.get('/history', routeScopeCheck(eitherScope)!, (c) => c.text('ok'));
    const as = (key: string) => ({ headers: { Authorization: `Bearer ${key}` } });
    expect((await app.request('/write', as(writer.key))).status).toBe(200);
    expect((await app.request('/write', { headers: { Authorization: `bearer ${writer.key}` } })).status).toBe(
      200,
    );
    const missing = await app.request('/write');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('Content-Type')).toBe('application/problem+json');
    expect(missing.headers.get('WWW-Authenticate')).toBe('Bearer realm="payouts"');
    expect((await app.request('/write', { headers: { Authorization: `Basic ${writer.key}` } })).status).toBe(
      401,
    );
    const forbidden = await app.request('/read', as(writer.key));
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { detail: string }).detail).toBe(
      'this API key needs the payouts:read scope',
    );
    expect((await app.request('/history', as(auditor.key))).status).toBe(200);
    const neither = await app.request('/history', as(writer.key));
    expect(neither.status).toBe(403);
    expect(((await neither.json()) as { detail: string }).detail).toBe(
      'this API key needs one of these scopes: payouts:read, audit:read',
    );
  });

  it('has no check for a route without security, and refuses a requirement naming no scope or an unknown one', () => {
    expect(routeScopeCheck(undefined)).toBeNull();
    expect(routeScopeCheck([])).toBeNull();
    expect(() => routeScopeCheck([{ bearer: [] }])).toThrow(/names no scope/);
    expect(() => routeScopeCheck([{ bearer: ['payouts:read'] }, { bearer: [] }])).toThrow(/names no scope/);
    expect(() => routeScopeCheck([{ bearer: ['payouts:admin'] }])).toThrow(/unknown scopes: payouts:admin/);
  });
});
