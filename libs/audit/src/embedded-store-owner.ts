import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { STORE_SETTINGS, StoreSettings } from '@hstf/event-store';
import { claimStore, releaseStore } from './store-owner';

/**
 * On the embedded profile, tells `hstf audit` that this process has the store open (see store-owner.ts).
 * The claim is released by the API's close once PGlite is closed, not when Nest shuts down: the relay and
 * the projector still use the store after the app has closed.
 */
@Injectable()
export class EmbeddedStoreOwner implements OnApplicationBootstrap {
  constructor(@Inject(STORE_SETTINGS) private readonly config: StoreSettings) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.HSTF_EVENT_STORE === 'pglite') await claimStore(this.config.HSTF_DATA_DIR);
  }

  async release(): Promise<void> {
    if (this.config.HSTF_EVENT_STORE === 'pglite') await releaseStore(this.config.HSTF_DATA_DIR);
  }
}
