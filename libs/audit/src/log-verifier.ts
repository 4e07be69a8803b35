import type { KeyObject } from 'node:crypto';
import type { RecordedStoredEvent } from '@hstf/contracts';
import { ChainBreak, GENESIS_HASH, VerifiableEvent, verifyChain } from '@hstf/contracts';
import { Checkpoint, checkpointSchema } from './checkpoint-record';
import { verifyCheckpointSignature } from './checkpoint-signature';
import { contentHash, RunningHash } from './running-hash';

/** The first event of a stream that does not verify. */
export interface StreamBreak {
  readonly streamId: string;
  readonly streamPosition: string;
  readonly globalPosition: string;
  readonly eventId: string;
  readonly code: ChainBreak;
  readonly reason: string;
}

export interface CheckpointFailure {
  readonly position: string;
  readonly reason: string;
}

export interface LogVerification {
  readonly ok: boolean;
  readonly events: number;
  readonly streams: number;
  readonly lastPosition: string;
  readonly runningHash: string;
  readonly breaks: StreamBreak[];
  readonly checkpoints: {
    readonly verified: number;
    readonly lastVerifiedPosition: string | null;
    readonly failures: CheckpointFailure[];
  };
}

interface StreamProgress {
  next: bigint;
  lastHash: string;
  broken: boolean;
}

export const asVerifiable = (event: RecordedStoredEvent): VerifiableEvent =>
  ({
    id: event.id,
    type: event.type,
    schemaVersion: event.metadata.schemaVersion,
    streamId: event.streamId,
    streamPosition: event.streamPosition,
    data: event.data,
    metadata: event.metadata,
  }) as unknown as VerifiableEvent;

/**
 * Verifies the whole log in one forward pass, page after page: each stream's hash chain (the first break of
 * each stream is reported, with the exact event), and the running hash of the global log against every
 * signed checkpoint, whose signature is checked with the trusted key. Memory: one entry per stream.
 */
export class LogVerifier {
  private readonly streams = new Map<string, StreamProgress>();
  private readonly running = new RunningHash();
  private readonly pending: Map<string, Checkpoint>;
  private readonly breaks: StreamBreak[] = [];
  private readonly checkpointFailures: CheckpointFailure[] = [];
  private verifiedCheckpoints = 0;
  private lastVerifiedCheckpoint: string | null = null;

  /** `checkpoints`: the stored checkpoint events, read before the pass. */
  constructor(
    checkpoints: readonly RecordedStoredEvent[],
    private readonly trustedKey: KeyObject,
    private readonly maxBreaks = 100,
  ) {
    this.pending = new Map();
    for (const event of checkpoints) {
      const parsed = checkpointSchema.safeParse(event.data);
      if (!parsed.success) {
        this.checkpointFailures.push({ position: `event ${event.id}`, reason: 'malformed checkpoint' });
        continue;
      }
      this.pending.set(parsed.data.position, parsed.data);
    }
  }

  add(event: RecordedStoredEvent): void {
    const progress = this.streams.get(event.streamId) ?? { next: 0n, lastHash: GENESIS_HASH, broken: false };
    this.streams.set(event.streamId, progress);
    let hash: string | undefined;
    if (!progress.broken) {
      const check = verifyChain([asVerifiable(event)], {
        position: progress.next,
        prevHash: progress.lastHash,
      });
      if (check.ok) {
        hash = check.lastHash;
        progress.lastHash = check.lastHash;
        progress.next = event.streamPosition + 1n;
      } else {
        progress.broken = true;
        if (this.breaks.length < this.maxBreaks) {
          this.breaks.push({
            streamId: event.streamId,
            streamPosition: event.streamPosition.toString(),
            globalPosition: event.globalPosition.toString(),
            eventId: event.id,
            code: check.code,
            reason: check.reason,
          });
        }
      }
    }
    // An intact event's stored hash is its content hash; anything else is hashed again.
    this.running.add(event, hash ?? contentHash(event));
    this.checkAt(event.globalPosition.toString());
  }

  finish(): LogVerification {
    for (const [position] of this.pending) {
      this.checkpointFailures.push({
        position,
        reason:
          BigInt(position) > this.running.position
            ? 'the checkpoint is beyond the end of the log: events were removed from its end'
            : 'no event at the checkpoint position: the event was removed',
      });
    }
    this.pending.clear();
    const brokenStreams = [...this.streams.values()].filter((s) => s.broken).length;
    return {
      ok: brokenStreams === 0 && this.checkpointFailures.length === 0,
      events: this.running.events,
      streams: this.streams.size,
      lastPosition: this.running.position.toString(),
      runningHash: this.running.hash,
      breaks: this.breaks,
      checkpoints: {
        verified: this.verifiedCheckpoints,
        lastVerifiedPosition: this.lastVerifiedCheckpoint,
        failures: this.checkpointFailures,
      },
    };
  }

  private checkAt(position: string): void {
    const checkpoint = this.pending.get(position);
    if (!checkpoint) return;
    this.pending.delete(position);
    const signature = verifyCheckpointSignature(checkpoint, this.trustedKey);
    if (!signature.ok) {
      this.checkpointFailures.push({ position, reason: signature.reason });
    } else if (checkpoint.runningHash !== this.running.hash || checkpoint.events !== this.running.events) {
      this.checkpointFailures.push({
        position,
        reason: `the log up to here no longer hashes to the signed running hash (${this.running.events} events, signed for ${checkpoint.events}): an event at or before it was changed, added or removed`,
      });
    } else {
      this.verifiedCheckpoints += 1;
      this.lastVerifiedCheckpoint = position;
    }
  }
}
