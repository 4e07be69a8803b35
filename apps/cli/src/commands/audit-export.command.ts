import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { isStateCode } from '@hstf/domain';
import { AccessLogWriter, loadOrCreateAuditKey } from '@hstf/audit';
import { exportBundle } from '../audit/export-bundle';
import { openAuditStore } from '../audit/open-audit-store';
import { LogProgress } from '../audit/progress';

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A date (midnight UTC) or an instant with a zone. */
function instant(value: string): Date {
  if (!INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(
      'expected a date (2026-03-01) or an instant with a zone (2026-03-01T12:00:00Z)',
    );
  }
  return new Date(value);
}

function state(value: string): string {
  if (!isStateCode(value))
    throw new InvalidArgumentError('expected a USPS state or territory code such as TX');
  return value;
}

/** `hstf audit export`: a state's events over a period as NDJSON with a signed manifest; the export is audited. */
export const auditExportCommand = (): Command =>
  new Command('export')
    .description("write a state's events recorded in [from, to) as NDJSON plus a signed manifest")
    .requiredOption('--state <code>', 'USPS code of the state, e.g. TX', state)
    .requiredOption('--from <time>', 'start, included (date or instant)', instant)
    .requiredOption('--to <time>', 'end, excluded (date or instant)', instant)
    .requiredOption('--out <dir>', 'directory to write (created; must be empty)')
    .option(
      '--by <name>',
      'who exports, as recorded in the manifest and the access audit',
      userInfo().username,
    )
    .action(async (options: { state: string; from: Date; to: Date; out: string; by: string }) => {
      if (options.from >= options.to) throw new Error('--from must be before --to');
      const { store, config, audit, close } = await openAuditStore();
      const resource = `state=${options.state} from=${options.from.toISOString()} to=${options.to.toISOString()}`;
      const access = new AccessLogWriter(store);
      const recordExport = (outcome: 'success' | 'failure', reason?: string) =>
        access.write({
          at: new Date().toISOString(),
          component: 'cli',
          type: 'audit-export',
          subject: options.by,
          outcome,
          action: 'hstf audit export',
          resource,
          ...(reason ? { reason: reason.slice(0, 2000) } : {}),
        });
      try {
        const key = await loadOrCreateAuditKey(audit.keyFile);
        const progress = new LogProgress('exporting', await store.headPosition());
        const manifest = await exportBundle(
          store,
          key,
          {
            state: options.state,
            from: options.from,
            to: options.to,
            out: resolve(options.out),
            exportedBy: options.by,
            eventStore: config.HSTF_EVENT_STORE,
            skewMs: audit.cutSkewMs,
          },
          (position, read) => progress.update(position, read),
        ).catch(async (error: unknown) => {
          progress.stop();
          await recordExport('failure', error instanceof Error ? error.message : String(error));
          throw error;
        });
        progress.stop();
        await recordExport('success');
        process.stdout.write(
          `exported ${manifest.counts.events} events of ${manifest.counts.streams} streams to ${resolve(options.out)}\n` +
            `manifest signed by key ${manifest.signature.keyId}\n`,
        );
      } finally {
        await close();
      }
    });
