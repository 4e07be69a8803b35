/**
 * Why a runner refuses a batch. Refusing rolls the whole batch back, so the source delivers it again:
 * nothing is skipped and nothing is applied on a guess.
 */
export abstract class BatchRefused extends Error {
  abstract readonly details: Record<string, unknown>;
}

/** An event arrived before the one that precedes it in its stream (lost, or still on its way). */
export class StreamGap extends BatchRefused {
  override readonly name = 'StreamGap';
  constructor(
    readonly projection: string,
    readonly streamId: string,
    readonly expected: bigint,
    readonly received: bigint,
    readonly eventId: string,
  ) {
    super(
      `${projection}: ${streamId} is at position ${expected - 1n}, so event ${eventId} at position ${received} leaves a gap; ` +
        `refusing the batch until position ${expected} arrives`,
    );
  }

  get details(): Record<string, unknown> {
    const { projection, streamId, expected, received, eventId } = this;
    return { projection, streamId, expected: String(expected), received: String(received), eventId };
  }
}

/** Two different events claim the same place in a stream: the source is not the store this model was built from. */
export class StreamConflict extends BatchRefused {
  override readonly name = 'StreamConflict';
  constructor(
    readonly projection: string,
    readonly streamId: string,
    readonly position: bigint,
    readonly appliedEventId: string,
    readonly eventId: string,
  ) {
    super(
      `${projection}: ${streamId} position ${position} was applied as event ${appliedEventId}, now event ${eventId} ` +
        'claims it; rebuild the projection from the store this source belongs to',
    );
  }

  get details(): Record<string, unknown> {
    const { projection, streamId, position, appliedEventId, eventId } = this;
    return { projection, streamId, position: String(position), appliedEventId, eventId };
  }
}

/** The live table set was written by another version of the projection than this build's. */
export class ProjectionOutdated extends BatchRefused {
  override readonly name = 'ProjectionOutdated';
  constructor(
    readonly projection: string,
    readonly liveVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `${projection}: the live tables are version ${liveVersion} and this build writes version ${codeVersion}; ` +
        `run \`hstf projections rebuild ${projection}\` with this build (queries keep answering meanwhile)`,
    );
  }

  get details(): Record<string, unknown> {
    return { projection: this.projection, liveVersion: this.liveVersion, codeVersion: this.codeVersion };
  }
}

export class ProjectionNotPrepared extends Error {
  override readonly name = 'ProjectionNotPrepared';
  constructor(readonly projection: string) {
    super(`${projection} has no table set yet: call prepare() on its runner first`);
  }
}
