// Reading and rewriting KurrentDB connection strings (kurrentdb://[user:pass@]host[:port][?options]).
import { KURRENTDB_URL_SCHEMES } from './kurrentDbEventStore.ts';

const DEFAULT_PORT = 2113;
const PARTS = /^([a-z]+(?:\+discover)?:\/\/)(?:([^@/?]*)@)?([^/?]+)\/?(?:\?(.*))?$/;

/** The one node a single-node connection string names. */
export function singleNodeTarget(connectionString: string): { host: string; port: number } {
  const parts = parse(connectionString);
  const [host, port] = parts.hosts.split(':');
  return { host: host!, port: port ? Number(port) : DEFAULT_PORT };
}

/**
 * The same connection string aimed at 127.0.0.1:`port`. Certificates name the real host, so a TLS
 * connection through the proxy skips checking the certificate: this is for tests only.
 */
export function throughProxy(connectionString: string, port: number): string {
  const parts = parse(connectionString);
  const options = new URLSearchParams(parts.options);
  const tls = (options.get('tls') ?? 'true').toLowerCase() !== 'false';
  if (tls) options.set('tlsVerifyCert', 'false');
  const query = options.toString();
  return `${parts.scheme}${parts.userinfo ? `${parts.userinfo}@` : ''}127.0.0.1:${port}${query ? `?${query}` : ''}`;
}

function parse(connectionString: string) {
  const m = PARTS.exec(connectionString);
  if (!m || !KURRENTDB_URL_SCHEMES.test(connectionString)) {
    throw new Error(`not a KurrentDB connection string: ${connectionString}`);
  }
  const [, scheme, userinfo, hosts, options] = m;
  if (scheme!.includes('+discover') || hosts!.includes(',')) {
    throw new Error('only a single-node connection string can be routed through a proxy');
  }
  return { scheme: scheme!, userinfo, hosts: hosts!, options: options ?? '' };
}
