import { Module } from '@nestjs/common';
import { STORE_SETTINGS, StoreSettings } from '@hstf/event-store';
import { AUDIT_CONFIG, loadAuditConfig } from './audit-config';
import { AuditKeyring } from './audit-keyring';
import { BoardHistory } from './board-history';
import { CheckpointTimer } from './checkpoint-timer';
import { EmbeddedStoreOwner } from './embedded-store-owner';

/**
 * The audit's own services: its settings and signing key, the signed checkpoints on their timer, the
 * board as known at a past moment, and the embedded store's owner file. It needs EVENT_STORE and
 * STORE_SETTINGS from the app; the HTTP side (access log, /audit controllers) is the app's.
 */
@Module({
  providers: [
    {
      provide: AUDIT_CONFIG,
      inject: [STORE_SETTINGS],
      useFactory: (settings: StoreSettings) => loadAuditConfig(settings.HSTF_DATA_DIR),
    },
    AuditKeyring,
    CheckpointTimer,
    BoardHistory,
    EmbeddedStoreOwner,
  ],
  exports: [AUDIT_CONFIG, AuditKeyring, BoardHistory, EmbeddedStoreOwner],
})
export class AuditModule {}
