/**
 * The one port every store adapter implements (PostgreSQL on pg or PGlite, EventStoreDB).
 * The conformance suite in test/conformance runs against each adapter.
 */
export type ExpectedRevision = 'no_stream' | 'any' | bigint;

/** An event as handed to `append`: the id is deterministic (see libs/contracts), so a retry appends nothing. */
export interface NewEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Record<string, unknown>;
}

/** An event as read back from the store. */
export interface RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  /** 0-based revision within the stream. */
  readonly streamPosition: bigint;
  /** Store-wide order; strictly increasing in commit-visible order, not necessarily contiguous. */
  readonly globalPosition: bigint;
  readonly data: unknown;
  readonly metadata: Record<string, unknown>;
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** Revision of the last event of the stream after the append. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last event written (or of the existing one for an idempotent retry). */
  readonly position: bigint;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Revision to start from (inclusive); default: start (forwards) or end (backwards). */
  readonly fromRevision?: bigint;
  readonly maxCount?: number;
}

export interface AllFilter {
  /** Event types starting with any of these prefixes. */
  readonly eventTypePrefixes?: readonly string[];
  /** Streams whose id starts with any of these prefixes. */
  readonly streamPrefixes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events with a global position strictly greater than this. Default: from the start. */
  readonly after?: bigint;
  readonly maxCount?: number;
  readonly filter?: AllFilter;
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: the subscription yields events after it. 'start' and 'end' as for ESDB. */
  readonly from?: bigint | 'start' | 'end';
  readonly filter?: AllFilter;
  /**
   * Once caught up, how long a live subscription lets the log grow after a wake before it reads again:
   * the appends of that time come in one read, and a reader of a busy log reads at most once per
   * `lingerMs` instead of once per append. Adapters that are pushed their events (EventStoreDB) ignore it.
   */
  readonly lingerMs?: number;
}

/** Catch-up then live; `close()` ends the iteration. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  append(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult>;
  /** Throws StreamNotFound when the stream has no event. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribe(options?: SubscribeOptions): Subscription;
  /**
   * Global position of the last committed event visible to readers (of those the filter keeps), or -1n
   * when there is none. The relay and the projections read only the domain's streams: their lag is
   * measured against the head of those, not against the audit's records.
   */
  headPosition(filter?: AllFilter): Promise<bigint>;
  /**
   * The event at exactly this global position, or undefined when none is there (positions are not
   * contiguous). Read-your-writes across Kafka partitions waits on that event's stream (see ReadPosition).
   */
  eventAt(position: bigint): Promise<RecordedEvent | undefined>;
  close(): Promise<void>;
}
