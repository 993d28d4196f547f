// Where signed anchors are kept: PostgreSQL (the database every deployment has, whichever store holds
// the events), so that auditors can export them. The database is not trusted with them: an anchor is
// checked by its signature and its link to the one before, never by where it was read from. Beside
// them, the signer's working state: each stream's last anchored chain hash, from which the next
// event's hash is computed. A forged head only makes the next anchored event fail verification.

import { type Kysely, sql } from 'kysely';
import type pg from 'pg';
import { runMigrations } from '../migrations.ts';
import { inTransaction } from '../transaction.ts';
import type { SignedAnchor } from './anchor.ts';

export type ChainHead = { revision: bigint; hash: Buffer };

/** What the anchor table says of an anchor beside its statement, for listing without parsing it. */
export type AnchorFacts = { keyId: string; signedAt: Date; toPosition: string; events: number };

export type AnchorStore = {
  /** The anchor with the highest sequence, or null before the first signing run. */
  last(): Promise<SignedAnchor | null>;
  /** Anchors after `afterSequence` up to `upToSequence` (inclusive), in sequence order, read in pages. */
  list(options?: { afterSequence?: number; upToSequence?: number }): AsyncGenerator<SignedAnchor>;
  /** The last anchored chain hash of each of these streams that has one. */
  heads(streams: string[]): Promise<Map<string, ChainHead>>;
  /** Stores an anchor and the heads it moves, together; fails if its sequence is taken. */
  append(anchor: SignedAnchor, facts: AnchorFacts, heads: Map<string, ChainHead>): Promise<void>;
};

/** Anchors read per page: each holds up to MAX_EVENTS_PER_ANCHOR events, about 150 bytes each. */
const LIST_PAGE = 20;

export function createAnchorStore(pool: pg.Pool): AnchorStore {
  return {
    async last() {
      const { rows } = await pool.query<AnchorRow>(
        'select sequence, statement, signature from audit_anchors order by sequence desc limit 1',
      );
      return rows[0] ? fromRow(rows[0]) : null;
    },
    async *list({ afterSequence = 0, upToSequence } = {}) {
      let after = afterSequence;
      for (;;) {
        const { rows } = await pool.query<AnchorRow>(
          `select sequence, statement, signature from audit_anchors
           where sequence > $1 and ($2::bigint is null or sequence <= $2)
           order by sequence limit $3`,
          [after, upToSequence ?? null, LIST_PAGE],
        );
        for (const row of rows) yield fromRow(row);
        if (rows.length < LIST_PAGE) return;
        after = Number(rows.at(-1)!.sequence);
      }
    },
    async heads(streams) {
      const { rows } = await pool.query<{ stream_name: string; revision: string; hash: Buffer }>(
        'select stream_name, revision, hash from audit_chain_heads where stream_name = any($1::text[])',
        [streams],
      );
      return new Map(rows.map((r) => [r.stream_name, { revision: BigInt(r.revision), hash: r.hash }]));
    },
    async append(anchor, facts, heads) {
      await inTransaction(pool, async (client) => {
        await client.query(
          `insert into audit_anchors (sequence, statement, signature, key_id, signed_at, to_position, events)
           values ($1, $2, $3, $4, $5, $6, $7)`,
          [
            anchor.sequence,
            anchor.statement,
            anchor.signature,
            facts.keyId,
            facts.signedAt,
            facts.toPosition,
            facts.events,
          ],
        );
        const names = [...heads.keys()];
        await client.query(
          `insert into audit_chain_heads (stream_name, revision, hash)
           select * from unnest($1::text[], $2::bigint[], $3::bytea[])
           on conflict (stream_name) do update set revision = excluded.revision, hash = excluded.hash`,
          [names, names.map((n) => heads.get(n)!.revision.toString()), names.map((n) => heads.get(n)!.hash)],
        );
      });
    },
  };
}

type AnchorRow = { sequence: string; statement: string; signature: string };

function fromRow(row: AnchorRow): SignedAnchor {
  return { sequence: Number(row.sequence), statement: row.statement, signature: row.signature };
}

/** The anchor tables' own numbered migrations, never edited once landed. */
const migrations = {
  '001_anchors': {
    async up(db: Kysely<unknown>) {
      await sql`create table audit_anchors (
        sequence bigint primary key,
        statement text not null,
        signature text not null,
        key_id text not null,
        signed_at timestamptz not null,
        to_position text not null,
        events int not null
      )`.execute(db);
      await sql`create table audit_chain_heads (
        stream_name text primary key,
        revision bigint not null,
        hash bytea not null
      )`.execute(db);
    },
  },
};

/**
 * Creates the anchor tables. Anchors start from the first signing run after this: on a store that
 * already holds events, the first anchors cover every event from the first one.
 */
export async function migrateAuditAnchors(db: Kysely<unknown>): Promise<void> {
  await runMigrations(db, 'audit_anchor', migrations);
}
