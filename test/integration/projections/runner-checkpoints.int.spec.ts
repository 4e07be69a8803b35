import { EVENTS_TOPIC } from '@hstf/contracts';
import type { EventStore, RecordedEvent, SubscribeOptions } from '@hstf/event-store';
import { eventMessages, InProcessFanOut } from '@hstf/messaging';
import {
  ALL_PROJECTIONS,
  consumeIntoProjection,
  followEventStore,
  FollowingRunner,
  fromRecordedEvent,
  ProjectedEvent,
  ProjectionLogger,
  ProjectionRunner,
  startProjector,
  stateBoardProjection,
  StreamConflict,
  StreamGap,
} from '@hstf/projections';
import { foldStore } from './fold-store';
import { expectReadModelsToEqualFold } from './fold-comparison';
import { ProjectionHarness } from './harness';
import { writeMore, writeScenario } from './scenario';
import { ScenarioWriter } from './scenario-writer';

const quiet = { error: jest.fn(), warn: jest.fn(), log: jest.fn() };

function recordingLogger(): ProjectionLogger & { errors: [string, Record<string, unknown> | undefined][] } {
  const errors: [string, Record<string, unknown> | undefined][] = [];
  return {
    errors,
    info: () => undefined,
    warn: () => undefined,
    error: (message, fields) => void errors.push([message, fields]),
  };
}

describe('the projection runner', () => {
  let harness: ProjectionHarness;
  let writer: ScenarioWriter;
  let events: ProjectedEvent[];

  beforeAll(async () => {
    harness = await ProjectionHarness.open('rm_runner');
    writer = new ScenarioWriter(harness.store);
    await writeScenario(writer);
    events = (await harness.eventsUpTo(writer.lastPosition)).map(fromRecordedEvent);
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  describe('given batches from an at-least-once source', () => {
    const runners = () => ALL_PROJECTIONS.map((p) => new ProjectionRunner(harness.readModels, p));

    it('applies each event once: repeated and overlapping batches change nothing', async () => {
      for (const runner of runners()) {
        await runner.prepare();
        expect(await runner.applyBatch(events.slice(0, 30), { ordered: false })).toMatchObject({
          applied: 30,
          duplicates: 0,
        });
        expect(await runner.applyBatch(events.slice(20, 50), { ordered: false })).toMatchObject({
          applied: 20,
          duplicates: 10,
        });
        expect(await runner.applyBatch(events.slice(0, 50), { ordered: false })).toMatchObject({
          applied: 0,
          duplicates: 50,
        });
        // A relay re-send interleaves old and new events of the same streams.
        const resent = [...events.slice(40, 60), ...events.slice(45, events.length)];
        expect(await runner.applyBatch(resent, { ordered: false })).toMatchObject({
          applied: events.length - 50,
        });
      }
      const statuses = await harness.queries.statuses();
      expect(statuses.map((s) => s.eventsApplied)).toEqual(ALL_PROJECTIONS.map(() => events.length));
      await expectReadModelsToEqualFold(harness.queries, await foldStore(harness.store));
    });

    it('skips, from an ordered source, whatever is at or below the checkpoint', async () => {
      const runner = new ProjectionRunner(harness.readModels, stateBoardProjection);
      expect(await runner.applyBatch(events.slice(-5), { ordered: true })).toMatchObject({
        applied: 0,
        duplicates: 5,
      });
      expect(await runner.checkpoint()).toBe(events[events.length - 1].globalPosition);
    });

    it('refuses a batch with a gap in a stream, logs why, and keeps none of it', async () => {
      const logger = recordingLogger();
      const runner = new ProjectionRunner(harness.readModels, stateBoardProjection, logger);
      const before = await harness.queries.statuses();
      const streamId = 'tasking-00000000-0000-4000-8000-000000000001';
      const first = {
        ...events.find((e) => e.type === 'TaskingAssigned')!,
        id: 'e-0',
        streamId,
        streamPosition: 0n,
        globalPosition: 10n ** 15n,
      };
      const third = { ...first, id: 'e-2', streamPosition: 2n, globalPosition: 10n ** 15n + 2n };
      await expect(runner.applyBatch([first, third], { ordered: false })).rejects.toThrow(StreamGap);
      expect(logger.errors).toEqual([
        [
          expect.stringContaining('leaves a gap'),
          expect.objectContaining({ streamId, expected: '1', received: '2', refusal: 'StreamGap' }),
        ],
      ]);
      expect(await harness.queries.statuses()).toEqual(before);
      expect(await harness.queries.streamPosition('state_board', streamId)).toBeUndefined();
    });

    it('refuses another event claiming a position already applied', async () => {
      const runner = new ProjectionRunner(harness.readModels, stateBoardProjection, recordingLogger());
      const last = events[events.length - 1];
      await expect(runner.applyBatch([{ ...last, id: 'another-event' }], { ordered: false })).rejects.toThrow(
        StreamConflict,
      );
    });
  });

  it('resumes one restarted store subscription, for every projection, from their checkpoint', async () => {
    const froms: SubscribeOptions['from'][] = [];
    const store: EventStore = Object.assign(Object.create(harness.store) as EventStore, {
      subscribe: (options: SubscribeOptions = {}) => {
        froms.push(options.from);
        return harness.store.subscribe(options);
      },
    });
    const checkpoint = await harness.queries.position('feed');
    await writeMore(writer, 1);
    const projector = await startProjector({
      db: harness.readModels,
      source: { kind: 'event-store', store },
    });
    await harness.untilCaughtUp(writer.lastPosition);
    await projector.stop();
    // One read of the store feeds them all: each event is read once, whatever the number of projections.
    expect(froms).toEqual([checkpoint]);
    const total = (await harness.eventsUpTo(writer.lastPosition)).length;
    expect((await harness.queries.statuses()).map((s) => s.eventsApplied)).toEqual(
      ALL_PROJECTIONS.map(() => total),
    );
    await expectReadModelsToEqualFold(harness.queries, await foldStore(harness.store));
  });

  it('keeps the other projections going while one fails, and brings that one back when it recovers', async () => {
    // Runners that record what they are given; one fails with an error no dead letter covers.
    const runner = (name: string) => {
      const state = { failing: false, positions: [] as bigint[] };
      const stub: FollowingRunner = {
        projection: { ...stateBoardProjection, name },
        // Its checkpoint is what it applied, as a runner's is (stored with its rows).
        checkpoint: async () => state.positions.at(-1) ?? -1n,
        applyBatch: async (batch) => {
          if (state.failing) throw new Error('could not extend file: No space left on device');
          state.positions.push(...batch.map((event) => event.globalPosition));
          return {
            applied: batch.length,
            duplicates: 0,
            deadLetters: [],
            checkpoint: batch.at(-1)!.globalPosition,
          };
        },
      };
      return { stub, state };
    };
    const healthy = runner('healthy');
    const failing = runner('failing');
    failing.state.failing = true;
    const logger = recordingLogger();
    const following = followEventStore(harness.store, [failing.stub, healthy.stub], {
      retryDelayMs: 20,
      maxRetryDelayMs: 50,
      logger,
    });
    const everyPosition = async () =>
      (await harness.eventsUpTo(writer.lastPosition)).map((e) => e.globalPosition);
    const until = async (done: () => boolean) => {
      const deadline = Date.now() + 20_000;
      while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    try {
      const head = writer.lastPosition;
      await until(() => healthy.state.positions.at(-1) === head);
      expect(healthy.state.positions).toEqual(await everyPosition());
      expect(failing.state.positions).toEqual([]);
      expect(logger.errors[0]).toEqual([
        expect.stringContaining('No space left on device'),
        expect.objectContaining({ consumer: 'failing' }),
      ]);
      // Recovered: at the next event after its pause it catches up alone, each event once, and rejoins.
      failing.state.failing = false;
      await new Promise((resolve) => setTimeout(resolve, 60));
      await writeMore(writer, 2);
      await until(() => failing.state.positions.at(-1) === writer.lastPosition);
      await until(() => healthy.state.positions.at(-1) === writer.lastPosition);
      expect(failing.state.positions).toEqual(await everyPosition());
      expect(healthy.state.positions).toEqual(await everyPosition());
    } finally {
      await following.stop();
    }
  });

  it('resumes a restarted fan-out consumer after the offset stored with its rows', async () => {
    const other = await ProjectionHarness.open('rm_runner_fanout');
    const fanOut = new InProcessFanOut({ logger: quiet });
    try {
      await fanOut.ensureTopics([EVENTS_TOPIC]);
      const recorded = await harness.eventsUpTo(writer.lastPosition);
      const publish = (some: RecordedEvent[]) =>
        fanOut.publish(some.flatMap((event) => eventMessages(event)).filter((m) => m.topic === EVENTS_TOPIC));
      const runner = new ProjectionRunner(other.readModels, stateBoardProjection);
      await runner.prepare();
      const delivered: bigint[] = [];
      const applyBatch = runner.applyBatch.bind(runner);
      runner.applyBatch = (batch, options) => {
        delivered.push(...batch.map((e) => e.globalPosition));
        return applyBatch(batch, options);
      };

      await publish(recorded.slice(0, 40));
      const first = await consumeIntoProjection(fanOut, runner, { group: 'before-restart' });
      await until(() => delivered.length === 40);
      await first.stop();
      const stored = await runner.storedOffset({ topic: EVENTS_TOPIC, partition: 0 });

      await publish(recorded.slice(40));
      // A new group has no committed offset of its own: only the stored one can say where to resume.
      const second = await consumeIntoProjection(fanOut, runner, { group: 'after-restart' });
      await until(() => delivered.length === recorded.length);
      await second.stop();
      expect(stored).toEqual(expect.any(BigInt));
      expect(delivered).toEqual(recorded.map((e) => e.globalPosition));
      expect((await other.queries.statuses())[0].eventsApplied).toBe(recorded.length);
    } finally {
      await fanOut.close();
      await other.close();
    }
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
