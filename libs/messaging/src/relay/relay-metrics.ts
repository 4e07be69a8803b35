import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The lag at scrape time; a failure (the store did not answer) leaves the last value. */
export type LagProbe = () => Promise<bigint>;

/**
 * The relay's Prometheus metrics on a registry the caller owns: its own in the relay process, the API's
 * in the embedded profile. Positions are not contiguous (they encode transaction ids), so the lag is a
 * distance in positions: 0 means caught up, growth means falling behind; it is not a count of events.
 */
export class RelayMetrics {
  private probe: LagProbe = async () => 0n;

  readonly active: Gauge;
  readonly lag: Gauge;
  readonly checkpoint: Gauge;
  readonly publishedEvents: Counter;
  readonly publishedMessages: Counter;
  readonly publishFailures: Counter;
  readonly batchSize: Histogram;
  readonly batchSeconds: Histogram;

  constructor(readonly registry: Registry = new Registry()) {
    const registers = [registry];
    const probe = () => this.probe();
    this.active = new Gauge({
      name: 'hstf_relay_active',
      help: '1 while this relay holds the lease and publishes',
      registers,
    });
    this.lag = new Gauge({
      name: 'hstf_relay_lag_positions',
      help: "Store head position minus the relay's checkpoint (0: caught up; always 0 on a standby relay)",
      registers,
      async collect() {
        const lag = await probe().catch(() => undefined);
        if (lag !== undefined) this.set(Number(lag));
      },
    });
    this.checkpoint = new Gauge({
      name: 'hstf_relay_checkpoint_position',
      help: 'Global position of the last event whose messages were all acknowledged',
      registers,
    });
    this.publishedEvents = new Counter({
      name: 'hstf_relay_published_events_total',
      help: 'Events published and acknowledged (re-sends after a failure count again)',
      registers,
    });
    this.publishedMessages = new Counter({
      name: 'hstf_relay_published_messages_total',
      help: 'Messages published and acknowledged, one per topic of each event',
      registers,
    });
    this.publishFailures = new Counter({
      name: 'hstf_relay_publish_failures_total',
      help: 'Batches whose publish failed and was retried',
      registers,
    });
    this.batchSize = new Histogram({
      name: 'hstf_relay_batch_events',
      help: 'Events per published batch',
      buckets: [1, 2, 5, 10, 50, 100, 250, 500, 1000, 2500, 5000],
      registers,
    });
    this.batchSeconds = new Histogram({
      name: 'hstf_relay_batch_publish_seconds',
      help: 'Time from publishing a batch to its acknowledgement',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
  }

  reportLagWith(probe: LagProbe): void {
    this.probe = probe;
  }
}
