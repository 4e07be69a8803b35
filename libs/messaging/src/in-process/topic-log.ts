import { OutgoingMessage } from '../port';
import { partitionForKey } from './key-partition';
import { PartitionLog } from './partition-log';

/**
 * An in-memory topic and the positions of the groups that consume it. Memory is bounded without
 * losing anything a group still needs: once a topic has groups, a record goes when every group has
 * consumed it; before that, records older than the retention go.
 */
export class TopicLog {
  readonly partitions: readonly PartitionLog[];
  /** Per group, the next offset to deliver in each partition. */
  private readonly positions = new Map<string, bigint[]>();

  constructor(
    readonly name: string,
    partitionCount: number,
    firstOffset: bigint,
    /** Applies while no group consumes the topic; -1 keeps everything. */
    private readonly retentionMs: number,
  ) {
    if (!Number.isInteger(partitionCount) || partitionCount < 1) {
      throw new RangeError(`Topic ${name} needs at least one partition, got ${partitionCount}`);
    }
    this.partitions = Array.from(
      { length: partitionCount },
      (_, p) => new PartitionLog(name, p, firstOffset),
    );
  }

  append(message: OutgoingMessage, now: Date): void {
    const log = this.partitions[partitionForKey(message.key, this.partitions.length)];
    // Copied, so a publisher reusing its buffer cannot change what consumers read later.
    log.append(message.key, Buffer.from(message.value), { ...message.headers }, now);
    if (this.positions.size === 0 && this.retentionMs >= 0) {
      log.trimOlderThan(new Date(now.getTime() - this.retentionMs));
    }
  }

  position(group: string, partition: number): bigint | undefined {
    return this.positions.get(group)?.[partition];
  }

  /** Records where `group` continues in `partition`; its first call makes the group hold records back. */
  commit(group: string, partition: number, next: bigint): void {
    let offsets = this.positions.get(group);
    if (!offsets) this.positions.set(group, (offsets = this.partitions.map((log) => log.startOffset)));
    offsets[partition] = next;
    let lowest = next;
    for (const groupOffsets of this.positions.values()) {
      if (groupOffsets[partition] < lowest) lowest = groupOffsets[partition];
    }
    this.partitions[partition].trimBelow(lowest);
  }
}
