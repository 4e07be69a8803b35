import { eventId } from '../ids/event-id';
import { ChainedEvent, chainEvents, EventDraft } from './chain-events';
import { GENESIS_HASH } from './hash-event';

export const STREAM = 'directive-5b1c3f0e-8d4a-4f7e-9a51-0c2d7e6f1a10';

export function draft(commandId: string, index: number, data: Record<string, unknown>): EventDraft {
  return {
    id: eventId(commandId, index),
    type: 'DirectiveAmended',
    schemaVersion: 1,
    streamId: STREAM,
    data,
    metadata: {
      actor: { sub: 'op-17', role: 'operator' },
      commandId,
      correlationId: commandId,
      causationId: commandId,
      occurredAt: '2025-03-01T14:00:00.000Z',
      scope: { states: ['TX'], agencies: ['FBI', 'ICE-HSI'] },
    },
  };
}

/** A stream of `count` events, one command each. */
export function sampleStream(count: number): ChainedEvent[] {
  const drafts = Array.from({ length: count }, (_, i) =>
    draft(`cmd-${i}`, 0, { revision: i, body: `text ${i}` }),
  );
  return chainEvents(GENESIS_HASH, 0n, drafts);
}
