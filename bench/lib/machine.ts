// What every benchmark prints beside its figures: the machine, the server versions and how busy the
// machine was, since on a shared host the neighbours' load moves absolute numbers a lot.
import { cpus, loadavg, totalmem } from 'node:os';
import pg from 'pg';

/** The 1, 5 and 15 minute load averages, e.g. "6.4 7.0 5.2". */
export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}

/** "CPU model, N cores, M GiB, Node vX, PostgreSQL Y" for the server behind `databaseUrl`. */
export async function describeMachine(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${rows[0]?.server_version} on the same host`;
  } finally {
    await client.end();
  }
}
