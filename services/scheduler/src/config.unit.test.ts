import { ConfigError, loadConfig } from '@payouts/platform';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, schedulerEnv } from './config.ts';

describe('scheduler configuration', () => {
  it('defaults every schedule', () => {
    const config = loadConfig(schedulerEnv, {});
    expect(config.SCHEDULE_RELEASE_SCHEDULED).toBe(DEFAULT_SCHEDULES.release_scheduled);
    expect(config.SCHEDULE_DAILY_TOTALS).toBe(DEFAULT_SCHEDULES.daily_totals);
  });

  it('takes 5- and 6-field cron patterns', () => {
    const config = loadConfig(schedulerEnv, {
      SCHEDULE_DAILY_TOTALS: '5 0 * * *',
      SCHEDULE_RELEASE_SCHEDULED: '*/5 * * * * *',
    });
    expect(config.SCHEDULE_DAILY_TOTALS).toBe('5 0 * * *');
  });

  it('names a bad schedule', () => {
    expect(() => loadConfig(schedulerEnv, { SCHEDULE_REDISPATCH_PENDING: 'every minute' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig(schedulerEnv, { SCHEDULE_REDISPATCH_PENDING: 'every minute' })).toThrow(
      /SCHEDULE_REDISPATCH_PENDING: a cron pattern/,
    );
  });
});
