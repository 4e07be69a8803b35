import { GENESIS_HASH, hashEvent, HashableEvent } from './hash-event';

export type VerifiableEvent = HashableEvent & { readonly metadata: { readonly hash: string } };

/** Where the verified events continue a chain: the expected first position and its `prevHash`. */
export interface ChainStart {
  readonly position: bigint;
  readonly prevHash: string;
}

export type ChainBreak = 'stream' | 'position' | 'link' | 'hash';

export type ChainVerification =
  | { readonly ok: true; readonly checked: number; readonly lastHash: string }
  | { readonly ok: false; readonly at: bigint; readonly code: ChainBreak; readonly reason: string };

/**
 * Checks one stream's events, read in order, as stored (before upcasting). A changed byte in data or metadata
 * fails `hash`; a missing or reordered event fails `position`, or `link` if the positions were rewritten to
 * hide it. `at` is the stream position of the first event that does not verify.
 */
export function verifyChain(
  events: readonly VerifiableEvent[],
  start: ChainStart = { position: 0n, prevHash: GENESIS_HASH },
): ChainVerification {
  let expectedPosition = start.position;
  let previous = start.prevHash;
  for (const event of events) {
    const at = event.streamPosition;
    if (event.streamId !== events[0].streamId) {
      return { ok: false, at, code: 'stream', reason: `event ${event.id} belongs to ${event.streamId}` };
    }
    if (at !== expectedPosition) {
      const what =
        at > expectedPosition
          ? 'an event is missing or out of order'
          : 'an event is repeated or out of order';
      return {
        ok: false,
        at,
        code: 'position',
        reason: `${what}: expected position ${expectedPosition}, found ${at}`,
      };
    }
    if (event.metadata.prevHash !== previous) {
      return { ok: false, at, code: 'link', reason: "prevHash is not the previous event's hash" };
    }
    if (hashEvent(event) !== event.metadata.hash) {
      return {
        ok: false,
        at,
        code: 'hash',
        reason: 'hash does not match the content: data or metadata was modified',
      };
    }
    previous = event.metadata.hash;
    expectedPosition = at + 1n;
  }
  return { ok: true, checked: events.length, lastHash: previous };
}
