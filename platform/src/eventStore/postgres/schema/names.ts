// The names the event store's SQL is written with, for one schema. Every SQL file in this folder is a
// function of these, so a name can only be one of them (a misspelt one does not compile), and the
// schema name is checked once here before it reaches any statement.

/** Lower-case identifiers only: the name goes into SQL text (DDL and function bodies take no parameters). */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

export type SchemaNames = {
  /** The schema as an SQL identifier, quoted: `"event_store"`. */
  schema: string;
  /** The schema's bare name, inside other names (the append flag's setting). */
  schemaName: string;
  /** The LISTEN/NOTIFY channel that wakes live subscribers. */
  channel: string;
  /** The two keys of the shared advisory lock every append holds (appendLockKeys). */
  lockClass: number;
  lockKey: number;
};

export function schemaNames(schema: string): SchemaNames {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid event store schema name: ${schema}`);
  const lock = appendLockKeys(schema);
  return {
    schema: `"${schema}"`,
    schemaName: schema,
    channel: notifyChannel(schema),
    lockClass: lock.classId,
    lockKey: lock.objectId,
  };
}

/**
 * The shared advisory lock every append holds until it commits (two-key form, both positive so that
 * pg_locks shows them as they are). Frozen: changing it would hide running appends from readers.
 */
function appendLockKeys(schema: string): { classId: number; objectId: number } {
  // FNV-1a, 31 bits: stable across versions and processes, unlike anything seeded.
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(schema, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return { classId: 0x45535452 /* "ESTR" */, objectId: hash & 0x7fffffff };
}

/** LISTEN/NOTIFY channel that wakes live subscribers of this store. */
export function notifyChannel(schema: string): string {
  return `${schema}_events_appended`;
}
