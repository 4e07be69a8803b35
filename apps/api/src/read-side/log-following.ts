import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LOG_FOLLOWER, LogFollower } from '@hstf/event-store';

/**
 * Starts the API's one subscription to the global log once every module has joined its consumers (the
 * deadline process at init, the embedded profile's projections before it), and stops it at shutdown,
 * after the modules have taken theirs out.
 */
@Injectable()
export class LogFollowing implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(LOG_FOLLOWER) private readonly follower: LogFollower) {}

  onApplicationBootstrap(): void {
    this.follower.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.follower.stop();
  }
}
