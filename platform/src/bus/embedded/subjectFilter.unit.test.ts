import { describe, expect, it } from 'vitest';
import { subjectPattern } from './subjectFilter.ts';

const matches = (filter: string, subject: string) => new RegExp(subjectPattern(filter)).test(subject);

describe('NATS subject filters as regular expressions', () => {
  it('matches a literal subject exactly, dots and dashes included', () => {
    expect(matches('payouts-a.events.PayoutRequested', 'payouts-a.events.PayoutRequested')).toBe(true);
    expect(matches('payouts-a.events.PayoutRequested', 'payouts-a.events.PayoutRequestedLater')).toBe(false);
    expect(matches('payouts-a.events.PayoutRequested', 'payouts-aXevents.PayoutRequested')).toBe(false);
    expect(matches('payouts-a.events.PayoutRequested', 'x.payouts-a.events.PayoutRequested')).toBe(false);
  });

  it('* stands for exactly one token', () => {
    expect(matches('p.*.Requested', 'p.events.Requested')).toBe(true);
    expect(matches('p.*.Requested', 'p.a.b.Requested')).toBe(false);
    expect(matches('p.events.*', 'p.events')).toBe(false);
  });

  it('a final > stands for one token or more', () => {
    expect(matches('p.events.>', 'p.events.A')).toBe(true);
    expect(matches('p.events.>', 'p.events.A.B')).toBe(true);
    expect(matches('p.events.>', 'p.events')).toBe(false);
    expect(matches('p.events.>', 'p.eventsX.A')).toBe(false);
  });

  it('refuses filters NATS refuses', () => {
    expect(() => subjectPattern('p..events')).toThrow(/empty token/);
    expect(() => subjectPattern('p.>.events')).toThrow(/> must be last/);
  });
});
