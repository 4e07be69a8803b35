import { Command } from 'commander';
import { loadOrCreateAuditKey, verifyLog, verifyStream } from '@hstf/audit';
import { openAuditStore } from '../audit/open-audit-store';
import { LogProgress } from '../audit/progress';

/** `hstf audit verify`: every stream's hash chain and every signed checkpoint; exit 1 on any break. */
export const auditVerifyCommand = (): Command =>
  new Command('verify')
    .description("verify every stream's hash chain and the signed checkpoints (exit code 1 on a break)")
    .option('--stream <streamId>', 'verify this stream only')
    .option('--json', 'print the report as JSON')
    .action(async (options: { stream?: string; json?: boolean }) => {
      const { store, audit, close } = await openAuditStore();
      try {
        if (options.stream) {
          const result = await verifyStream(store, options.stream);
          if (!result) throw new Error(`no stream ${options.stream}`);
          process.stdout.write(
            options.json
              ? `${JSON.stringify(result)}\n`
              : result.ok
                ? `${result.streamId}: ${result.checked} events verify\n`
                : `${result.streamId}: BROKEN at revision ${result.streamPosition} (event ${result.eventId}, ` +
                  `global position ${result.globalPosition}): ${result.reason}\n`,
          );
          process.exitCode = result.ok ? 0 : 1;
          return;
        }
        const key = await loadOrCreateAuditKey(audit.keyFile);
        const progress = new LogProgress('verifying', await store.headPosition());
        const report = await verifyLog(store, key.publicKey, (event, index) =>
          progress.update(event.globalPosition, index + 1),
        );
        progress.stop();
        if (options.json) {
          process.stdout.write(`${JSON.stringify(report)}\n`);
        } else {
          const lines = [
            `${report.events} events in ${report.streams} streams, up to position ${report.lastPosition}`,
            `checkpoints verified: ${report.checkpoints.verified}` +
              (report.checkpoints.lastVerifiedPosition
                ? ` (last at ${report.checkpoints.lastVerifiedPosition})`
                : ''),
            ...report.breaks.map(
              (b) =>
                `BROKEN ${b.streamId} at revision ${b.streamPosition} (event ${b.eventId}, global position ` +
                `${b.globalPosition}): ${b.reason}`,
            ),
            ...report.checkpoints.failures.map((f) => `CHECKPOINT at ${f.position} FAILS: ${f.reason}`),
            report.ok ? 'OK: every chain and checkpoint verifies' : 'FAILED',
          ];
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        process.exitCode = report.ok ? 0 : 1;
      } finally {
        await close();
      }
    });
