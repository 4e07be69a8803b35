import { EventStore } from '@hstf/event-store';
import { concurrentAppenderCases } from './cases/concurrent-appenders';
import { filterCases } from './cases/filters';
import { idempotentRetryCases } from './cases/idempotent-retries';
import { largeStreamCases } from './cases/large-stream';
import { optimisticConcurrencyCases } from './cases/optimistic-concurrency';
import { payloadCases } from './cases/payloads';
import { readingCases } from './cases/reading';
import { subscriptionCases } from './cases/subscriptions';
import { ConformanceContext } from './conformance-context';

/** How a spec file provides the adapter under test. */
export interface ConformanceTarget {
  readonly name: string;
  /** Opens the store once for the whole suite. */
  open(): Promise<EventStore>;
  /** Releases what `open` set up beyond the store (a test database), after the store is closed. */
  cleanUp?(): Promise<void>;
  /** Why the suite cannot run here: it is then registered as skipped, with the reason in its name. */
  readonly skipBecause?: string;
}

/**
 * The behaviour every EventStore adapter must show, whatever it runs on. Adapter-specific guarantees
 * (the late-commit guard of PostgreSQL, reopening a PGlite directory) live in their own spec files.
 */
export function describeEventStoreConformance(target: ConformanceTarget): void {
  const skip = target.skipBecause;
  const suite = skip ? describe.skip : describe;
  suite(`EventStore conformance: ${target.name}${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let store: EventStore | undefined;
    const context: ConformanceContext = {
      store: () => {
        if (!store) throw new Error(`The ${target.name} store is not open`);
        return store;
      },
    };

    beforeAll(async () => {
      store = await target.open();
    }, 60_000);

    afterAll(async () => {
      await store?.close();
      await target.cleanUp?.();
    }, 60_000);

    optimisticConcurrencyCases(context);
    idempotentRetryCases(context);
    readingCases(context);
    filterCases(context);
    subscriptionCases(context);
    payloadCases(context);
    largeStreamCases(context);
    concurrentAppenderCases(context);
  });
}
