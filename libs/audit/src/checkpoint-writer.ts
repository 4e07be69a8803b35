import { ActorRef, GENESIS_HASH } from '@hstf/contracts';
import { Checkpoint, checkpointSchema } from './checkpoint-record';
import { CHECKPOINT_STREAM_ID } from './audit-streams';
import { chainAuditRecords } from './audit-envelope';
import { RunningHash } from './running-hash';
import { signCheckpoint, verifyCheckpointSignature } from './checkpoint-signature';
import { EventStore, RecordedEvent, WrongExpectedRevision } from '@hstf/event-store';
import { randomUUID } from 'node:crypto';
import { AuditKey } from './audit-key';
import { lastEventOf, logPages } from './log-pages';

export interface CheckpointOutcome {
  /** False when nothing but earlier checkpoints was recorded since the last one. */
  readonly written: boolean;
  readonly checkpoint: Checkpoint | undefined;
  /** Events hashed to extend the previous checkpoint. */
  readonly hashed: number;
}

export type CheckpointProgress = (event: RecordedEvent, hashed: number) => void;

const ATTEMPTS = 3;

/**
 * Signs the running hash of the global log, extending the last checkpoint (whose own signature is checked
 * first: an unverifiable one is not built upon). The API's timer and `hstf audit checkpoint` both use this;
 * if they race, the loser's append fails on the stream's revision and it starts again from the winner's.
 */
export class CheckpointWriter {
  constructor(
    private readonly store: EventStore,
    private readonly key: AuditKey,
    private readonly actor: ActorRef,
  ) {}

  async write(onProgress?: CheckpointProgress): Promise<CheckpointOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(onProgress);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  private async attempt(onProgress?: CheckpointProgress): Promise<CheckpointOutcome> {
    const last = await lastEventOf(this.store, CHECKPOINT_STREAM_ID);
    const previous = last ? this.trusted(last) : undefined;
    const running = previous
      ? new RunningHash(previous.runningHash, previous.events, BigInt(previous.position))
      : new RunningHash();
    let news = 0;
    for await (const page of logPages(this.store, { after: running.position })) {
      for (const event of page) {
        running.add(event);
        if (event.streamId !== CHECKPOINT_STREAM_ID) news += 1;
        onProgress?.(event, running.events - (previous?.events ?? 0));
      }
    }
    const hashed = running.events - (previous?.events ?? 0);
    if (news === 0) return { written: false, checkpoint: previous, hashed };
    const checkpoint = signCheckpoint(
      {
        position: running.position.toString(),
        runningHash: running.hash,
        events: running.events,
        previous: previous ? { position: previous.position, runningHash: previous.runningHash } : null,
        signedAt: new Date().toISOString(),
      },
      this.key.privateKey,
      this.key.publicKey,
    );
    const id = randomUUID();
    const tail = last
      ? { revision: last.streamPosition, lastHash: String(last.metadata.hash) }
      : { revision: -1n, lastHash: GENESIS_HASH };
    const events = chainAuditRecords(CHECKPOINT_STREAM_ID, tail, [
      {
        id,
        event: { type: 'AuditCheckpointRecorded', data: checkpoint },
        actor: this.actor,
        occurredAt: checkpoint.signedAt,
        correlationId: id,
        causationId: id,
      },
    ]);
    await this.store.append(CHECKPOINT_STREAM_ID, events, last ? last.streamPosition : 'no_stream');
    return { written: true, checkpoint, hashed };
  }

  private trusted(event: RecordedEvent): Checkpoint {
    const parsed = checkpointSchema.safeParse(event.data);
    if (!parsed.success) throw new Error(`the last checkpoint (event ${event.id}) is malformed`);
    const check = verifyCheckpointSignature(parsed.data, this.key.publicKey);
    if (!check.ok) {
      throw new Error(
        `the last checkpoint (position ${parsed.data.position}) does not verify: ${check.reason}; ` +
          'run `hstf audit verify` before signing more',
      );
    }
    return parsed.data;
  }
}
