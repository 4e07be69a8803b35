import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { claimStore, releaseStore } from './store-owner';

/** On the embedded profile, tells `hstf audit` that this process has the store open (see store-owner.ts). */
@Injectable()
export class EmbeddedStoreOwner implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.HSTF_EVENT_STORE === 'pglite') await claimStore(this.config.HSTF_DATA_DIR);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.config.HSTF_EVENT_STORE === 'pglite') await releaseStore(this.config.HSTF_DATA_DIR);
  }
}
