import { Inject, Injectable } from '@nestjs/common';
import { upcastRecorded } from '@hstf/contracts';
import { Cut, describeCut, readOrNothing, streamPages, withinCut } from '@hstf/audit';
import { EVENT_STORE, EventStore, RecordedEvent } from '@hstf/event-store';
import { notFound } from '../http/problem';
import { aggregateOfStream } from './domain-streams';

export interface HistoryEntry {
  readonly revision: string;
  readonly globalPosition: string;
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: unknown;
  readonly recordedAt: string;
  readonly occurredAt: unknown;
  readonly actor: unknown;
  /** The authority the event itself cites (a directive's issue, a task force's establishment). */
  readonly authority?: string;
  /** The authority the aggregate stood under after the event, where it has one. */
  readonly authorityInForce?: string;
  readonly commandId: unknown;
  readonly correlationId: unknown;
  readonly causationId: unknown;
  readonly scope: unknown;
  /** As stored, before any upcasting: what was recorded and hashed. */
  readonly data: unknown;
  readonly prevHash: unknown;
  readonly hash: unknown;
}

export interface HistoryPage {
  readonly streamId: string;
  readonly aggregate: string | null;
  readonly fromRevision: string;
  readonly events: HistoryEntry[];
  /** `fromRevision` of the next page, or null on the last. */
  readonly next: string | null;
}

export interface StreamStateAsOf {
  readonly streamId: string;
  readonly aggregate: string;
  readonly cut: { readonly atPosition?: string; readonly asOf?: string };
  /** Revision of the last event folded, or null when none was recorded by the cut. */
  readonly revision: string | null;
  readonly events: number;
  readonly state: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** One stream's full history for auditors, and any aggregate's state as of a cut. */
@Injectable()
export class StreamHistory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async page(streamId: string, fromRevision: bigint, limit: number): Promise<HistoryPage> {
    const events = await readOrNothing(this.store, streamId, fromRevision, limit + 1);
    if (events.length === 0 && (await readOrNothing(this.store, streamId, 0n, 1)).length === 0) {
      throw notFound(`No stream ${streamId}.`);
    }
    const shown = events.slice(0, limit);
    const inForce = await this.authoritiesInForce(streamId, shown);
    return {
      streamId,
      aggregate: aggregateOfStream(streamId)?.definition.name ?? null,
      fromRevision: fromRevision.toString(),
      events: shown.map((event, i) => entryOf(event, inForce[i])),
      next: events.length > limit ? (fromRevision + BigInt(limit)).toString() : null,
    };
  }

  async stateAsOf(streamId: string, cut: Cut | undefined): Promise<StreamStateAsOf> {
    const aggregate = aggregateOfStream(streamId);
    if (!aggregate) throw notFound(`${streamId} is not the stream of an aggregate.`);
    const { decider, name } = aggregate.definition;
    let state = decider.initialState;
    let last: RecordedEvent | undefined;
    let count = 0;
    pages: for await (const page of streamPages(this.store, streamId)) {
      for (const event of page) {
        // A stream is cut as a prefix: its later events build on the earlier ones.
        if (cut && !withinCut(cut, event)) break pages;
        const lifted = upcastRecorded(event);
        state = decider.evolve(state, { type: lifted.type, data: lifted.data } as never);
        last = event;
        count += 1;
      }
    }
    if (count === 0 && (await readOrNothing(this.store, streamId, 0n, 1)).length === 0) {
      throw notFound(`No stream ${streamId}.`);
    }
    return {
      streamId,
      aggregate: name,
      cut: cut ? describeCut(cut) : {},
      revision: last ? last.streamPosition.toString() : null,
      events: count,
      state,
    };
  }

  /** The aggregate's authority after each shown event: the stream is folded from its start to the page's end. */
  private async authoritiesInForce(
    streamId: string,
    shown: readonly RecordedEvent[],
  ): Promise<(string | undefined)[]> {
    const aggregate = aggregateOfStream(streamId);
    const end = shown.at(-1)?.streamPosition;
    if (!aggregate || end === undefined) return shown.map(() => undefined);
    const { decider } = aggregate.definition;
    const byRevision = new Map<bigint, string | undefined>();
    let state = decider.initialState;
    pages: for await (const page of streamPages(this.store, streamId)) {
      for (const event of page) {
        if (event.streamPosition > end) break pages;
        const lifted = upcastRecorded(event);
        state = decider.evolve(state, { type: lifted.type, data: lifted.data } as never);
        byRevision.set(event.streamPosition, text((state as { authority?: unknown }).authority));
      }
    }
    return shown.map((event) => byRevision.get(event.streamPosition));
  }
}

export function entryOf(event: RecordedEvent, authorityInForce: string | undefined): HistoryEntry {
  const { metadata } = event;
  const authority = text((event.data as { authority?: unknown } | null)?.authority);
  return {
    revision: event.streamPosition.toString(),
    globalPosition: event.globalPosition.toString(),
    id: event.id,
    type: event.type,
    schemaVersion: metadata.schemaVersion,
    recordedAt: event.recordedAt.toISOString(),
    occurredAt: metadata.occurredAt,
    actor: metadata.actor,
    ...(authority ? { authority } : {}),
    ...(authorityInForce ? { authorityInForce } : {}),
    commandId: metadata.commandId,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    scope: metadata.scope,
    data: event.data,
    prevHash: metadata.prevHash,
    hash: metadata.hash,
  };
}
