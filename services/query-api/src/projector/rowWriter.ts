// Writes the projector's rows in batches: while one statement is in flight, the rows that arrive
// wait and then go together as one multi-row upsert (platform's inFlightGroups), so under load the
// read model costs one round trip per batch instead of one per event, and when idle a row goes at
// once, alone.
//
// The upsert writes a row at revision N over any row at a lower revision and leaves a row at N or
// beyond alone. That is safe whatever the table holds, because a row at revision N is a pure fold
// of the stream's events 0..N: whoever computes it computes the same row.
//
// Its text is the same for every batch (one array per column, unnested), so given the pool it goes
// as a prepared statement that each connection parses and plans once: with a VALUES list per batch
// size PostgreSQL parsed and planned every batch anew, which cost it more than finding the batch's
// rows did (bench/projector/run.ts).
import { createHash } from 'node:crypto';
import { createInFlightGroups } from '@payouts/platform';
import { type Insertable, type Kysely, sql } from 'kysely';
import type pg from 'pg';
import type { PayoutsTable, ReadModel } from '../readModel/schema.ts';

/** A read-model row as the projector writes it (`projected_at` is set when its batch goes). */
type RowValues = Omit<Insertable<PayoutsTable>, 'projected_at'>;

export type RowWriter = {
  /**
   * Resolves true when this write put the row in the table, or a later revision of the same row
   * that replaced it while both waited for their batch did; false when the table already held that
   * revision or a later one. Rejects when the batch's statement failed.
   */
  write(values: RowValues): Promise<boolean>;
};

/** What the writer needs of a pg Pool: to send a statement by name. */
export type StatementPool = {
  query<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>>;
};

export type RowWriterOptions = {
  /**
   * The pool under `db`: the upsert's text, compiled by `db` once when the writer is made (its
   * plugins see it then), goes by name with each batch's parameters, prepared once per connection.
   * Without it `db` compiles and sends each batch's statement, unnamed (its plugins see each).
   */
  pool?: StatementPool;
  /** Rows per statement at most (a bound on one statement's size and its locks' time). */
  maxBatch?: number;
};

const MAX_BATCH = 500;

export function createRowWriter(db: Kysely<ReadModel>, options: RowWriterOptions = {}): RowWriter {
  const upsert = createUpsert(db, options.pool);
  // The writes that arrive while a statement is in flight go together as the next one
  // (inFlightGroups.ts). One statement may not touch a row twice, so of one row's revisions in a
  // group only the latest is written, and whoever asked for an earlier one learns its fate.
  const write = createInFlightGroups<RowValues, boolean>(async (group) => {
    const latest = new Map<string, RowValues>();
    for (const values of group) {
      const had = latest.get(values.id);
      if (!had || BigInt(had.revision) < BigInt(values.revision)) latest.set(values.id, values);
    }
    const written = await upsert([...latest.values()]);
    return group.map((values) => ({
      ok: true,
      value: written.get(values.id) === latest.get(values.id)!.revision,
    }));
  }, options.maxBatch ?? MAX_BATCH);
  return { write };
}

/** The columns the upsert writes, in the order of its arrays, each with its array's type. */
const COLUMNS = [
  ['id', 'uuid[]'],
  ['tenant_id', 'text[]'],
  ['status', 'text[]'],
  ['amount', 'numeric[]'],
  ['currency', 'text[]'],
  ['recipient_account', 'text[]'],
  ['description', 'text[]'],
  ['error_message', 'text[]'],
  ['error_code', 'text[]'],
  ['provider_reference', 'text[]'],
  ['metadata', 'jsonb[]'],
  ['scheduled_for', 'timestamptz[]'],
  ['attempts', 'integer[]'],
  ['created_at', 'timestamptz[]'],
  ['updated_at', 'timestamptz[]'],
  ['revision', 'bigint[]'],
] as const satisfies readonly (readonly [keyof RowValues, string])[];

type Column = (typeof COLUMNS)[number][0];

/** An array element as pg gets it: a date as ISO text (pg would format it in local time, slower). */
function element(value: RowValues[Column]): string | number | null {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** One statement per batch; it answers with the revision written per id (absent where none was). */
function createUpsert(db: Kysely<ReadModel>, pool: RowWriterOptions['pool']) {
  // Everything but the rows is built once.
  const statement = db
    .insertInto('payouts')
    .columns([...COLUMNS.map(([column]) => column), 'projected_at'])
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          tenant_id: eb.ref('excluded.tenant_id'),
          status: eb.ref('excluded.status'),
          amount: eb.ref('excluded.amount'),
          currency: eb.ref('excluded.currency'),
          recipient_account: eb.ref('excluded.recipient_account'),
          description: eb.ref('excluded.description'),
          error_message: eb.ref('excluded.error_message'),
          error_code: eb.ref('excluded.error_code'),
          provider_reference: eb.ref('excluded.provider_reference'),
          metadata: eb.ref('excluded.metadata'),
          scheduled_for: eb.ref('excluded.scheduled_for'),
          attempts: eb.ref('excluded.attempts'),
          created_at: eb.ref('excluded.created_at'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
          projected_at: eb.ref('excluded.projected_at'),
        }))
        .whereRef('payouts.revision', '<', 'excluded.revision'),
    )
    .returning(['id', 'revision']);
  type Written = { id: string; revision: string };
  /** The statement for these parameters: projected_at, then one array per column. */
  const compile = (projectedAt: string, arrays: unknown[][]) =>
    statement
      .expression(
        sql`select *, ${projectedAt}::timestamptz from unnest(${sql.join(
          COLUMNS.map(([, type], i) => sql`${arrays[i]}::${sql.raw(type)}`),
        )})`,
      )
      .compile();
  const parameters = (batch: RowValues[]) => {
    // Rows in id order, so that two writers (a lease changing hands) lock them in the same order;
    // unnest yields its arrays' elements in order.
    const rows = batch.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      projectedAt: new Date().toISOString(),
      arrays: COLUMNS.map(([column]) => rows.map((r) => element(r[column]))),
    };
  };
  const answer = (written: Written[]) => new Map(written.map((r) => [r.id, r.revision]));

  if (!pool) {
    return async (batch: RowValues[]): Promise<Map<string, string>> => {
      const { projectedAt, arrays } = parameters(batch);
      return answer((await db.executeQuery(compile(projectedAt, arrays))).rows);
    };
  }
  // Through the pool the text is compiled once, here (a plugin of `db` sees it then), since only
  // the parameters differ from batch to batch: compiling each batch cost as much Node CPU as
  // building its arrays did. Its name comes from the text: pg refuses one name for two texts on a
  // connection, and another writer's `db` could compile another.
  const probe = compile(
    'projected_at',
    COLUMNS.map(([column]) => [column]),
  );
  const order = probe.parameters.map((p) => (Array.isArray(p) ? p[0] : p)).join();
  if (order !== ['projected_at', ...COLUMNS.map(([column]) => column)].join()) {
    throw new Error(`the upsert's parameters are not projected_at then the columns: ${order}`);
  }
  const text = probe.sql;
  const name = `projector_upsert_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
  return async (batch: RowValues[]): Promise<Map<string, string>> => {
    const { projectedAt, arrays } = parameters(batch);
    const values = [projectedAt, ...arrays];
    return answer((await pool.query<Written>({ name, text, values })).rows);
  };
}
