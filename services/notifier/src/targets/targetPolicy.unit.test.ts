import { describe, expect, it } from 'vitest';
import {
  addressRefusal,
  parseTarget,
  resolveTarget,
  type TargetPolicy,
  TargetRefused,
} from './targetPolicy.ts';

const production: TargetPolicy = { production: true, allowedHosts: new Set() };
const development: TargetPolicy = { production: false, allowedHosts: new Set() };

describe('webhook target policy', () => {
  it('refuses loopback, private, link-local, metadata and other special addresses in production', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.9',
      '192.168.1.1',
      '169.254.169.254', // cloud metadata
      '100.100.100.200', // Alibaba's metadata, in carrier-grade NAT space
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      'fe80::1',
      'fd00:ec2::254', // AWS metadata over IPv6
      '::ffff:127.0.0.1', // IPv4-mapped loopback
      '::ffff:10.0.0.1',
    ]) {
      expect(addressRefusal(address, production), address).not.toBeNull();
    }
    for (const address of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']) {
      expect(addressRefusal(address, production), address).toBeNull();
    }
  });

  it('allows loopback outside production, and nothing else private', () => {
    expect(addressRefusal('127.0.0.1', development)).toBeNull();
    expect(addressRefusal('::1', development)).toBeNull();
    expect(addressRefusal('10.0.0.1', development)).not.toBeNull();
    expect(addressRefusal('169.254.169.254', development)).not.toBeNull();
  });

  it('wants https in production and never credentials in the URL', () => {
    expect(() => parseTarget('http://example.com/hook', production)).toThrow(/https/);
    expect(parseTarget('https://example.com/hook', production).hostname).toBe('example.com');
    expect(parseTarget('http://example.com/hook', development).protocol).toBe('http:');
    expect(() => parseTarget('https://u:p@example.com/', production)).toThrow(TargetRefused);
    expect(() => parseTarget('file:///etc/passwd', development)).toThrow(/http or https/);
    expect(() => parseTarget('not a url', development)).toThrow(/absolute URL/);
  });

  it('refuses a host if any of its addresses is refused, unless the host is allowed', async () => {
    const resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    await expect(
      resolveTarget(new URL('https://mixed.example/'), { ...production, resolve }),
    ).rejects.toThrow(/10\.0\.0\.7 is a private address/);
    const allowed = { ...production, resolve, allowedHosts: new Set(['mixed.example']) };
    await expect(resolveTarget(new URL('https://mixed.example/'), allowed)).resolves.toEqual({
      address: '93.184.216.34',
      family: 4,
    });
    await expect(resolveTarget(new URL('https://[::1]/'), production)).rejects.toThrow(/loopback/);
  });
});
