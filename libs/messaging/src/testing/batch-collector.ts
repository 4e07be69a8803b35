import { IncomingMessage, MessageBatch } from '../port';

/**
 * A consume handler for tests that records every batch and lets the test wait for a message count.
 * Shared by the unit, integration and app suites, so both adapters are checked the same way.
 */
export class BatchCollector {
  readonly batches: MessageBatch[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  readonly handler = async (batch: MessageBatch): Promise<void> => {
    this.batches.push(batch);
    const total = this.messages.length;
    this.waiters = this.waiters.filter((w) => (w.count <= total ? (w.resolve(), false) : true));
  };

  get messages(): IncomingMessage[] {
    return this.batches.flatMap((b) => b.messages);
  }

  /** Values as UTF-8 strings, in delivery order. */
  get values(): string[] {
    return this.messages.map((m) => m.value.toString('utf8'));
  }

  async until(count: number, timeoutMs = 10_000): Promise<IncomingMessage[]> {
    if (this.messages.length < count) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.waiters.push({ count, resolve })),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Saw ${this.messages.length} of ${count} messages in ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]).finally(() => clearTimeout(timer));
    }
    return this.messages;
  }
}

/** Values per key in delivery order: what per-key ordering is checked against. */
export function valuesByKey(messages: readonly IncomingMessage[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const m of messages) {
    const values = byKey.get(m.key) ?? [];
    values.push(m.value.toString('utf8'));
    byKey.set(m.key, values);
  }
  return byKey;
}
