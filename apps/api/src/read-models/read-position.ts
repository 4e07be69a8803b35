import { Inject, Injectable } from '@nestjs/common';
import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import type { EventStore } from '@hstf/event-store';
import { READ_MODELS, ReadModelQueries, ReadModelUnavailable } from '@hstf/projections';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { int64Of } from '../http/integers';
import { badRequest, ProblemError, problemType } from '../http/problem';
import { EVENT_STORE } from '@hstf/event-store';

/**
 * Read-your-writes: a command answers its global position; a query given `minPosition` waits (bounded)
 * until the read model has applied the event at that position, and otherwise says plainly that it is not
 * caught up yet. It waits on that event's stream: a projection fed by several Kafka partitions applies
 * other streams' later events before it, so "the highest position applied" would answer too early.
 */
@Injectable()
export class ReadPosition {
  constructor(
    @Inject(READ_MODELS) private readonly queries: ReadModelQueries,
    @Inject(EVENT_STORE) private readonly store: Pick<EventStore, 'eventAt'>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read<T>(projection: string, minPosition: string | undefined, query: () => Promise<T>): Promise<T> {
    if (minPosition !== undefined) await this.waitFor(projection, parsePosition(minPosition));
    try {
      return await query();
    } catch (error) {
      if (error instanceof ReadModelUnavailable) throw notCaughtUp(error.message, -1n);
      throw error;
    }
  }

  private async domainEventAt(position: bigint) {
    // Exactness is a refinement: a store that cannot answer (an EventStoreDB position inside a record,
    // an outage) leaves the read to wait on the projection's position, as it would without it.
    const event = await this.store.eventAt(position).catch(() => undefined);
    return event !== undefined && isDomainStream(event.streamId) ? event : undefined;
  }

  private async waitFor(projection: string, position: bigint): Promise<void> {
    const wait = { timeoutMs: this.config.HSTF_READ_WAIT_MS };
    const event = await this.domainEventAt(position);
    // No domain event there (a client's own number, an access record's position, a store that could not
    // be asked): all that can be said is how far the projection got.
    const reached =
      event === undefined
        ? await this.queries.waitForPosition(projection, position, wait)
        : await this.queries.waitForEvent(projection, event, wait);
    if (reached) return;
    const at = await this.queries.position(projection).catch(() => -1n);
    throw notCaughtUp(
      `The ${projection} read model has applied events up to position ${at}, not yet ${position}; retry shortly.`,
      at,
    );
  }
}

/** Projections apply the domain's events only; an audit record's stream is never marked. */
const isDomainStream = (streamId: string): boolean =>
  DOMAIN_STREAM_PREFIXES.some((prefix) => streamId.startsWith(prefix));

function parsePosition(value: string): bigint {
  const position = int64Of(value, -1n);
  if (position === undefined)
    throw badRequest([
      { field: 'minPosition', reason: 'must be a global position as answered by a command' },
    ]);
  return position;
}

const notCaughtUp = (detail: string, position: bigint): ProblemError =>
  new ProblemError({
    type: problemType('read-model-not-caught-up'),
    title: 'Read model not caught up yet',
    status: 503,
    detail,
    position: String(position),
  });
