import { parentPort } from 'node:worker_threads';
import { SseConnection } from './sse-client';
import { FromWorker, now, Subscription, ToWorker } from './subscriber-messages';

/**
 * A share of the benchmark's clients in a thread of its own, so that a thousand sockets are read in
 * parallel and the last client's timestamp does not wait behind the parsing of the first 999.
 */
const port = parentPort!;
const streams: SseConnection[] = [];
const received = new Map<string, number[]>();
const say = (message: FromWorker) => port.postMessage(message);

const CONNECTING_AT_ONCE = 50;

async function connect(subscriptions: readonly Subscription[]): Promise<void> {
  for (let i = 0; i < subscriptions.length; i += CONNECTING_AT_ONCE) {
    const batch = subscriptions.slice(i, i + CONNECTING_AT_ONCE);
    streams.push(...(await Promise.all(batch.map(({ url, token }) => SseConnection.open(url, { token })))));
  }
  for (const stream of streams) {
    stream.onEvent((event) => {
      if (event.id === undefined) return;
      const at = now();
      let times = received.get(event.id);
      if (!times) received.set(event.id, (times = []));
      times.push(at);
      if (times.length === streams.length) say({ type: 'complete', id: event.id });
    });
  }
}

port.on('message', (message: ToWorker) => {
  const done = (work: Promise<void>, then: () => FromWorker) =>
    work.then(
      () => say(then()),
      (error: unknown) => say({ type: 'failed', message: String(error) }),
    );
  switch (message.type) {
    case 'connect':
      void done(connect(message.subscriptions), () => ({ type: 'connected', clients: streams.length }));
      break;
    case 'collect': {
      const samples = [...received.entries()];
      received.clear();
      say({ type: 'samples', received: samples });
      break;
    }
    case 'close':
      void done(
        Promise.all(streams.splice(0).map((stream) => stream.close())).then(() => undefined),
        () => ({ type: 'closed' }),
      );
      break;
  }
});
