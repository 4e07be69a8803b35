import { userInfo } from 'node:os';
import { Command } from 'commander';
import { CheckpointWriter, loadOrCreateAuditKey } from '@hstf/audit';
import { openAuditStore } from '../audit/open-audit-store';
import { LogProgress } from '../audit/progress';

/** `hstf audit checkpoint`: signs the running hash of the global log up to its head. */
export const auditCheckpointCommand = (): Command =>
  new Command('checkpoint')
    .description('sign a checkpoint (Ed25519 over position + running hash) of the global log')
    .option('--by <name>', 'who signs, as recorded with the checkpoint', userInfo().username)
    .action(async (options: { by: string }) => {
      const { store, audit, close } = await openAuditStore();
      try {
        const key = await loadOrCreateAuditKey(audit.keyFile);
        const progress = new LogProgress('hashing', await store.headPosition());
        const writer = new CheckpointWriter(store, key, { sub: options.by, role: 'system' });
        const outcome = await writer.write((event, hashed) => progress.update(event.globalPosition, hashed));
        progress.stop();
        const checkpoint = outcome.checkpoint;
        if (!checkpoint) {
          process.stdout.write('the log is empty: nothing to checkpoint\n');
        } else if (!outcome.written) {
          process.stdout.write(`nothing new since the checkpoint at position ${checkpoint.position}\n`);
        } else {
          process.stdout.write(
            `checkpoint signed at position ${checkpoint.position}: ${checkpoint.events} events, ` +
              `running hash ${checkpoint.runningHash} (${outcome.hashed} hashed now), key ${checkpoint.keyId}\n`,
          );
        }
      } finally {
        await close();
      }
    });
