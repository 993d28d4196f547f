// The event store's migrations in the order they run. Each is its SQL as it landed and is never
// edited: a schema change is a new numbered file here, and the function's (or table's) file one
// folder up changed to match. migrations.unit.test.ts pins the text of every migration that landed;
// schema.int.test.ts proves that running them all from zero gives the schema those files describe.
import type { SchemaNames } from '../names.ts';
import { migration001Events } from './001_events.ts';
import { migration002NotifyAfterCommit } from './002_notify_after_commit.ts';
import { migration003AppendLockHorizon } from './003_append_lock_horizon.ts';
import { migration004AppendGroups } from './004_append_groups.ts';
import { migration005Claims } from './005_claims.ts';
import { migration006ReaderHorizon } from './006_reader_horizon.ts';

/** Kysely's migrator runs these in name order; each migration is its statements, run one by one. */
export const MIGRATIONS: Record<string, (n: SchemaNames) => string[]> = {
  '001_events': migration001Events,
  '002_notify_after_commit': migration002NotifyAfterCommit,
  '003_append_lock_horizon': migration003AppendLockHorizon,
  '004_append_groups': migration004AppendGroups,
  '005_claims': migration005Claims,
  '006_reader_horizon': migration006ReaderHorizon,
};
