import type { HstfEvent } from '@hstf/contracts';
import type { Scope } from '@hstf/domain';
import { ProjectedEvent } from '../events/projected-event';

let nextPosition = 1000n;

/** A domain event in an envelope, as a runner hands it to a projection. */
export function projected(
  event: HstfEvent,
  streamId: string,
  streamPosition: number,
  scope: Scope = { states: [], agencies: [] },
): ProjectedEvent {
  nextPosition += 10n;
  return {
    id: `${streamId}/${streamPosition}`,
    type: event.type,
    schemaVersion: 1,
    streamId,
    streamPosition: BigInt(streamPosition),
    globalPosition: nextPosition,
    data: event.data,
    scope,
    occurredAt: '2026-11-30T09:00:00.000Z',
    recordedAt: '2026-11-30T09:00:00.120Z',
  };
}

/** The events of one stream in order, each with the scope it would carry. */
export const streamOf = (streamId: string, scope: Scope, events: readonly HstfEvent[]): ProjectedEvent[] =>
  events.map((event, index) => projected(event, streamId, index, scope));
