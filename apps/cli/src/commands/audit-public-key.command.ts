import { Command } from 'commander';
import { loadOrCreateAuditKey } from '../../../api/src/audit/audit-key';
import { loadAuditConfig } from '../../../api/src/audit/audit-config';
import { loadConfig } from '../../../api/src/config/app-config';

/** `hstf audit public-key`: the PEM a recipient of an export pins to check who signed it. */
export const auditPublicKeyCommand = (): Command =>
  new Command('public-key')
    .description('print the Ed25519 public key checkpoints and exports are signed with (PEM)')
    .action(async () => {
      const config = loadConfig();
      const key = await loadOrCreateAuditKey(loadAuditConfig(config.HSTF_DATA_DIR).keyFile);
      process.stdout.write(key.publicKeyPem);
    });
