import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';

/** The prom-client registry the process serves at /metrics, where the feeds add their figures. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/** The feeds' figures on the process's registry (the API's, served at /metrics). */
@Injectable()
export class FeedMetrics {
  readonly clients: Gauge<'kind'>;
  readonly itemsSent: Counter;
  readonly overflows: Counter;
  readonly horizon: Gauge;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    const registers = [registry];
    this.clients = new Gauge({
      name: 'hstf_feed_clients',
      help: 'Open SSE feed streams, by kind of audience (agency, state, command-center)',
      labelNames: ['kind'] as const,
      registers,
    });
    this.itemsSent = new Counter({
      name: 'hstf_feed_items_sent_total',
      help: 'Feed items written to SSE streams, counted once per client',
      registers,
    });
    this.overflows = new Counter({
      name: 'hstf_feed_overflows_total',
      help: 'Streams closed because a slow client let its buffer overflow',
      registers,
    });
    this.horizon = new Gauge({
      name: 'hstf_feed_horizon_position',
      help: 'Global position up to which every feed item is in the read model and may be delivered',
      registers,
    });
  }
}

/** 'agency:FBI' -> 'agency': a label of a handful of values, not one per audience. */
export const audienceKind = (audience: string): string => audience.split(':')[0];
