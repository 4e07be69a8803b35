import { RetryDelays } from '@hstf/event-store';
import { LogSink } from '../log-sink';
import { ConsumeOptions, IncomingMessage, MessageConsumer } from '../port';
import { TopicLog } from './topic-log';
import { Wakeup } from './wakeup';

interface Cursor {
  readonly topic: TopicLog;
  readonly partition: number;
  next: bigint;
}

/**
 * The only member of its group: one loop walks the partitions round robin and hands each its next
 * batch, so batches are handled one at a time and a failing partition does not stall the others.
 */
export class InProcessConsumer implements MessageConsumer {
  private running = true;
  private readonly appended = new Wakeup();
  private cancelPause?: () => void;
  private readonly retryDelays = new RetryDelays({ initialMs: 100, maxMs: 5_000 });
  private loop: Promise<void> = Promise.resolve();
  private readonly unsubscribe: (() => void)[] = [];

  private constructor(
    private readonly options: ConsumeOptions,
    private readonly logger: LogSink,
    private readonly maxBatchSize: number,
  ) {}

  static async start(
    topics: readonly TopicLog[],
    options: ConsumeOptions,
    logger: LogSink,
    maxBatchSize: number,
  ): Promise<InProcessConsumer> {
    const consumer = new InProcessConsumer(options, logger, maxBatchSize);
    const cursors: Cursor[] = [];
    for (const topic of topics) {
      for (const log of topic.partitions) {
        const next = await consumer.startPosition(topic, log.partition);
        topic.commit(options.group, log.partition, next);
        cursors.push({ topic, partition: log.partition, next });
      }
    }
    // Only once every position is known: a failing resumeFrom leaves no listener behind.
    for (const { topic, partition } of cursors) {
      consumer.unsubscribe.push(topic.partitions[partition].onAppend(() => consumer.appended.wake()));
    }
    consumer.loop = consumer.run(cursors);
    return consumer;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.cancelPause?.();
    this.appended.wake();
    await this.loop;
    for (const unsubscribe of this.unsubscribe) unsubscribe();
  }

  /** The consumer's own checkpoint wins, then the group's position; a position outside the log resets. */
  private async startPosition(topic: TopicLog, partition: number): Promise<bigint> {
    const log = topic.partitions[partition];
    const resumed = await this.options.resumeFrom?.({ topic: topic.name, partition });
    const wanted = resumed !== undefined ? resumed + 1n : topic.position(this.options.group, partition);
    if (wanted !== undefined && wanted >= log.startOffset && wanted <= log.endOffset) return wanted;
    return this.options.startAt === 'latest' ? log.endOffset : log.startOffset;
  }

  private async run(cursors: readonly Cursor[]): Promise<void> {
    while (this.running) {
      let delivered = false;
      for (const cursor of cursors) {
        if (!this.running) return;
        const messages = cursor.topic.partitions[cursor.partition].read(cursor.next, this.maxBatchSize);
        if (messages.length === 0) continue;
        delivered = true;
        await this.deliver(cursor, messages);
      }
      if (!delivered) await this.appended.wait();
    }
  }

  private async deliver(cursor: Cursor, messages: IncomingMessage[]): Promise<void> {
    const { topic, partition } = cursor;
    const lastOffset = messages[messages.length - 1].offset;
    try {
      await this.options.handler({ topic: topic.name, partition, messages, lastOffset });
    } catch (error) {
      const delay = this.retryDelays.next();
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.error(
        `Group ${this.options.group} failed on ${topic.name}[${partition}] at offset ${messages[0].offset}: ` +
          `${reason}; redelivering in ${delay} ms`,
      );
      await this.pause(delay);
      return;
    }
    this.retryDelays.reset();
    cursor.next = lastOffset + 1n;
    topic.commit(this.options.group, partition, cursor.next);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.cancelPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
