import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadOrCreateLocalKey, mintToken } from '@hstf/auth';
import { percentile, round } from '../event-store/stats';
import { dropDatabase, freshDatabase } from '../event-store/fresh-database';
import { directiveBody } from '../feeds/feed-scenario';
import { InboxWatch } from './inbox-watch';
import { openLoop } from './open-loop';
import { startPipeline } from './pipeline';
import { BrokerAccess } from './private-broker';

export interface EndToEndConfig {
  readonly serverUrl: string;
  readonly broker: BrokerAccess;
  readonly apiPort: number;
  readonly rates: readonly number[];
  readonly seconds: number;
  readonly warmUpSeconds: number;
  readonly repeats: number;
  readonly maxInFlight: number;
  readonly pollMs: number;
}

export interface EndToEndSample {
  readonly repeat: number;
  readonly offeredPerSecond: number;
  readonly achievedPerSecond: number;
  readonly accepted: number;
  readonly failed: number;
  readonly firstError?: string;
  /** Commands that waited because `maxInFlight` were unanswered. */
  readonly delayed: number;
  /** Command accepted (201 at the client) to its row in the FBI's inbox. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Send to 201, for the same commands. */
  readonly responseP50Ms: number;
  readonly responseP99Ms: number;
}

const AGENCY = 'FBI';
const ADDRESSEES = { states: ['TX'], agencies: [AGENCY, 'ICE-HSI'] };
const DRAIN_TIMEOUT_MS = 60_000;

/**
 * Command accepted -> row visible in the agency inbox, in the distributed profile: API (PostgreSQL store),
 * relay -> Kafka -> projector -> PostgreSQL read models, each its own process, on a fresh database per
 * repeat. Each rate runs a warm-up, then the measured window; every directive is addressed to the FBI.
 */
export async function measureEndToEnd(config: EndToEndConfig): Promise<EndToEndSample[]> {
  const samples: EndToEndSample[] = [];
  for (let repeat = 1; repeat <= config.repeats; repeat++) {
    const name = `hstf_bench_e2e_${randomBytes(4).toString('hex')}`;
    const databaseUrl = await freshDatabase(config.serverUrl, name);
    const pipeline = await startPipeline(databaseUrl, config.broker, config.apiPort);
    let watch: InboxWatch | undefined;
    try {
      const key = await loadOrCreateLocalKey(pipeline.api.dataDir);
      const token = await mintToken(key, { sub: 'bench-operator', roles: ['operator'], states: [] });
      const body = (n: number) => JSON.stringify(directiveBody(`Bench directive ${n}`, ADDRESSEES));
      watch = await InboxWatch.start(databaseUrl, AGENCY, config.pollMs);
      const active = watch;
      const send = async (n: number) => {
        try {
          const response = await fetch(`${pipeline.api.url}/directives`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: body(n),
          });
          const answer = (await response.json()) as { id?: string; title?: string; detail?: string };
          const at = performance.now();
          if (response.status !== 201 || !answer.id)
            return {
              ok: false as const,
              error: `${response.status} ${answer.title ?? ''} ${answer.detail ?? ''}`,
            };
          active.accepted(answer.id, at);
          return { ok: true as const, at };
        } catch (error) {
          return { ok: false as const, error: (error as Error).message };
        }
      };
      // The first directive waits for the projector's consumer groups to join and the topics to exist.
      await send(0);
      await watch.drained(DRAIN_TIMEOUT_MS);

      for (const rate of config.rates) {
        await openLoop(rate, config.warmUpSeconds, config.maxInFlight, send);
        await watch.drained(DRAIN_TIMEOUT_MS);
        watch.reset();
        const run = await openLoop(rate, config.seconds, config.maxInFlight, send);
        await watch.drained(DRAIN_TIMEOUT_MS);
        const latencies = [...watch.latenciesMs];
        const sample: EndToEndSample = {
          repeat,
          offeredPerSecond: rate,
          achievedPerSecond: round(run.achievedPerSecond, 1),
          accepted: run.accepted,
          failed: run.failed,
          ...(run.firstError ? { firstError: run.firstError } : {}),
          delayed: run.delayed,
          p50Ms: round(percentile(latencies, 50), 1),
          p99Ms: round(percentile(latencies, 99), 1),
          maxMs: round(Math.max(...latencies), 1),
          responseP50Ms: round(percentile(run.responseMs, 50), 1),
          responseP99Ms: round(percentile(run.responseMs, 99), 1),
        };
        samples.push(sample);
        console.error(`end-to-end #${repeat} ${rate}/s: ${JSON.stringify(sample)}`);
      }
    } finally {
      await watch?.stop();
      await pipeline.stop();
      await dropDatabase(config.serverUrl, name);
    }
  }
  return samples;
}
