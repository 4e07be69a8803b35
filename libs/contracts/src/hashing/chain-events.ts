import type { EventEnvelope } from '../envelope/event-envelope';
import { hashEvent, UnhashedMetadata } from './hash-event';

/** An event as decided and enveloped, before it takes its place in the stream. */
export interface EventDraft<T extends string = string, D = unknown> {
  readonly id: string;
  readonly type: T;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly data: D;
  readonly metadata: Omit<UnhashedMetadata, 'prevHash'>;
}

/** An event ready to append: positioned and hashed; the store adds the global position and recordedAt. */
export type ChainedEvent<T extends string = string, D = unknown> = Omit<
  EventEnvelope<T, D>,
  'globalPosition' | 'metadata'
> & { readonly metadata: UnhashedMetadata & { readonly hash: string } };

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Positions and hashes a command's events after the stream's last one (`prevHash` its hash, `startPosition`
 * its revision + 1; GENESIS_HASH and 0n for a new stream). Append them with the expected revision
 * `startPosition - 1` (or "no_stream"): if another writer got in first the append fails on concurrency and the
 * command is decided again, so a stored chain never forks.
 */
export function chainEvents<T extends string, D>(
  prevHash: string,
  startPosition: bigint,
  drafts: readonly EventDraft<T, D>[],
): ChainedEvent<T, D>[] {
  if (!SHA256_HEX.test(prevHash))
    throw new RangeError(`prevHash must be 64 lower-case hex digits: ${prevHash}`);
  if (startPosition < 0n) throw new RangeError(`startPosition must not be negative: ${startPosition}`);
  const chained: ChainedEvent<T, D>[] = [];
  let previous = prevHash;
  drafts.forEach((draft, index) => {
    if (draft.streamId !== drafts[0].streamId) {
      throw new RangeError(`one batch, one stream: ${draft.streamId} after ${drafts[0].streamId}`);
    }
    const unhashed = {
      ...draft,
      streamPosition: startPosition + BigInt(index),
      metadata: { ...draft.metadata, prevHash: previous },
    };
    const hash = hashEvent(unhashed);
    chained.push({ ...unhashed, metadata: { ...unhashed.metadata, hash } });
    previous = hash;
  });
  return chained;
}
