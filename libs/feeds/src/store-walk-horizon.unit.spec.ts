import type { ReadAllOptions, RecordedEvent } from '@hstf/event-store';
import { StoreWalkHorizon } from './store-walk-horizon';

const event = (position: number, streamId = `directive-${position}`): RecordedEvent => ({
  id: `e-${position}`,
  type: streamId.startsWith('access-') ? 'AccessRecorded' : 'DirectiveIssued',
  streamId,
  streamPosition: 0n,
  globalPosition: BigInt(position),
  data: {},
  metadata: {},
  recordedAt: new Date(0),
});

function horizonOver(events: RecordedEvent[], applied: Set<bigint>, lookbackStart = -1n) {
  const store = {
    readAll: async ({ after = -1n, maxCount = 1000, filter }: ReadAllOptions = {}) =>
      events
        .filter((e) => e.globalPosition > after)
        .filter((e) => filter?.streamPrefixes?.some((prefix) => e.streamId.startsWith(prefix)) ?? true)
        .slice(0, maxCount),
  };
  const reader = {
    applied: async (positions: readonly bigint[]) => new Set(positions.filter((p) => applied.has(p))),
    positionBack: async () => lookbackStart,
  };
  return new StoreWalkHorizon(store, reader);
}

describe('the store-walk horizon', () => {
  it('stops before the first event the feed projection has not applied, though later ones are', async () => {
    const applied = new Set([10n, 30n, 40n]);
    const horizon = horizonOver([event(10), event(20), event(30), event(40)], applied);
    await horizon.start();
    expect(await horizon.advance()).toBe(10n);
    applied.add(20n);
    expect(await horizon.advance()).toBe(40n);
  });

  it('walks only the streams the relay publishes: the audit records beside them make no feed items', async () => {
    const audit = [event(11, 'access-2026-12-01'), event(12, 'audit-checkpoints')];
    const horizon = horizonOver([event(10), ...audit, event(20)], new Set([10n, 20n]));
    await horizon.start();
    expect(await horizon.advance()).toBe(20n);
  });

  it('starts the walk from where the feed stood a lookback before its newest item', async () => {
    const horizon = horizonOver([event(10), event(20), event(30)], new Set([30n]), 20n);
    expect(await horizon.start()).toBe(20n);
    expect(await horizon.advance()).toBe(30n);
  });

  it('never moves back', async () => {
    const horizon = horizonOver([event(10)], new Set([10n]));
    await horizon.start();
    expect(await horizon.advance()).toBe(10n);
    expect(await horizon.advance()).toBe(10n);
  });
});
