// `npm run audit -w @payouts/query-api -- <command>`: see auditCommand.ts for the commands. An offline
// verify (`verify --events <file> --anchors <file> --public-key <file>`) opens no connection.
import {
  auditPublicKeysEnv,
  configuredPublicKeys,
  createAnchorStore,
  loadConfig,
  migrateAuditAnchors,
  verifyEventChains,
} from '@payouts/platform';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { createAuditTrail } from '../audit/auditTrail.ts';
import { runAuditCommand } from './auditCommand.ts';
import { openStores } from './openStores.ts';

const argv = process.argv.slice(2);
const io = {
  write: (text: string) => process.stdout.write(`${text}\n`),
  error: (text: string) => process.stderr.write(`${text}\n`),
};
try {
  if (argv[0] === 'verify' && argv.includes('--events')) {
    process.exitCode = await runAuditCommand(argv, { eventStore: null, trail: null, ...io });
  } else {
    const publicKeys = configuredPublicKeys(loadConfig(z.object(auditPublicKeysEnv)));
    const stores = await openStores();
    try {
      await migrateAuditAnchors(stores.db as Kysely<unknown>);
      const trail = createAuditTrail({
        eventStore: stores.eventStore,
        anchors: createAnchorStore(stores.pool),
        publicKeys,
        storedChain:
          stores.eventStore.kind === 'postgres'
            ? () => verifyEventChains(stores.pool, stores.eventStoreSchema)
            : null,
      });
      process.exitCode = await runAuditCommand(argv, { eventStore: stores.eventStore, trail, ...io });
    } finally {
      await stores.close();
    }
  }
} catch (err) {
  console.error(`audit failed: ${(err as Error).message}`);
  process.exitCode = 1;
}
