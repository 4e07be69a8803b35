import { EVENTS_TOPIC } from '@hstf/contracts';
import { eventMessages, KafkaFanOut } from '@hstf/messaging';
import { JsonLog } from '@hstf/messaging';
import { loadProjectorConfig } from '../../../apps/projector/src/projector-config';
import {
  RunningProjectorProcess,
  startProjectorProcess,
} from '../../../apps/projector/src/projector-process';
import {
  deleteTopics,
  KAFKA_START_TIMEOUT_MS,
  kafkaClientEnv,
  kafkaFanOut,
  uniqueName,
} from '../../helpers/kafka';
import { foldStore } from './fold-store';
import { expectReadModelsToEqualFold } from './fold-comparison';
import { ProjectionHarness } from './harness';
import { writeScenario } from './scenario';
import { ScenarioWriter } from './scenario-writer';

describe('the projector process (distributed profile)', () => {
  const topic = uniqueName('projector-process');
  const lines: Record<string, unknown>[] = [];
  let harness: ProjectionHarness;
  let publisher: KafkaFanOut;
  let running: RunningProjectorProcess | undefined;
  let writer: ScenarioWriter;

  beforeAll(async () => {
    harness = await ProjectionHarness.open('rm_process');
    publisher = await kafkaFanOut('hstf-projector-process-test');
    writer = new ScenarioWriter(harness.store);
    await writeScenario(writer);
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await running?.stop();
    await publisher?.close();
    await harness?.close();
    await deleteTopics([topic]);
  });

  it('runs from its environment, projects the topic into PostgreSQL, logs JSON and stops gracefully', async () => {
    const config = loadProjectorConfig({
      DATABASE_URL: harness.connectionString,
      ...(await kafkaClientEnv()),
      KAFKA_TOPIC_PARTITIONS: '3',
      HSTF_PROJECTOR_TOPIC: topic,
      HSTF_PROJECTOR_GROUP_PREFIX: uniqueName('projector-process'),
      PROJECTOR_METRICS_PORT: '0',
    });
    const log = new JsonLog('projector', 'info', (line) => void lines.push(JSON.parse(line)));
    running = await startProjectorProcess(config, log);

    const events = await harness.eventsUpTo(writer.lastPosition);
    const messages = events.flatMap((event) => eventMessages(event)).filter((m) => m.topic === EVENTS_TOPIC);
    await publisher.publish(messages.map((m) => ({ ...m, topic })));
    await harness.untilApplied(events.length);
    await expectReadModelsToEqualFold(harness.queries, await foldStore(harness.store));
    const metrics = await (await fetch(`http://127.0.0.1:${running.metricsPort}/metrics`)).text();
    expect(metrics).toContain('hstf_projection_dead_letters_total{projection="state_board"} 0');
    expect(metrics).toContain('hstf_projection_dead_letters_unresolved{projection="feed"} 0');
    // Every message of the three partitions applied: nothing behind.
    expect(metrics).toContain('hstf_projection_lag_messages{projection="feed"} 0');
    expect(metrics).toContain('hstf_projection_lag_messages{projection="state_board"} 0');

    await running.stop();
    running = undefined;
    expect(lines.filter((l) => l.context === 'projector').map((l) => l.msg)).toEqual(
      expect.arrayContaining(['projection ready', 'projector started']),
    );
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});
