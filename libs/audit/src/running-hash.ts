import { createHash } from 'node:crypto';
import type { RecordedStoredEvent } from '@hstf/contracts';
import { GENESIS_HASH, HashableEvent, hashEvent } from '@hstf/contracts';

/** The running hash of an empty log. */
export const RUNNING_HASH_START = GENESIS_HASH;

/**
 * What an event's stored content hashes to now, recomputed rather than read from `metadata.hash`: a
 * checkpoint then vouches for the content itself, so rewriting a stream and recomputing its chain (which
 * per-stream verification cannot see) still breaks every checkpoint after it.
 */
export function contentHash(event: RecordedStoredEvent): string {
  return hashEvent({
    id: event.id,
    type: event.type,
    schemaVersion: event.metadata.schemaVersion as number,
    streamId: event.streamId,
    streamPosition: event.streamPosition,
    data: event.data,
    metadata: event.metadata as unknown as HashableEvent['metadata'],
  });
}

/**
 * The global log folded into one hash, event after event in global order:
 * `next = SHA-256(previous ":" globalPosition ":" contentHash)`, hex. The position is in it, so removing,
 * inserting or reordering events anywhere changes every running hash after that point.
 */
export function nextRunningHash(previous: string, globalPosition: bigint, eventContentHash: string): string {
  return createHash('sha256')
    .update(`${previous}:${globalPosition.toString()}:${eventContentHash}`, 'utf8')
    .digest('hex');
}

/** Folds events (in global order) into the running hash, counting them. */
export class RunningHash {
  constructor(
    private current = RUNNING_HASH_START,
    private count = 0,
    private last = -1n,
  ) {}

  add(event: RecordedStoredEvent, eventContentHash = contentHash(event)): void {
    if (event.globalPosition <= this.last) {
      throw new RangeError(`events out of global order: ${event.globalPosition} after ${this.last}`);
    }
    this.current = nextRunningHash(this.current, event.globalPosition, eventContentHash);
    this.count += 1;
    this.last = event.globalPosition;
  }

  get hash(): string {
    return this.current;
  }

  get events(): number {
    return this.count;
  }

  get position(): bigint {
    return this.last;
  }
}
