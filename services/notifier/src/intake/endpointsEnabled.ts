// Whether any webhook endpoint is enabled anywhere: the intake's first question for every payout
// event, and with none there is nothing more to do. Asked of PostgreSQL for each event it was the
// most frequent statement of the whole pipeline (three per payout, more than every other statement
// together: bench/RESULTS.md, "CPU per payout"). So the answer is kept, and trusted only while a
// LISTEN connection has been up since it was read: a trigger on webhook_endpoints (notifier
// migration 002) notifies every change of the table, and a notification, a lost connection or a
// reconnection makes the next question go to PostgreSQL again. When not listening, every question
// goes to PostgreSQL, as before.
import type { Notifier } from '@payouts/platform';
import type pg from 'pg';

export const ENDPOINTS_CHANGED_CHANNEL = 'webhook_endpoints_changed';

export type EndpointsEnabled = () => Promise<boolean>;

/** Asks PostgreSQL every time: for tests that drive the intake without a listener. */
export function queryEndpointsEnabled(pool: pg.Pool): EndpointsEnabled {
  return async () => {
    const { rows } = await pool.query(`select 1 from webhook_endpoints where status = 'enabled' limit 1`);
    return rows.length > 0;
  };
}

/** Asks PostgreSQL only when the table may have changed since the last answer. */
export function listeningEndpointsEnabled(pool: pg.Pool, changes: Notifier): EndpointsEnabled {
  const ask = queryEndpointsEnabled(pool);
  let known: { generation: number; enabled: boolean } | null = null;
  return async () => {
    if (known !== null && known.generation === changes.generation() && changes.listening()) {
      return known.enabled;
    }
    // Read the generation before asking: a change that commits while the query runs bumps it, and
    // the answer, which may predate the change, is then used once and asked again next time.
    const generation = changes.generation();
    const listening = changes.listening();
    const enabled = await ask();
    known = listening ? { generation, enabled } : null;
    return enabled;
  };
}
