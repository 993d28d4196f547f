import { describe, expect, it } from 'vitest';
import { singleNodeTarget, throughProxy } from './connectionString.ts';

describe('KurrentDB connection strings', () => {
  it('finds the single node, with the default port when none is given', () => {
    expect(singleNodeTarget('kurrentdb://db.internal:2114?tls=false')).toEqual({
      host: 'db.internal',
      port: 2114,
    });
    expect(singleNodeTarget('esdb://admin:changeit@db.internal')).toEqual({
      host: 'db.internal',
      port: 2113,
    });
  });

  it('aims the same connection at a local proxy, keeping credentials and options', () => {
    expect(throughProxy('kurrentdb://db.internal:2113?tls=false', 40000)).toBe(
      'kurrentdb://127.0.0.1:40000?tls=false',
    );
    expect(throughProxy('esdb://admin:changeit@db.internal:2113', 40000)).toBe(
      'esdb://admin:changeit@127.0.0.1:40000?tlsVerifyCert=false',
    );
  });

  it('refuses what cannot go through one proxy', () => {
    expect(() => singleNodeTarget('kurrentdb+discover://a:2113,b:2113')).toThrow(/single-node/);
    expect(() => singleNodeTarget('http://a:2113')).toThrow(/not a KurrentDB connection string/);
  });
});
