// `npm run audit -w @payouts/query-api -- <command>`: see auditCommand.ts for the commands.
import { verifyEventChains } from '@payouts/platform';
import { runAuditCommand } from './auditCommand.ts';
import { openStores } from './openStores.ts';

const stores = await openStores();
try {
  process.exitCode = await runAuditCommand(process.argv.slice(2), {
    eventStore: stores.eventStore,
    verifyChains:
      stores.eventStore.kind === 'postgres'
        ? () => verifyEventChains(stores.pool, stores.eventStoreSchema)
        : null,
    write: (text) => process.stdout.write(`${text}\n`),
    error: (text) => process.stderr.write(`${text}\n`),
  });
} catch (err) {
  console.error(`audit failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await stores.close();
}
