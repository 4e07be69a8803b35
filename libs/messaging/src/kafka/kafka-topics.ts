import { Admin } from 'kafkajs';
import { ProvisionedTopics, TopicOptions } from '../port';

/**
 * Creates the missing topics. Existing ones keep their partitions: adding partitions would move keys to
 * other partitions and break per-stream order for consumers in flight.
 */
export async function createMissingTopics(
  admin: Admin,
  names: readonly string[],
  options: TopicOptions,
): Promise<ProvisionedTopics> {
  const wanted = [...new Set(names)];
  const present = new Set(await admin.listTopics());
  const missing = wanted.filter((name) => !present.has(name));
  if (missing.length > 0) {
    // A concurrent creator is fine: kafkajs reports "already exists" for every topic as `false`.
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: options.partitions ?? -1,
        replicationFactor: -1,
        configEntries:
          options.retentionMs === undefined
            ? []
            : [{ name: 'retention.ms', value: String(options.retentionMs) }],
      })),
    });
  }
  return { created: missing, existing: wanted.filter((name) => present.has(name)) };
}
