import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FromWorker, Subscription, ToWorker } from './subscriber-messages';

/** The benchmark's SSE clients, spread over worker threads; see subscriber-worker.ts. */
export class SubscriberPool {
  private readonly workers: Worker[];
  private readonly completions = new Map<string, number>();
  private readonly waiters = new Map<string, () => void>();

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => new Worker(join(__dirname, 'subscriber-worker.js')));
    for (const worker of this.workers) {
      worker.on('message', (message: FromWorker) => {
        if (message.type !== 'complete') return;
        const done = (this.completions.get(message.id) ?? 0) + 1;
        this.completions.set(message.id, done);
        if (done === this.workers.length) this.waiters.get(message.id)?.();
      });
    }
  }

  /** Opens the subscriptions, dealt round robin to the workers; every worker gets at least one. */
  async connect(subscriptions: readonly Subscription[]): Promise<void> {
    const shares = this.workers.map((_, w) => subscriptions.filter((_, i) => i % this.workers.length === w));
    await Promise.all(
      this.workers.map((worker, w) =>
        this.ask(worker, { type: 'connect', subscriptions: shares[w] }, 'connected'),
      ),
    );
  }

  /** Resolves once every client has received the item with this id, or after the timeout. */
  received(id: string, timeoutMs: number): Promise<boolean> {
    if (this.completions.get(id) === this.workers.length) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.set(id, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** Every receive time recorded since the last call, by item id. */
  async collect(): Promise<Map<string, number[]>> {
    const all = new Map<string, number[]>();
    for (const worker of this.workers) {
      const answer = await this.ask(worker, { type: 'collect' }, 'samples');
      if (answer.type !== 'samples') continue;
      for (const [id, times] of answer.received) all.set(id, [...(all.get(id) ?? []), ...times]);
    }
    this.completions.clear();
    this.waiters.clear();
    return all;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => this.ask(worker, { type: 'close' }, 'closed')));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private ask(worker: Worker, message: ToWorker, answer: FromWorker['type']): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      const listen = (reply: FromWorker) => {
        if (reply.type === 'failed') {
          worker.off('message', listen);
          reject(new Error(reply.message));
        } else if (reply.type === answer) {
          worker.off('message', listen);
          resolve(reply);
        }
      };
      worker.on('message', listen);
      worker.postMessage(message);
    });
  }
}
