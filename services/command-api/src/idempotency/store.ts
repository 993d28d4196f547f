// The Idempotency-Key records: reserve a key for a body, remember the response once there is one,
// replay it for a retry. Keys are scoped to the tenant and kept for at least `retentionHours`.
import type pg from 'pg';

/** Stripe keeps keys 24 h; our clients asked for 72 h. Older rows may be reused or purged. */
export const MIN_RETENTION_HOURS = 72;
/** Purge at most this often per process; rows only need to go eventually. */
const PURGE_EVERY_MS = 60 * 60 * 1000;

export type StoredResponse = { status: number; headers: Record<string, string>; body: string };

export type Reservation =
  /** The key is ours (new) or an earlier attempt with the same body never finished: go on. */
  | { kind: 'proceed' }
  /** The key was used with another body. */
  | { kind: 'mismatch' }
  /** The key was used with this body and answered: send the same answer again. */
  | { kind: 'replay'; response: StoredResponse };

export type IdempotencyStore = {
  reserve(input: {
    tenant: string;
    key: string;
    fingerprint: string;
    payoutId: string;
  }): Promise<Reservation>;
  /** A finished request's answer, for its retries (read only; does not reserve). */
  find(input: { tenant: string; key: string; fingerprint: string }): Promise<StoredResponse | null>;
  complete(input: { tenant: string; key: string; response: StoredResponse }): Promise<void>;
  purgeExpired(): Promise<number>;
};

type Row = {
  fingerprint: string;
  response_status: number | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
};

export function createIdempotencyStore(
  pool: pg.Pool,
  options: { retentionHours?: number; onPurgeError?: (err: unknown) => void } = {},
): IdempotencyStore {
  const retentionHours = options.retentionHours ?? 96;
  if (retentionHours < MIN_RETENTION_HOURS) {
    throw new Error(`idempotency keys must be kept at least ${MIN_RETENTION_HOURS} hours`);
  }
  const interval = `${retentionHours} hours`;
  let lastPurgeMs = 0;

  function toReservation(row: Row, fingerprint: string): Reservation {
    if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (row.response_status === null) return { kind: 'proceed' };
    return { kind: 'replay', response: toResponse(row) };
  }

  const store: IdempotencyStore = {
    async reserve({ tenant, key, fingerprint, payoutId }) {
      if (Date.now() - lastPurgeMs > PURGE_EVERY_MS) {
        lastPurgeMs = Date.now();
        store.purgeExpired().catch((err) => options.onPurgeError?.(err));
      }
      // Insert, or take over a row past retention; a live row (even one being written by a
      // concurrent request: the insert waits for it) is left alone and read back below.
      const inserted = await pool.query(
        `insert into idempotency_keys (tenant_id, key, fingerprint, payout_id) values ($1, $2, $3, $4)
         on conflict (tenant_id, key) do update
           set fingerprint = excluded.fingerprint, payout_id = excluded.payout_id, response_status = null,
               response_headers = null, response_body = null, created_at = now()
           where idempotency_keys.created_at < now() - $5::interval
         returning 1`,
        [tenant, key, fingerprint, payoutId, interval],
      );
      if (inserted.rowCount === 1) return { kind: 'proceed' };
      const { rows } = await pool.query<Row>(
        `select fingerprint, response_status, response_headers, response_body
         from idempotency_keys where tenant_id = $1 and key = $2`,
        [tenant, key],
      );
      // Purged between the two statements: the key is free again, and the payout id still guards.
      return rows[0] ? toReservation(rows[0], fingerprint) : { kind: 'proceed' };
    },

    async find({ tenant, key, fingerprint }) {
      const { rows } = await pool.query<Row>(
        `select fingerprint, response_status, response_headers, response_body from idempotency_keys
         where tenant_id = $1 and key = $2 and created_at >= now() - $3::interval`,
        [tenant, key, interval],
      );
      const row = rows[0];
      return row && row.fingerprint === fingerprint && row.response_status !== null ? toResponse(row) : null;
    },

    async complete({ tenant, key, response }) {
      // Committed without waiting for its WAL flush: a record lost with the server's last
      // milliseconds is one whose payout exists, and a retry rebuilds the same answer from the
      // payout's first event (createPayout.ts), as after a crash between append and complete.
      await pool.query(
        `update idempotency_keys set response_status = $3, response_headers = $4, response_body = $5
         from (select set_config('synchronous_commit', 'off', true)) as unflushed
         where tenant_id = $1 and key = $2 and response_status is null`,
        [tenant, key, response.status, JSON.stringify(response.headers), response.body],
      );
    },

    async purgeExpired() {
      const result = await pool.query(
        'delete from idempotency_keys where created_at < now() - $1::interval',
        [interval],
      );
      return result.rowCount ?? 0;
    },
  };
  return store;
}

function toResponse(row: Row): StoredResponse {
  return { status: row.response_status!, headers: row.response_headers ?? {}, body: row.response_body ?? '' };
}
