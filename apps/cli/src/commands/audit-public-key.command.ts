import { Command } from 'commander';
import { loadAuditConfig, loadOrCreateAuditKey } from '@hstf/audit';
import { readSettings } from '@hstf/contracts';
import { storeSettings } from '@hstf/event-store';

/** `hstf audit public-key`: the PEM a recipient of an export pins to check who signed it. */
export const auditPublicKeyCommand = (): Command =>
  new Command('public-key')
    .description('print the Ed25519 public key checkpoints and exports are signed with (PEM)')
    .action(async () => {
      const config = readSettings(storeSettings, process.env);
      const key = await loadOrCreateAuditKey(loadAuditConfig(config.HSTF_DATA_DIR).keyFile);
      process.stdout.write(key.publicKeyPem);
    });
