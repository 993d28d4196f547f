import { hashApiKey, parseApiKeys } from '@payouts/platform';
import { describe, expect, it } from 'vitest';
import { runMintApiKey } from './mintApiKey.ts';

describe('mint-key', () => {
  it('prints the key once and the configuration line holding only its hash', () => {
    const { stdout, exitCode } = runMintApiKey([
      '--tenant',
      'acme',
      '--id',
      'acme-ci',
      '--scopes',
      'payouts:read',
    ]);
    expect(exitCode).toBe(0);
    const key = /^\s+(pk_\S+)$/m.exec(stdout)?.[1];
    const line = /^\s+(acme-ci:\S+)$/m.exec(stdout)?.[1];
    expect(key).toBeDefined();
    expect(stdout.split(key!).length).toBe(2); // exactly once
    expect(parseApiKeys(line!)).toEqual([
      { id: 'acme-ci', tenant: 'acme', scopes: ['payouts:read'], sha256: hashApiKey(key!) },
    ]);
  });

  it('defaults the id and scopes, and explains bad input with exit code 2', () => {
    const minted = runMintApiKey(['--tenant', 'acme']);
    expect(minted.stdout).toMatch(/acme-[0-9a-f]{8}:acme:payouts:write\+payouts:read:[0-9a-f]{64}/);
    expect(runMintApiKey([])).toMatchObject({ exitCode: 2, stdout: expect.stringContaining('usage') });
    expect(runMintApiKey(['--tenant', 'acme', '--scopes', 'root'])).toMatchObject({
      exitCode: 2,
      stdout: expect.stringContaining('unknown scope root'),
    });
    expect(runMintApiKey(['--bogus'])).toMatchObject({ exitCode: 2 });
  });

  it("issues audit:read bound to the tenant, and every tenant's audit only when named", () => {
    const tenantAuditor = runMintApiKey(['--tenant', 'beta', '--id', 'beta-audit', '--scopes', 'audit:read']);
    const line = /^\s+(beta-audit:\S+)$/m.exec(tenantAuditor.stdout)?.[1];
    expect(parseApiKeys(line!)[0]).toMatchObject({ tenant: 'beta', scopes: ['audit:read'] });
    expect(tenantAuditor.stdout).not.toMatch(/every tenant/);
    expect(runMintApiKey(['--tenant', 'beta']).stdout).not.toContain('all-tenants');

    const everyTenant = runMintApiKey([
      '--tenant',
      'ops',
      '--id',
      'ops-audit',
      '--scopes',
      'audit:read:all-tenants',
    ]);
    expect(everyTenant.exitCode).toBe(0);
    expect(everyTenant.stdout).toContain('It reads the audit trail of every tenant');
    const allLine = /^\s+(ops-audit:\S+)$/m.exec(everyTenant.stdout)?.[1];
    expect(parseApiKeys(allLine!)[0]).toMatchObject({ tenant: 'ops', scopes: ['audit:read:all-tenants'] });
    expect(runMintApiKey(['--help']).stdout).toMatch(
      /audit:read:all-tenants\s+reads every tenant's audit trail/,
    );
  });
});
