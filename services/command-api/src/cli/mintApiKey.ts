// `npm run mint-key -w @payouts/command-api -- --tenant acme [--id acme-1] [--scopes payouts:write+payouts:read]`
// Prints a new API key once (it is never stored) and the API_KEYS / API_KEYS_FILE line that holds
// only its hash. Nothing is written anywhere: the operator puts the line where the services read it.
// Every scope acts within the key's tenant, except audit:read:all-tenants, which reads every
// tenant's audit trail: never a default, issued only when --scopes names it.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ALL_TENANTS_AUDIT_SCOPE, mintApiKey, type Scope, TENANT_SCOPES } from '@payouts/platform';

const USAGE = [
  `usage: mint-key --tenant <tenant> [--id <key id>] [--scopes ${TENANT_SCOPES.join('+')}]`,
  `  scopes act on the key's own tenant (default payouts:write+payouts:read); ${ALL_TENANTS_AUDIT_SCOPE}`,
  "  reads every tenant's audit trail and is issued only when named.",
].join('\n');

export function runMintApiKey(argv: string[]): { stdout: string; exitCode: number } {
  let values: {
    tenant?: string | undefined;
    id?: string | undefined;
    scopes?: string | undefined;
    help?: boolean | undefined;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        tenant: { type: 'string' },
        id: { type: 'string' },
        scopes: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    return { stdout: `${(err as Error).message}\n${USAGE}\n`, exitCode: 2 };
  }
  if (values.help || !values.tenant) return { stdout: `${USAGE}\n`, exitCode: values.help ? 0 : 2 };
  const id = values.id ?? `${values.tenant}-${randomBytes(4).toString('hex')}`;
  const scopes = (values.scopes ?? 'payouts:write+payouts:read').split('+') as Scope[];
  try {
    const minted = mintApiKey({ id, tenant: values.tenant, scopes });
    return {
      stdout: [
        `API key (shown once; only its hash is kept):`,
        `  ${minted.key}`,
        '',
        ...(scopes.includes(ALL_TENANTS_AUDIT_SCOPE)
          ? [
              `It reads the audit trail of every tenant, not only ${values.tenant} (${ALL_TENANTS_AUDIT_SCOPE}).`,
              '',
            ]
          : []),
        'Add this line to API_KEYS (comma-separated) or to the file named by API_KEYS_FILE:',
        `  ${minted.configLine}`,
        '',
      ].join('\n'),
      exitCode: 0,
    };
  } catch (err) {
    return { stdout: `${(err as Error).message}\n${USAGE}\n`, exitCode: 2 };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { stdout, exitCode } = runMintApiKey(process.argv.slice(2));
  process.stdout.write(stdout);
  process.exitCode = exitCode;
}
