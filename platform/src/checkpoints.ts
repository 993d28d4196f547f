// Where a follower of all events (relay, rebuild) remembers how far it got. Kept in PostgreSQL next
// to the read model; positions are numeric because a 64-bit unsigned value does not fit a bigint.
import { type Migration, sql } from 'kysely';
import type pg from 'pg';
import { createKysely } from './db.ts';
import type { GlobalPosition } from './eventStore/port.ts';
import { runMigrations } from './migrations.ts';

export type CheckpointStore = {
  load(name: string): Promise<GlobalPosition | null>;
  save(name: string, position: GlobalPosition): Promise<void>;
  /**
   * Moves the checkpoint forward to `position`, never back: a follower that lost its lease and
   * saves late cannot undo the progress of the one that took over.
   */
  advance(name: string, position: GlobalPosition): Promise<void>;
};

const migrations: Record<string, Migration> = {
  '001_checkpoints': {
    async up(db) {
      // `if not exists`: databases from before this migration have the table already.
      await sql`
        create table if not exists checkpoints (
          name text primary key,
          commit_position numeric(20, 0) not null,
          prepare_position numeric(20, 0) not null,
          updated_at timestamptz not null default now()
        )`.execute(db);
    },
  },
};

export async function createCheckpointStore(pool: pg.Pool): Promise<CheckpointStore> {
  // A Kysely over the caller's pool for the migration only (the pool stays the caller's to end).
  await runMigrations(createKysely(pool), 'checkpoints', migrations);
  return {
    async load(name) {
      const { rows } = await pool.query<{ commit_position: string; prepare_position: string }>(
        'select commit_position, prepare_position from checkpoints where name = $1',
        [name],
      );
      const row = rows[0];
      return row ? { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) } : null;
    },
    async save(name, position) {
      await pool.query(
        `insert into checkpoints (name, commit_position, prepare_position) values ($1, $2, $3)
         on conflict (name) do update set commit_position = excluded.commit_position,
           prepare_position = excluded.prepare_position, updated_at = now()`,
        [name, position.commit.toString(), position.prepare.toString()],
      );
    },
    async advance(name, position) {
      await pool.query(
        `insert into checkpoints (name, commit_position, prepare_position) values ($1, $2, $3)
         on conflict (name) do update set commit_position = excluded.commit_position,
           prepare_position = excluded.prepare_position, updated_at = now()
         where (checkpoints.commit_position, checkpoints.prepare_position)
             < (excluded.commit_position, excluded.prepare_position)`,
        [name, position.commit.toString(), position.prepare.toString()],
      );
    },
  };
}
