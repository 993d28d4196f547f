// A stand-in for a real payment provider that behaves like one across restarts of the processor: its
// records live in PostgreSQL (its own table), a second request for a payout answers the first
// outcome, and a status query says what it did. Latency and failure rates are configurable, and some
// recipients always take one path so anyone can try each by hand:
//   recipient_account starting with FAIL_PERMANENT -> declined (`account_closed`), never retried
//   recipient_account starting with FAIL_TRANSIENT -> provider unavailable every time, retried until
//                                                    the attempts run out (`attempts_exhausted`)
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ConfigError,
  createInFlightGroups,
  createKysely,
  type Outcome,
  runMigrations,
} from '@payouts/platform';
import { type Migration, sql } from 'kysely';
import type pg from 'pg';
import {
  type PaymentOutcome,
  type PaymentProvider,
  type PaymentRequest,
  ProviderUnavailable,
} from './port.ts';

const FAIL_PERMANENT_PREFIX = 'FAIL_PERMANENT';
const FAIL_TRANSIENT_PREFIX = 'FAIL_TRANSIENT';

export type SimulatedProviderOptions = {
  /** Time each call takes. A payment is recorded first and answered after it, as a real provider's reply travels back. */
  latencyMs: number;
  /** Share of payments (0..1) answered with ProviderUnavailable, recording nothing. */
  transientFailureRate?: number;
  /** Share of payments (0..1) declined for good. */
  permanentFailureRate?: number;
  /** Defaults to Math.random; tests pass their own. */
  random?: () => number;
};

type PaymentRow = {
  payout_id: string;
  amount: string;
  currency: string;
  recipient_account: string;
  status: 'paid' | 'declined';
  reference: string | null;
  code: string | null;
  message: string | null;
};

export type SimulatedProvider = PaymentProvider & {
  /** How often the provider answered a payout from its record: pay calls after the first, status queries. */
  record(payoutId: string): Promise<{ status: string; replays: number; status_queries: number } | null>;
};

export async function createSimulatedProvider(
  pool: pg.Pool,
  options: SimulatedProviderOptions,
): Promise<SimulatedProvider> {
  const transient = options.transientFailureRate ?? 0;
  const permanent = options.permanentFailureRate ?? 0;
  if (transient + permanent > 1) {
    throw new ConfigError([
      `PROVIDER_TRANSIENT_FAILURE_RATE + PROVIDER_PERMANENT_FAILURE_RATE: at most 1 together (got ${transient} + ${permanent})`,
    ]);
  }
  const random = options.random ?? Math.random;
  await ensureTable(pool);
  const latency = () => (options.latencyMs > 0 ? sleep(options.latencyMs) : Promise.resolve());
  const recordFirst = createInFlightGroups((rows: PaymentRow[]) => insertFirstPayments(pool, rows), 100);

  return {
    async pay(request) {
      const outcome = outcomeFor(request, random(), transient, permanent);
      if (outcome === 'unavailable') {
        // Even an outage answers a payout it already paid from its record.
        const known = await replay(pool, request);
        await latency();
        if (known) return known;
        throw new ProviderUnavailable('simulated provider: service unavailable, try again');
      }
      // The record is the idempotency check; first payments made together share one statement.
      const inserted = await recordFirst({
        payout_id: request.payout_id,
        amount: request.amount,
        currency: request.currency,
        recipient_account: request.recipient_account,
        status: outcome.status,
        reference: outcome.status === 'paid' ? outcome.reference : null,
        code: outcome.status === 'declined' ? outcome.code : null,
        message: outcome.status === 'declined' ? outcome.message : null,
      });
      // This payout was paid (or declined) before: the first outcome is the answer.
      const answer = inserted ? toOutcome(inserted) : await replay(pool, request);
      if (!answer) throw new Error(`simulated provider: payment ${request.payout_id} vanished`);
      await latency();
      return answer;
    },
    async status(payoutId) {
      await latency();
      const { rows } = await pool.query<PaymentRow>(
        `update simulated_provider_payments set status_queries = status_queries + 1
         where payout_id = $1 returning *`,
        [payoutId],
      );
      return rows[0] ? toOutcome(rows[0]) : null;
    },
    async record(payoutId) {
      const { rows } = await pool.query<{ status: string; replays: number; status_queries: number }>(
        'select status, replays, status_queries from simulated_provider_payments where payout_id = $1',
        [payoutId],
      );
      return rows[0] ?? null;
    },
  };
}

function outcomeFor(
  request: PaymentRequest,
  roll: number,
  transientRate: number,
  permanentRate: number,
): PaymentOutcome | 'unavailable' {
  if (request.recipient_account.startsWith(FAIL_PERMANENT_PREFIX) || roll < permanentRate) {
    return { status: 'declined', code: 'account_closed', message: 'the recipient account is closed' };
  }
  if (request.recipient_account.startsWith(FAIL_TRANSIENT_PREFIX) || roll < permanentRate + transientRate) {
    return 'unavailable';
  }
  return { status: 'paid', reference: `sim_${randomUUID()}` };
}

/**
 * Records first payments in one statement; each gets its row back, or null when its payout was
 * already recorded (its first outcome is then the answer). One text for every group size (a column
 * array each, unnested), prepared once per connection: PostgreSQL parses and plans it once, not per
 * group, and only the columns of an answer come back.
 */
const RECORD_FIRST_PAYMENTS = {
  name: 'simulated_provider_record_first_payments',
  text: `insert into simulated_provider_payments
           (payout_id, amount, currency, recipient_account, status, reference, code, message)
         select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         on conflict (payout_id) do nothing
         returning payout_id, status, reference, code, message`,
};

type AnswerRow = Pick<PaymentRow, 'payout_id' | 'status' | 'reference' | 'code' | 'message'>;

async function insertFirstPayments(pool: pg.Pool, rows: PaymentRow[]): Promise<Outcome<AnswerRow | null>[]> {
  const { rows: inserted } = await pool.query<AnswerRow>({
    ...RECORD_FIRST_PAYMENTS,
    values: [
      rows.map((row) => row.payout_id),
      rows.map((row) => row.amount),
      rows.map((row) => row.currency),
      rows.map((row) => row.recipient_account),
      rows.map((row) => row.status),
      rows.map((row) => row.reference),
      rows.map((row) => row.code),
      rows.map((row) => row.message),
    ],
  });
  const byId = new Map(inserted.map((row) => [row.payout_id, row]));
  // A payout twice in one group: the first request's row was inserted, the second replays it.
  return rows.map((row) => {
    const id = row.payout_id.toLowerCase(); // as PostgreSQL writes a uuid
    const mine = byId.get(id) ?? null;
    byId.delete(id);
    return { ok: true, value: mine };
  });
}

/** The recorded outcome for this payout, counted as a replay; refuses the same key with other terms. */
async function replay(pool: pg.Pool, request: PaymentRequest): Promise<PaymentOutcome | null> {
  const { rows } = await pool.query<PaymentRow>(
    `update simulated_provider_payments set replays = replays + 1 where payout_id = $1 returning *`,
    [request.payout_id],
  );
  const row = rows[0];
  if (!row) return null;
  // A real provider rejects an idempotency key reused with other terms; so must we, loudly.
  if (
    row.amount !== request.amount ||
    row.currency !== request.currency ||
    row.recipient_account !== request.recipient_account
  ) {
    throw new Error(`simulated provider: payout ${request.payout_id} was already paid with other terms`);
  }
  return toOutcome(row);
}

function toOutcome(row: AnswerRow): PaymentOutcome {
  return row.status === 'paid'
    ? { status: 'paid', reference: row.reference ?? '' }
    : { status: 'declined', code: row.code ?? 'declined', message: row.message ?? '' };
}

const migrations: Record<string, Migration> = {
  '001_simulated_provider_payments': {
    // `if not exists`: databases from before this migration have the table already.
    async up(db) {
      await sql`
        create table if not exists simulated_provider_payments (
          payout_id uuid primary key,
          amount text not null,
          currency text not null,
          recipient_account text not null,
          status text not null check (status in ('paid', 'declined')),
          reference text,
          code text,
          message text,
          replays integer not null default 0,
          status_queries integer not null default 0,
          created_at timestamptz not null default now()
        )`.execute(db);
    },
  },
};

async function ensureTable(pool: pg.Pool): Promise<void> {
  await runMigrations(createKysely(pool), 'simulated_provider', migrations);
}
