import { loadOrCreateLocalKey, mintToken } from '@hstf/auth';
import { ApiClient } from '../../apps/cli/src/api-client';
import { startApiProcess } from '../api/api-server';
import { percentile, round } from '../event-store/stats';
import { directiveBody } from './feed-scenario';
import { AUDIENCES, EVERY_AUDIENCE, STATE_AGENCIES } from './feeds-bench-config';
import { now, Subscription } from './subscriber-messages';
import { SubscriberPool } from './subscriber-pool';

export interface RunFigures {
  readonly clients: number;
  readonly commands: number;
  /** Milliseconds from the command's 201 received to the item received, over every (command, client). */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Items that reached their client before the 201 reached the bench (counted as 0 ms). */
  readonly beforeAnswer: number;
  readonly delivered: number;
  readonly expected: number;
  /** RSS of the API process before the clients connect, once they are connected, and after the run. */
  readonly rssBeforeMiB: number;
  readonly rssConnectedMiB: number;
  readonly rssAfterMiB: number;
}

const WARM_UP_COMMANDS = 20;
const PAUSE_BETWEEN_COMMANDS_MS = 20;
const DELIVERY_TIMEOUT_MS = 10_000;

async function rssMiB(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const bytes = Number(/^hstf_api_process_resident_memory_bytes (\S+)/m.exec(metrics)?.[1]);
  return round(bytes / 2 ** 20, 1);
}

/**
 * One run on a fresh API process (embedded profile): connect the clients, then issue directives one at a
 * time, each addressed to every audience listened to, the next once every client has the last.
 */
export async function latencyRun(
  port: number,
  clients: number,
  commands: number,
  workers: number,
): Promise<RunFigures> {
  const api = await startApiProcess(port, { HSTF_EVENT_STORE: 'pglite' });
  const pool = new SubscriberPool(Math.min(workers, clients));
  try {
    const key = await loadOrCreateLocalKey(api.dataDir);
    const operator = await mintToken(key, { sub: 'bench-operator', roles: ['operator'], states: [] });
    const client = new ApiClient(api.url);
    const issue = (n: number) =>
      client.post('/directives', operator, directiveBody(`Directive ${n}`, EVERY_AUDIENCE));
    for (let n = 0; n < WARM_UP_COMMANDS; n++) await issue(n);
    // Tokens may name only agencies of the catalog: the state agencies listening are registered first.
    const admin = await mintToken(key, { sub: 'bench-admin', roles: ['admin'], states: [] });
    for (const agency of STATE_AGENCIES) await client.post('/agencies', admin, agency);

    const rssBeforeMiB = await rssMiB(api.url);
    const subscriptions: Subscription[] = [];
    for (let i = 0; i < clients; i++) {
      const { path, role, agency, states } = AUDIENCES[i % AUDIENCES.length];
      const token = await mintToken(key, { sub: `bench-${i}`, roles: [role], agency, states: [...states] });
      subscriptions.push({ url: `${api.url}${path}`, token });
    }
    await pool.connect(subscriptions);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssConnectedMiB = await rssMiB(api.url);

    const accepted = new Map<string, number>();
    for (let n = 0; n < commands; n++) {
      const answer = await issue(WARM_UP_COMMANDS + n);
      accepted.set(answer.position, now());
      await pool.received(answer.position, DELIVERY_TIMEOUT_MS);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_COMMANDS_MS));
    }
    const received = await pool.collect();
    const rssAfterMiB = await rssMiB(api.url);

    const latencies: number[] = [];
    let beforeAnswer = 0;
    for (const [id, at] of accepted) {
      for (const time of received.get(id) ?? []) {
        if (time < at) beforeAnswer++;
        latencies.push(Math.max(0, time - at));
      }
    }
    return {
      clients,
      commands,
      p50Ms: round(percentile(latencies, 50), 1),
      p99Ms: round(percentile(latencies, 99), 1),
      maxMs: round(Math.max(...latencies), 1),
      beforeAnswer,
      delivered: latencies.length,
      expected: clients * commands,
      rssBeforeMiB,
      rssConnectedMiB,
      rssAfterMiB,
    };
  } finally {
    await pool.close();
    await api.stop();
  }
}
