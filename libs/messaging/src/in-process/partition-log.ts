import { IncomingMessage, MessageHeaders } from '../port';

/** Dropped records are compacted away in chunks so trimming stays O(1) per record. */
const COMPACT_AFTER = 1024;

/** One partition of an in-memory topic: an append-only array of records with contiguous offsets. */
export class PartitionLog {
  private records: IncomingMessage[] = [];
  private head = 0;
  private next: bigint;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly topic: string,
    readonly partition: number,
    firstOffset: bigint,
  ) {
    this.next = firstOffset;
  }

  /** Offset of the oldest record still held (equal to endOffset when none is). */
  get startOffset(): bigint {
    return this.next - BigInt(this.records.length - this.head);
  }

  /** Offset the next appended record will get. */
  get endOffset(): bigint {
    return this.next;
  }

  append(key: string, value: Buffer, headers: MessageHeaders, timestamp: Date): void {
    const { topic, partition } = this;
    this.records.push({ topic, partition, offset: this.next, key, value, headers, timestamp });
    this.next += 1n;
    for (const listener of this.listeners) listener();
  }

  /** Up to `max` records from `from` on; `from` must lie within [startOffset, endOffset]. */
  read(from: bigint, max: number): IncomingMessage[] {
    const index = this.head + Number(from - this.startOffset);
    return this.records.slice(index, index + max);
  }

  /** Forgets the records below `offset`. */
  trimBelow(offset: bigint): void {
    const drop = Number((offset < this.next ? offset : this.next) - this.startOffset);
    if (drop > 0) this.dropHead(drop);
  }

  /** Forgets the records stamped before `cutoff`. */
  trimOlderThan(cutoff: Date): void {
    let drop = 0;
    while (this.head + drop < this.records.length && this.records[this.head + drop].timestamp < cutoff)
      drop++;
    if (drop > 0) this.dropHead(drop);
  }

  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private dropHead(count: number): void {
    this.head += count;
    if (this.head >= COMPACT_AFTER && this.head * 2 >= this.records.length) {
      this.records = this.records.slice(this.head);
      this.head = 0;
    }
  }
}
