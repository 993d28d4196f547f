import { ConfigError, loadConfig } from '@payouts/platform';
import { describe, expect, it } from 'vitest';
import { processorEnv } from './config.ts';

describe('processor configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig(processorEnv, {});
    expect(config).toMatchObject({
      PROCESSOR_CONCURRENCY: 256,
      PROCESSOR_MAX_IN_FLIGHT: 2_000,
      PROCESSOR_MAX_ATTEMPTS: 5,
      PROVIDER_TRANSIENT_FAILURE_RATE: 0,
      PROVIDER_PERMANENT_FAILURE_RATE: 0,
    });
  });

  it('names every bad variable', () => {
    try {
      loadConfig(processorEnv, {
        PROVIDER_TRANSIENT_FAILURE_RATE: '1.5',
        PROVIDER_PERMANENT_FAILURE_RATE: 'often',
        PROCESSOR_MAX_ATTEMPTS: '0',
        PROVIDER_LATENCY_MS: '-1',
        PROCESSOR_MAX_IN_FLIGHT: '0',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const text = (err as ConfigError).problems.join('\n');
      for (const name of [
        'PROVIDER_TRANSIENT_FAILURE_RATE',
        'PROVIDER_PERMANENT_FAILURE_RATE',
        'PROCESSOR_MAX_ATTEMPTS',
        'PROVIDER_LATENCY_MS',
        'PROCESSOR_MAX_IN_FLIGHT',
      ]) {
        expect(text).toContain(name);
      }
    }
  });
});
