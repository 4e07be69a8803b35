/** Optimistic concurrency refused the append; `actual` is the stream's current revision ('no_stream' if absent). */
export class WrongExpectedRevision extends Error {
  override readonly name = 'WrongExpectedRevision';
  constructor(
    readonly streamId: string,
    readonly expected: 'no_stream' | 'any' | bigint,
    readonly actual: 'no_stream' | bigint,
  ) {
    super(`Stream ${streamId} is at revision ${String(actual)}, expected ${String(expected)}`);
  }
}

export class StreamNotFound extends Error {
  override readonly name = 'StreamNotFound';
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} was not found`);
  }
}
