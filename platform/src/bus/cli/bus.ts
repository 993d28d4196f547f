// `npm run bus -w @payouts/platform -- <command>`: see parkedCommand.ts for the commands. Connects
// only to the database (DATABASE_URL), where parked messages are kept whichever bus runs; the
// stream is NATS_STREAM, as for the services.
import { z } from 'zod';
import { commonEnv, loadConfig } from '../../config.ts';
import { createKysely, createPool, ensureDatabase } from '../../db.ts';
import { createLogger } from '../../logger.ts';
import { createParkedMessages } from '../parking.ts';
import { runParkedCommand } from './parkedCommand.ts';

const config = loadConfig(z.object(commonEnv));
// Logs would interleave with the command's own output; warnings and worse still reach stderr.
const logger = createLogger('bus-cli', config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
const pool = createPool(config.DATABASE_URL, logger, 2);
const db = createKysely<unknown>(pool);
try {
  await ensureDatabase(config.DATABASE_URL);
  process.exitCode = await runParkedCommand(process.argv.slice(2), {
    parked: await createParkedMessages(pool, db),
    stream: config.NATS_STREAM,
    write: (text) => process.stdout.write(`${text}\n`),
    error: (text) => process.stderr.write(`${text}\n`),
  });
} catch (err) {
  const database = new URL(config.DATABASE_URL);
  database.password = '';
  console.error(`bus command failed (database ${database}): ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
