// The `bus` schema: the embedded bus's tables (embedded/schema.ts) and the parked messages
// (parking.ts), each set under its own migrations.
import { type Kysely, sql } from 'kysely';

export const BUS_SCHEMA = 'bus';

export async function ensureBusSchema(db: Kysely<unknown>): Promise<void> {
  await sql`create schema if not exists ${sql.id(BUS_SCHEMA)}`.execute(db).catch((err: { code?: string }) => {
    // Created meanwhile by another process.
    if (err.code !== '23505' && err.code !== '42P06') throw err;
  });
}
