import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@hstf/event-store';
import { AUDIT_CONFIG, AuditConfig } from './audit-config';
import { AuditKeyring } from './audit-keyring';
import { CheckpointWriter } from './checkpoint-writer';

/**
 * Signs a checkpoint of the global log every HSTF_AUDIT_CHECKPOINT_INTERVAL_MS. A failed round is logged
 * and tried again at the next tick; ticks never overlap, and shutdown waits for the round in flight.
 */
@Injectable()
export class CheckpointTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CheckpointTimer');
  private timer?: NodeJS.Timeout;
  private round?: Promise<void>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AUDIT_CONFIG) private readonly config: AuditConfig,
    private readonly keyring: AuditKeyring,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.checkpointIntervalMs === 0) return;
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.round;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.round = this.checkpoint().finally(() => {
        this.round = undefined;
        if (this.timer) this.schedule();
      });
    }, this.config.checkpointIntervalMs);
    this.timer.unref();
  }

  private async checkpoint(): Promise<void> {
    try {
      const writer = new CheckpointWriter(this.store, await this.keyring.key(), {
        sub: 'hstf-api',
        role: 'system',
      });
      const outcome = await writer.write();
      if (outcome.written) {
        this.logger.log({
          msg: 'audit checkpoint signed',
          position: outcome.checkpoint?.position,
          hashed: outcome.hashed,
        });
      }
    } catch (error) {
      this.logger.error(`audit checkpoint failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
