import { Inject, Injectable } from '@nestjs/common';
import { AUDIT_CONFIG, AuditConfig } from './audit-config';
import { AuditKey, loadOrCreateAuditKey } from './audit-key';

/** The audit's signing key, read (or created) on first use and kept. */
@Injectable()
export class AuditKeyring {
  private loaded?: Promise<AuditKey>;

  constructor(@Inject(AUDIT_CONFIG) private readonly config: AuditConfig) {}

  key(): Promise<AuditKey> {
    this.loaded ??= loadOrCreateAuditKey(this.config.keyFile).catch((error: unknown) => {
      this.loaded = undefined;
      throw error;
    });
    return this.loaded;
  }
}
