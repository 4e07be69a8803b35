import type { BenchEvent } from './directive-events';

/** One stream being written the way a command handler does: each append states the revision it expects. */
export interface StreamWriter {
  append(events: readonly BenchEvent[]): Promise<void>;
}

/** A store under test, behind the few operations the figures need. */
export interface Contender {
  readonly name: string;
  writer(streamId: string): StreamWriter;
  /** Reads the global log from its start in pages until `count` events are read; returns how many were read. */
  readAll(count: number, pageSize: number): Promise<number>;
  close(): Promise<void>;
}
