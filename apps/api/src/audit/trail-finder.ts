import { Inject, Injectable } from '@nestjs/common';
import { logPages, readOrNothing, TrailCollector, TrailLink, TrailRoot } from '@hstf/audit';
import { directiveStreamId, DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import { EVENT_STORE, EventStore } from '@hstf/event-store';
import { notFound } from '../http/problem';
import { entryOf, HistoryEntry } from './stream-history';

export type TrailEntry = HistoryEntry & { readonly streamId: string; readonly link: TrailLink };

export interface Trail {
  readonly root: TrailRoot;
  readonly events: TrailEntry[];
  /** True when more events followed than `limit` allowed to show. */
  readonly truncated: boolean;
}

/**
 * What followed from a directive or a correlation id, in global order. Found by one pass over the domain's
 * streams (the log has no index by correlation), starting at the directive's issue for a directive: nothing
 * recorded before it can have followed from it.
 */
@Injectable()
export class TrailFinder {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async ofDirective(directiveId: string, limit: number): Promise<Trail> {
    const [issued] = await readOrNothing(this.store, directiveStreamId(directiveId), 0n, 1);
    if (!issued) throw notFound(`No directive with id ${directiveId}.`);
    return this.collect({ directiveId }, issued.globalPosition - 1n, limit);
  }

  async ofCorrelation(correlationId: string, limit: number): Promise<Trail> {
    const trail = await this.collect({ correlationId }, undefined, limit);
    if (trail.events.length === 0) throw notFound(`No event carries correlation id ${correlationId}.`);
    return trail;
  }

  private async collect(root: TrailRoot, after: bigint | undefined, limit: number): Promise<Trail> {
    const collector = new TrailCollector(root);
    const events: TrailEntry[] = [];
    const filter = { streamPrefixes: DOMAIN_STREAM_PREFIXES };
    for await (const page of logPages(this.store, { after, filter })) {
      for (const event of page) {
        const link = collector.consider(event);
        if (!link) continue;
        if (events.length === limit) return { root, events, truncated: true };
        events.push({ streamId: event.streamId, link, ...entryOf(event, undefined) });
      }
    }
    return { root, events, truncated: false };
  }
}
