/** Header values are strings on both adapters; binary data belongs in the value. */
export type MessageHeaders = Readonly<Record<string, string>>;

export interface OutgoingMessage {
  readonly topic: string;
  /** Messages with the same key keep their order (DESIGN.md: key = streamId). */
  readonly key: string;
  readonly value: Buffer | string;
  readonly headers?: MessageHeaders;
}

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

export interface IncomingMessage extends TopicPartition {
  /** Position in the partition; strictly increasing, not necessarily contiguous. */
  readonly offset: bigint;
  readonly key: string;
  readonly value: Buffer;
  readonly headers: MessageHeaders;
  readonly timestamp: Date;
}

/** Consecutive messages of one partition, in order. */
export interface MessageBatch extends TopicPartition {
  readonly messages: readonly IncomingMessage[];
  /** Offset of the last message: what a consumer stores as its position once the batch is applied. */
  readonly lastOffset: bigint;
}
