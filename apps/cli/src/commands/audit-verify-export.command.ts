import { Command } from 'commander';
import { verifyBundleDirectory } from '../audit/verify-bundle';

/** `hstf audit verify-export <dir>`: offline, no store; exit 1 when anything does not verify. */
export const auditVerifyExportCommand = (): Command =>
  new Command('verify-export')
    .description(
      'check an export bundle offline: signature, file digests, hash chains, counts (exit 1 on failure)',
    )
    .argument('<dir>', 'the bundle directory')
    .option(
      '--public-key <file>',
      "the command center's audit public key (PEM) the manifest must be signed with",
    )
    .option('--json', 'print the report as JSON')
    .action(async (dir: string, options: { publicKey?: string; json?: boolean }) => {
      const report = await verifyBundleDirectory(dir, options.publicKey);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
      } else {
        const signer = report.signedBy
          ? `signed by key ${report.signedBy.keyId}${report.signedBy.pinned ? ' (the pinned public key)' : ' (the key in the manifest: pass --public-key to pin it)'}`
          : 'signature not verified';
        const lines = [
          `${report.events} events in ${report.streams} streams; ${signer}`,
          ...report.problems.map((problem) => `PROBLEM ${problem}`),
          report.ok ? 'OK: the bundle verifies' : 'FAILED',
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      process.exitCode = report.ok ? 0 : 1;
    });
