import { EVENTS_TOPIC } from '@hstf/contracts';
import type { RecordedEvent } from '@hstf/event-store';
import { eventMessages, KafkaFanOut } from '@hstf/messaging';
import {
  ALL_PROJECTIONS,
  ProjectedEvent,
  ProjectionRunner,
  RunningProjector,
  startProjector,
} from '@hstf/projections';
import { deleteTopics, KAFKA_START_TIMEOUT_MS, kafkaFanOut, uniqueName } from '../../helpers/kafka';
import { foldStore } from './fold-store';
import { expectReadModelsToEqualFold } from './fold-comparison';
import { ProjectionHarness } from './harness';
import { writeMore, writeScenario } from './scenario';
import { ScenarioWriter } from './scenario-writer';

/*
 * The broker is shared with other suites and engineers, whose events on hstf.events.v1 are none of this
 * story's; the projector reads a topic of this run instead, with the relay's own messages on it.
 */
describe('projector on a real Kafka broker', () => {
  const topic = uniqueName('projector-events');
  const groupPrefix = uniqueName('projector');
  let harness: ProjectionHarness;
  let writer: ScenarioWriter;
  let fanOut: KafkaFanOut;
  let projector: RunningProjector | undefined;

  /** What the relay publishes to hstf.events.v1 for these events, sent to this run's topic. */
  async function relay(events: readonly RecordedEvent[]): Promise<void> {
    const messages = events.flatMap((event) => eventMessages(event)).filter((m) => m.topic === EVENTS_TOPIC);
    await fanOut.publish(messages.map((m) => ({ ...m, topic })));
  }

  beforeAll(async () => {
    fanOut = await kafkaFanOut('hstf-projector-test');
    await fanOut.ensureTopics([topic], { partitions: 3 });
    harness = await ProjectionHarness.open('rm_kafka');
    writer = new ScenarioWriter(harness.store);
    await writeScenario(writer);
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await projector?.stop();
    await fanOut?.close();
    await harness?.close();
    await deleteTopics([topic]);
  });

  it('projects what the relay publishes, across partitions and despite re-sent batches, equal to the fold', async () => {
    const events = await harness.eventsUpTo(writer.lastPosition);
    await relay(events.slice(0, 60));
    // A relay that lost an acknowledgement sends the same batch again.
    await relay(events.slice(30, 60));
    await relay(events.slice(60));
    projector = await startProjector({
      db: harness.readModels,
      source: { kind: 'fan-out', fanOut, topic, groupPrefix },
    });
    await harness.untilApplied(events.length);
    const statuses = await harness.queries.statuses();
    expect(statuses.map((s) => s.eventsApplied)).toEqual(ALL_PROJECTIONS.map(() => events.length));
    await expectReadModelsToEqualFold(harness.queries, await foldStore(harness.store));
  });

  it('resumes after a restart from the offsets stored with its rows, redelivering nothing', async () => {
    await projector?.stop();
    projector = undefined;
    const before = (await harness.eventsUpTo(writer.lastPosition)).length;
    await writeMore(writer, 1);
    const all = await harness.eventsUpTo(writer.lastPosition);
    await relay(all.slice(before));

    const delivered: ProjectedEvent[] = [];
    const applyBatch = ProjectionRunner.prototype.applyBatch;
    const spy = jest.spyOn(ProjectionRunner.prototype, 'applyBatch').mockImplementation(function (
      this: ProjectionRunner,
      batch,
      options,
    ) {
      delivered.push(...batch);
      return applyBatch.call(this, batch, options);
    });
    try {
      // New consumer groups: Kafka has no committed offset for them, only the projections' own checkpoints.
      projector = await startProjector({
        db: harness.readModels,
        source: { kind: 'fan-out', fanOut, topic, groupPrefix: `${groupPrefix}.restarted` },
      });
      await harness.untilApplied(all.length);
    } finally {
      spy.mockRestore();
    }
    expect(delivered).toHaveLength((all.length - before) * ALL_PROJECTIONS.length);
    await expectReadModelsToEqualFold(harness.queries, await foldStore(harness.store));
  });
});
