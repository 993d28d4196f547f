// Which URLs webhooks may go to. In production a target must be https and resolve only to public
// unicast addresses: never loopback, private, link-local (cloud metadata lives at 169.254.169.254),
// carrier-grade NAT, multicast or reserved space, unless its host is listed in WEBHOOK_ALLOWED_HOSTS.
// Outside production loopback is allowed too, so a developer can point an endpoint at a local
// receiver. Checked when an endpoint is saved and again before every attempt, which then connects to
// the very address it checked (see send.ts), so a name that resolves differently later (DNS
// rebinding) cannot reach inside.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type TargetPolicy = {
  production: boolean;
  /** Lower-case host names or IP literals exempt from the address check. */
  allowedHosts: ReadonlySet<string>;
  /** Name resolution; tests pass their own to play a rebinding name. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
};

export class TargetRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetRefused';
  }
}

export function targetPolicy(config: { NODE_ENV: string; WEBHOOK_ALLOWED_HOSTS: string }): TargetPolicy {
  return {
    production: config.NODE_ENV === 'production',
    allowedHosts: new Set(
      config.WEBHOOK_ALLOWED_HOSTS.split(',')
        .map((h) => h.trim().toLowerCase())
        .filter((h) => h !== ''),
    ),
  };
}

/** The URL as a target, or why it cannot be one (without resolving its host). */
export function parseTarget(text: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TargetRefused('is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TargetRefused('must be http or https');
  if (policy.production && url.protocol !== 'https:') throw new TargetRefused('must be https in production');
  // Credentials in a URL end up in logs and in every GET of the endpoint; the signature authenticates.
  if (url.username !== '' || url.password !== '')
    throw new TargetRefused('must not carry a user name or password');
  if (url.hostname === '') throw new TargetRefused('has no host');
  return url;
}

/** Why webhooks may not go to this address, or null when they may. */
export function addressRefusal(address: string, policy: TargetPolicy): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const parsed = ipaddr.process(address); // an IPv4-mapped IPv6 address is judged as the IPv4 one
  const range = parsed.range();
  if (range === 'unicast') return null;
  if (range === 'loopback' && !policy.production) return null;
  return `${address} is a ${range} address`;
}

/** Strips IPv6 brackets: URL keeps them in hostname. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/**
 * Resolves the target's host and checks every address it has (one bad address refuses the host:
 * which one a connection would use is not ours to choose). Returns the address to connect to.
 */
export async function resolveTarget(
  url: URL,
  policy: TargetPolicy,
): Promise<{ address: string; family: number }> {
  const host = bareHost(url);
  const allowed = policy.allowedHosts.has(host);
  let addresses: { address: string; family: number }[];
  if (isIP(host) !== 0) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await (policy.resolve ?? ((h) => lookup(h, { all: true, verbatim: true })))(host);
    } catch (err) {
      throw new TargetRefused(
        `host ${host} does not resolve (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  const first = addresses[0];
  if (!first) throw new TargetRefused(`host ${host} has no address`);
  if (!allowed) {
    for (const { address } of addresses) {
      const refusal = addressRefusal(address, policy);
      if (refusal !== null) throw new TargetRefused(`host ${host} resolves to ${refusal}`);
    }
  }
  return first;
}
