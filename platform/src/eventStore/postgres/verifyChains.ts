// The PostgreSQL event store's stored chain: recomputes every stream's hash chain (the hash column)
// and names the first event (in commit order) that does not match. It shows accidental damage; a
// database writer can recompute it, which is why verify also checks the events against the signed
// anchors (platform/src/audit), and merges this in for the events not yet anchored. The hash is recomputed here from its definition
// (see schema/eventHash.ts), not through the stored function, so replacing that function does
// not hide an edit. Each link is checked against the stored hash of its predecessor: an edited event
// breaks its own link, and an edit whose hash was recomputed breaks the next one (or the stream head).
import type pg from 'pg';

export type BrokenEvent = {
  stream_name: string;
  revision: string;
  /** Null when the break is a missing event (a gap, or a stream head pointing past the last event). */
  event_id: string | null;
  /** `<transaction id>:<position>`, or null for a missing event. */
  position: string | null;
  reason: string;
};

export type ChainReport = { ok: boolean; streams: number; events: number; first_broken: BrokenEvent | null };

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

export async function verifyEventChains(pool: pg.Pool, schema = 'event_store'): Promise<ChainReport> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid event store schema name: ${schema}`);
  const t = `"${schema}"`;
  const { rows: broken } = await pool.query<BrokenEvent>(
    `with links as (
       select stream_name, revision, event_id, transaction_id, position,
         hash = sha256(coalesce(lag(hash) over w, ''::bytea) || convert_to(concat_ws(E'\\x1f', stream_name,
           revision::text, event_id::text, type, data::text, metadata::text), 'UTF8')) as hash_ok,
         revision = row_number() over w - 1 as in_sequence
       from ${t}.events
       window w as (partition by stream_name order by revision)
     )
     select stream_name, revision::text, event_id::text, transaction_id::text || ':' || position::text as position,
       case when not in_sequence then 'revision out of sequence: an earlier event is missing'
            else 'hash does not match the content and the previous hash' end as reason
     from links where not (hash_ok and in_sequence)
     order by transaction_id, position
     limit 1`,
  );
  // A stream whose head disagrees with its last event: the last events were deleted or rewritten.
  const { rows: heads } = await pool.query<BrokenEvent>(
    `select s.stream_name, s.revision::text, null as event_id, null as position,
       'stream head does not match its last stored event' as reason
     from ${t}.streams s
     left join lateral (select revision, hash from ${t}.events e where e.stream_name = s.stream_name
                        order by revision desc limit 1) last on true
     where last.revision is distinct from s.revision or last.hash is distinct from s.last_hash
     order by s.stream_name
     limit 1`,
  );
  const { rows: counts } = await pool.query<{ streams: string; events: string }>(
    `select (select count(*) from ${t}.streams) as streams, (select count(*) from ${t}.events) as events`,
  );
  const first = broken[0] ?? heads[0] ?? null;
  return {
    ok: first === null,
    streams: Number(counts[0]?.streams ?? 0),
    events: Number(counts[0]?.events ?? 0),
    first_broken: first,
  };
}
