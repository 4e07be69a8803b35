/** The last event applied from a stream. */
export interface StreamMark {
  readonly position: bigint;
  readonly eventId: string;
}

export type StreamVerdict =
  | { readonly kind: 'apply' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'gap'; readonly expected: bigint }
  | { readonly kind: 'conflict'; readonly appliedEventId: string };

/**
 * Whether an event is the next of its stream. Delivery is at least once and Kafka keeps per-stream order
 * (key = streamId), so anything at or before the mark was applied already, and anything past the next
 * position means an event in between has not arrived.
 */
export function streamVerdict(
  mark: StreamMark | undefined,
  event: { readonly id: string; readonly streamPosition: bigint },
): StreamVerdict {
  const expected = mark === undefined ? 0n : mark.position + 1n;
  if (event.streamPosition === expected) return { kind: 'apply' };
  if (event.streamPosition > expected) return { kind: 'gap', expected };
  if (mark !== undefined && event.streamPosition === mark.position && event.id !== mark.eventId) {
    return { kind: 'conflict', appliedEventId: mark.eventId };
  }
  return { kind: 'duplicate' };
}
