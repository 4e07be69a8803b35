/** What the benchmark's main thread and its subscriber workers say to each other. */
export interface Subscription {
  readonly url: string;
  readonly token: string;
}

export type ToWorker =
  | { readonly type: 'connect'; readonly subscriptions: readonly Subscription[] }
  | { readonly type: 'collect' }
  | { readonly type: 'close' };

export type FromWorker =
  | { readonly type: 'connected'; readonly clients: number }
  | { readonly type: 'complete'; readonly id: string }
  | { readonly type: 'samples'; readonly received: readonly (readonly [string, readonly number[]])[] }
  | { readonly type: 'closed' }
  | { readonly type: 'failed'; readonly message: string };

/** Wall-clock milliseconds with sub-millisecond precision, comparable between threads. */
export const now = (): number => performance.timeOrigin + performance.now();
