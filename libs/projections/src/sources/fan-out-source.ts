import { EVENTS_TOPIC } from '@hstf/contracts';
import type { MessageBatch, MessageConsumer, MessageConsumerFactory } from '@hstf/messaging';
import { fromMessage } from '../events/from-message';
import { ProjectionLogger, silentLogger } from '../runner/projection-logger';
import { ProjectionRunner } from '../runner/projection-runner';
import { BatchRefused } from '../runner/refusals';

export interface FanOutSourceOptions {
  /** Default `hstf-projector.<projection>`: one consumer group per projection. */
  readonly group?: string;
  readonly topic?: string;
  readonly logger?: ProjectionLogger;
}

export const projectorGroup = (projection: string, prefix = 'hstf-projector'): string =>
  `${prefix}.${projection}`;

/**
 * Feeds a runner from `hstf.events.v1` through the fan-out port: Kafka in the distributed profile, the
 * in-process transport in the embedded one. Positions come from the projection's own checkpoint rows,
 * written with its rows, so the group's committed offsets never decide what is applied.
 */
export function consumeIntoProjection(
  fanOut: MessageConsumerFactory,
  runner: ProjectionRunner,
  options: FanOutSourceOptions = {},
): Promise<MessageConsumer> {
  const logger = options.logger ?? silentLogger;
  const projection = runner.projection.name;
  const handler = async (batch: MessageBatch): Promise<void> => {
    const { topic, partition, lastOffset } = batch;
    try {
      const events = batch.messages.map(fromMessage);
      await runner.applyBatch(events, { ordered: false, offset: { topic, partition, offset: lastOffset } });
    } catch (error) {
      // The runner has logged its own refusals; anything else (a malformed message, a lost connection) is
      // logged here before the batch goes back to be delivered again.
      if (!(error instanceof BatchRefused)) {
        logger.error(`batch failed: ${(error as Error).message}`, {
          projection,
          topic,
          partition,
          firstOffset: String(batch.messages[0]?.offset),
        });
      }
      throw error;
    }
  };
  return fanOut.consume({
    group: options.group ?? projectorGroup(projection),
    topics: [options.topic ?? EVENTS_TOPIC],
    resumeFrom: (partition) => runner.storedOffset(partition),
    handler,
  });
}
