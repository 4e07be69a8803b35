import { randomUUID } from 'node:crypto';
import { GENESIS_HASH } from '@hstf/contracts';
import { AccessRecord, accessRecordSchema } from './access-record';
import { accessStreamId } from './audit-streams';
import { AuditRecordDraft, chainAuditRecords, StreamTail } from './audit-envelope';
import { EventStore, WrongExpectedRevision } from '@hstf/event-store';
import { lastEventOf } from './log-pages';

interface Pending {
  readonly draft: AuditRecordDraft;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

const MAX_BATCH = 500;
const ATTEMPTS = 10;

/**
 * Appends access records to the day's `access-<yyyy-mm-dd>` stream, hash-chained like every stream.
 * Every request writes at least one record, so writes are grouped: records that arrive while an append is
 * in flight go together in the next one, and each caller's promise settles when its own record is stored
 * (a failed write fails the request that caused it). Other writers (API replicas, the CLI) are met by the
 * stream's expected revision: on a conflict the tail is read again and the batch chained anew.
 */
export class AccessLogWriter {
  private queue: Pending[] = [];
  private draining?: Promise<void>;
  private readonly tails = new Map<string, StreamTail>();

  constructor(private readonly store: Pick<EventStore, 'append' | 'readStream'>) {}

  write(record: AccessRecord, correlationId?: string): Promise<void> {
    // Checked alone before it joins a batch: a record that cannot be stored fails its own request only,
    // never the others appended with it.
    const checked = accessRecordSchema.safeParse(record);
    if (!checked.success) {
      const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      return Promise.reject(new Error(`access record not storable: ${problems.join('; ')}`));
    }
    const id = randomUUID();
    const draft: AuditRecordDraft = {
      id,
      event: { type: 'AccessRecorded', data: record },
      actor: {
        sub: record.subject ?? 'anonymous',
        role: record.roles?.[0] ?? 'none',
        ...(record.agency ? { agency: record.agency } : {}),
      },
      occurredAt: record.at,
      correlationId: correlationId ?? id,
      causationId: correlationId ?? id,
    };
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ draft, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.draining) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      // A record queued after the last batch was taken, but before this ran, still needs its append.
      if (this.queue.length > 0) this.kick();
    });
  }

  /** Resolves once every record written so far is stored (or has failed). */
  async flushed(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const byStream = new Map<string, Pending[]>();
      for (const pending of batch) {
        const streamId = accessStreamId(pending.draft.occurredAt);
        byStream.set(streamId, [...(byStream.get(streamId) ?? []), pending]);
      }
      for (const [streamId, pendings] of byStream) {
        try {
          await this.append(
            streamId,
            pendings.map((p) => p.draft),
          );
          pendings.forEach((p) => p.resolve());
        } catch (error) {
          pendings.forEach((p) => p.reject(error));
        }
      }
    }
  }

  private async append(streamId: string, drafts: readonly AuditRecordDraft[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const tail = this.tails.get(streamId) ?? (await this.readTail(streamId));
      const events = chainAuditRecords(streamId, tail, drafts);
      try {
        const result = await this.store.append(
          streamId,
          events,
          tail.revision < 0n ? 'no_stream' : tail.revision,
        );
        // Only today's tail is worth keeping: yesterday's stream is not written again.
        if (!this.tails.has(streamId)) this.tails.clear();
        this.tails.set(streamId, {
          revision: result.nextExpectedRevision,
          lastHash: events[events.length - 1].metadata.hash,
        });
        return;
      } catch (error) {
        this.tails.delete(streamId);
        if (!(error instanceof WrongExpectedRevision) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  private async readTail(streamId: string): Promise<StreamTail> {
    const last = await lastEventOf(this.store, streamId);
    return last
      ? { revision: last.streamPosition, lastHash: String(last.metadata.hash) }
      : { revision: -1n, lastHash: GENESIS_HASH };
  }
}
