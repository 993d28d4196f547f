// A stand-in for a real payment provider, with a configurable latency. Idempotent by payout id.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PaymentOutcome, PaymentProvider } from './port.ts';

export type SimulatedProviderOptions = { latencyMs: number };

export function createSimulatedProvider(
  options: SimulatedProviderOptions,
): PaymentProvider & { payments(): number } {
  const outcomes = new Map<string, PaymentOutcome>();
  return {
    async pay(request) {
      if (options.latencyMs > 0) await sleep(options.latencyMs);
      const known = outcomes.get(request.payout_id);
      if (known) return known;
      const outcome: PaymentOutcome = { status: 'paid', reference: `sim_${randomUUID()}` };
      outcomes.set(request.payout_id, outcome);
      return outcome;
    },
    payments: () => outcomes.size,
  };
}
