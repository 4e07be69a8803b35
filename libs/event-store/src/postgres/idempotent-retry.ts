import { AppendResult, ExpectedRevision } from '../port';

/** An event of the stream whose id is one of the ids being appended. */
export interface StoredEvent {
  readonly eventId: string;
  readonly streamPosition: bigint;
  readonly globalPosition: bigint;
}

export type RetryVerdict =
  | { readonly kind: 'new' }
  | { readonly kind: 'retry'; readonly result: AppendResult }
  | { readonly kind: 'mismatch' };

/**
 * Decides whether an append that could not be written was a retry of one that was.
 *
 * A retry is the same ids, in the same order, at consecutive positions where the expected revision
 * put them ('no_stream': from 0; revision r: from r + 1; 'any': anywhere). It appends nothing and gets the
 * original result back, even if the stream has moved on since.
 *
 * Appends are atomic, so a real retry matches all its ids or none. When only some match, or they sit
 * elsewhere, another batch already used these ids: that is refused as WrongExpectedRevision, carrying the
 * current revision, and nothing is written. The caller's view of the stream is wrong; it reloads, decides
 * again and gets fresh ids, as it would after any concurrency conflict.
 */
export function judgeRetry(
  ids: readonly string[],
  stored: readonly StoredEvent[],
  expected: ExpectedRevision,
): RetryVerdict {
  if (stored.length === 0) return { kind: 'new' };
  if (stored.length !== ids.length) return { kind: 'mismatch' };
  const sorted = [...stored].sort((a, b) => (a.streamPosition < b.streamPosition ? -1 : 1));
  const first = sorted[0].streamPosition;
  const inPlace = sorted.every(
    (event, index) =>
      event.eventId.toLowerCase() === ids[index].toLowerCase() &&
      event.streamPosition === first + BigInt(index),
  );
  const expectedFirst = expected === 'any' ? first : expected === 'no_stream' ? 0n : expected + 1n;
  if (!inPlace || first !== expectedFirst) return { kind: 'mismatch' };
  const last = sorted[sorted.length - 1];
  return {
    kind: 'retry',
    result: { nextExpectedRevision: last.streamPosition, position: last.globalPosition },
  };
}
