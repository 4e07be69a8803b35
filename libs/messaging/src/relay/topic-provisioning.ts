import { TopicOptions, TopicProvisioner } from '../port';

/**
 * Creates each topic before the first message to it and remembers which exist, so a batch asks the
 * broker only about audiences it has not seen yet (a new state or agency), not about every topic.
 */
export class TopicProvisioning {
  private readonly known = new Set<string>();

  constructor(
    private readonly provisioner: TopicProvisioner,
    private readonly options: TopicOptions = {},
  ) {}

  async ensure(topics: Iterable<string>): Promise<void> {
    const missing = [...new Set(topics)].filter((topic) => !this.known.has(topic));
    if (missing.length === 0) return;
    await this.provisioner.ensureTopics(missing, this.options);
    for (const topic of missing) this.known.add(topic);
  }

  /** After a failed publish: a topic deleted behind our back is created again on the retry. */
  forget(): void {
    this.known.clear();
  }
}
