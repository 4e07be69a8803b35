import { randomBytes, randomUUID } from 'node:crypto';
import { topicsFor } from '@hstf/contracts';
import type { EventStore, NewEvent } from '@hstf/event-store';

export interface Scope {
  readonly states: string[];
  readonly agencies: string[];
}

/**
 * Audience codes of this run only: the broker is shared with other suites and engineers, so every audience
 * topic a test reads is one nobody else writes to. Upper case on purpose: topics are lower case.
 */
export function audienceCodes(count: number): string[] {
  return Array.from({ length: count }, () => `T${randomBytes(4).toString('hex').toUpperCase()}`);
}

/** An event as the command path appends it: metadata an envelope can be read from. */
export function relayEvent(streamId: string, index: number, scope: Scope): NewEvent {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type: 'TaskingProgressReported',
    data: { streamId, index, note: `progress ${index}` },
    metadata: {
      actor: { sub: 'liaison-1', role: 'liaison', agency: 'FBI' },
      commandId,
      correlationId: commandId,
      causationId: commandId,
      occurredAt: new Date().toISOString(),
      scope,
      prevHash: '0'.repeat(64),
      hash: randomBytes(32).toString('hex'),
      schemaVersion: 1,
    },
  };
}

export interface AppendedEvent {
  readonly id: string;
  readonly streamId: string;
  readonly index: number;
  readonly topics: string[];
}

/**
 * Appends `perStream` events to each stream, one append per event and the streams in turn, so that the
 * global feed interleaves streams the way concurrent commands do. Each stream has a scope of its own;
 * `firstIndex` continues streams that already hold that many events.
 */
export async function appendInterleaved(
  store: Pick<EventStore, 'append'>,
  streams: readonly { streamId: string; scope: Scope }[],
  perStream: number,
  firstIndex = 0,
): Promise<AppendedEvent[]> {
  const appended: AppendedEvent[] = [];
  for (let index = firstIndex; index < firstIndex + perStream; index++) {
    for (const { streamId, scope } of streams) {
      const event = relayEvent(streamId, index, scope);
      await store.append(streamId, [event], index === 0 ? 'no_stream' : BigInt(index - 1));
      appended.push({ id: event.id, streamId, index, topics: topicsFor(scope) });
    }
  }
  return appended;
}

export const newStreamId = (): string => `tasking-${randomUUID()}`;
