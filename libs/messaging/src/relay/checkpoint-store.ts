/** Where a relay keeps the global position of the last event whose messages were all acknowledged. */
export interface CheckpointStore {
  /** Undefined when the relay has never checkpointed: it starts from the beginning of the store. */
  load(name: string): Promise<bigint | undefined>;
  save(name: string, position: bigint): Promise<void>;
}
