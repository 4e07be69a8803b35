import { readSettings } from '@hstf/contracts';
import { z } from 'zod';

export const feedsSettings = z.object({
  /** How often the shared poller looks for new feed items while anyone listens. */
  HSTF_FEED_POLL_MS: z.coerce.number().int().min(10).max(5000).default(50),
  /** How often it looks while nobody listens, only to keep its place (see FeedHub). */
  HSTF_FEED_IDLE_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** A `: heartbeat` comment on every open stream, so proxies and clients see the line is alive. */
  HSTF_FEED_HEARTBEAT_MS: z.coerce.number().int().min(10).max(300_000).default(15_000),
  /**
   * What one slow client may have waiting before it is told `overflow` and disconnected. The default
   * items are one full poll (FeedHub's ROWS_PER_POLL), so a client that keeps up is never cut off by a burst.
   */
  HSTF_FEED_CLIENT_BUFFER_ITEMS: z.coerce.number().int().min(1).max(100_000).default(1000),
  HSTF_FEED_CLIENT_BUFFER_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(1024 * 1024),
  /** The SSE `retry:` a client waits before reconnecting. */
  HSTF_FEED_RETRY_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
});

export interface FeedsConfig {
  readonly pollMs: number;
  readonly idlePollMs: number;
  readonly heartbeatMs: number;
  readonly clientBufferItems: number;
  readonly clientBufferBytes: number;
  readonly retryMs: number;
}

/** The feeds' settings, read from the same environment as the app's and refused the same way. */
export function loadFeedsConfig(env: NodeJS.ProcessEnv = process.env): FeedsConfig {
  const s = readSettings(feedsSettings, env);
  return {
    pollMs: s.HSTF_FEED_POLL_MS,
    idlePollMs: s.HSTF_FEED_IDLE_POLL_MS,
    heartbeatMs: s.HSTF_FEED_HEARTBEAT_MS,
    clientBufferItems: s.HSTF_FEED_CLIENT_BUFFER_ITEMS,
    clientBufferBytes: s.HSTF_FEED_CLIENT_BUFFER_BYTES,
    retryMs: s.HSTF_FEED_RETRY_MS,
  };
}

export const FEEDS_CONFIG = Symbol('FEEDS_CONFIG');
