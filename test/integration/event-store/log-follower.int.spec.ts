import { randomUUID } from 'node:crypto';
import {
  LogConsumer,
  LogFollower,
  openPgliteEventStore,
  PostgresEventStore,
  RecordedEvent,
} from '@hstf/event-store';

jest.setTimeout(30_000);

/** A consumer that keeps what it was handed, with its checkpoint in memory (as if stored with its work). */
function recorder(name: string, streamPrefixes?: string[], from = -1n) {
  const seen: RecordedEvent[] = [];
  let checkpoint = from;
  let release: (() => void) | undefined;
  const state = { hold: false, applying: false };
  const consumer: LogConsumer = {
    name,
    ...(streamPrefixes ? { streamPrefixes } : {}),
    checkpoint: async () => checkpoint,
    apply: async (events) => {
      state.applying = true;
      if (state.hold) await new Promise<void>((resolve) => (release = resolve));
      seen.push(...events);
      checkpoint = events[events.length - 1].globalPosition;
      state.applying = false;
    },
  };
  return { consumer, seen, state, release: () => release?.() };
}

async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('LogFollower: the one checkpointed subscription of a process', () => {
  // One store for the file (opening PGlite is the slow part): each test starts its consumers at the head
  // it finds, and its streams are its own.
  let store: PostgresEventStore;
  let test = 0;
  let start = -1n;
  const append = (stream: string) =>
    store.append(`${stream}.t${test}`, [{ id: randomUUID(), type: 'Noted', data: {}, metadata: {} }], 'any');
  const recorderFromStart = (name: string, streamPrefixes?: string[]) =>
    recorder(name, streamPrefixes, start);

  beforeAll(async () => {
    store = await openPgliteEventStore();
  });
  afterAll(async () => {
    await store.close();
  });
  beforeEach(async () => {
    test += 1;
    start = await store.headPosition();
  });

  it('hands each consumer the events of its own streams only, once, in global order', async () => {
    const follower = new LogFollower(store);
    const directives = recorderFromStart('directives', ['directive-']);
    const everything = recorderFromStart('everything');
    follower.add(directives.consumer);
    follower.add(everything.consumer);
    for (const stream of ['directive-1', 'tasking-1', 'directive-2', 'access-x']) await append(stream);
    follower.start();
    try {
      await until(() => everything.seen.length === 4);
      await append('directive-1');
      await until(() => directives.seen.length === 3);
      expect(directives.seen.map((e) => e.streamId)).toEqual(
        ['directive-1', 'directive-2', 'directive-1'].map((stream) => `${stream}.t${test}`),
      );
      const positions = everything.seen.map((e) => e.globalPosition);
      expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
      await until(() => everything.seen.length === 5);
      expect(new Set(everything.seen.map((e) => e.id)).size).toBe(5);
    } finally {
      await follower.stop();
    }
  });

  it('resumes each consumer after its own checkpoint: one that is ahead gets nothing twice', async () => {
    for (const stream of ['directive-1', 'directive-2', 'directive-3']) await append(stream);
    const [, second] = await store.readAll({ after: start });
    const behind = recorderFromStart('behind');
    const ahead = recorder('ahead', undefined, second.globalPosition);
    const follower = new LogFollower(store);
    follower.add(behind.consumer);
    follower.add(ahead.consumer);
    follower.start();
    try {
      await until(() => behind.seen.length === 3 && ahead.seen.length === 1);
      expect(ahead.seen.map((e) => e.streamId)).toEqual([`directive-3.t${test}`]);
    } finally {
      await follower.stop();
    }
  });

  it('lets a consumer join while it runs: the newcomer catches up from its checkpoint', async () => {
    const follower = new LogFollower(store);
    const first = recorderFromStart('first');
    follower.add(first.consumer);
    follower.start();
    try {
      await append('directive-1');
      await append('directive-2');
      await until(() => first.seen.length === 2);
      const late = recorderFromStart('late');
      follower.add(late.consumer);
      await until(() => late.seen.length === 2);
      await append('directive-3');
      await until(() => late.seen.length === 3 && first.seen.length === 3);
      expect(first.seen.map((e) => e.streamId)).toEqual(
        ['directive-1', 'directive-2', 'directive-3'].map((stream) => `${stream}.t${test}`),
      );
    } finally {
      await follower.stop();
    }
  });

  it('feeds a consumer added while the checkpoints of a round are being read', async () => {
    const follower = new LogFollower(store);
    const slow = recorderFromStart('slow');
    let releaseCheckpoint!: () => void;
    const checkpointRead = new Promise<void>((resolve) => (releaseCheckpoint = resolve));
    const reading = { started: false };
    follower.add({
      ...slow.consumer,
      checkpoint: async () => {
        reading.started = true;
        await checkpointRead;
        return start;
      },
    });
    follower.start();
    try {
      await until(() => reading.started);
      const late = recorderFromStart('late');
      follower.add(late.consumer);
      releaseCheckpoint();
      await append('directive-1');
      await until(() => late.seen.length === 1 && slow.seen.length === 1);
      await append('directive-2');
      await until(() => late.seen.length === 2);
    } finally {
      await follower.stop();
    }
  });

  it('parks alone a consumer whose checkpoint cannot be read, and feeds it once it can be', async () => {
    const follower = new LogFollower(store, { retryDelayMs: 20, maxRetryDelayMs: 40 });
    const healthy = recorderFromStart('healthy');
    const failing = recorderFromStart('failing');
    let failures = 1;
    follower.add(healthy.consumer);
    follower.add({
      ...failing.consumer,
      checkpoint: async () => {
        if (failures-- > 0) throw new Error('checkpoint table unreachable');
        return failing.consumer.checkpoint();
      },
    });
    follower.start();
    try {
      await append('directive-1');
      await until(() => healthy.seen.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await append('directive-2');
      await until(() => healthy.seen.length === 2 && failing.seen.length === 2);
      expect(failing.seen.map((e) => e.streamId)).toEqual(
        ['directive-1', 'directive-2'].map((stream) => `${stream}.t${test}`),
      );
    } finally {
      await follower.stop();
    }
  });

  it('feeds a parked consumer what it missed once its pause is over, though the log stays quiet', async () => {
    const follower = new LogFollower(store, { retryDelayMs: 50, maxRetryDelayMs: 100 });
    const flaky = recorderFromStart('flaky');
    let failures = 1;
    follower.add({
      ...flaky.consumer,
      apply: async (events) => {
        if (failures-- > 0) throw new Error('could not extend file');
        await flaky.consumer.apply(events);
      },
    });
    follower.start();
    try {
      await append('directive-1');
      // No other append: only the end of its pause can bring the event to it again.
      await until(() => flaky.seen.length === 1);
      expect(flaky.seen.map((e) => e.streamId)).toEqual([`directive-1.t${test}`]);
    } finally {
      await follower.stop();
    }
  });

  it('with a linger, hands the appends of a busy moment over in one batch', async () => {
    // A linger far longer than five appends take, even on a loaded machine.
    const follower = new LogFollower(store, { lingerMs: 1000 });
    const batches: number[] = [];
    follower.add({
      name: 'counting',
      checkpoint: async () => start,
      apply: async (events) => void batches.push(events.length),
    });
    follower.start();
    try {
      await append('directive-0');
      await until(() => batches.length === 1);
      // The first of these wakes the subscription; the others land while it lingers.
      for (let i = 1; i <= 5; i++) await append(`directive-${i}`);
      await until(() => batches.reduce((sum, n) => sum + n, 0) === 6);
      expect(batches).toEqual([1, 5]);
    } finally {
      await follower.stop();
    }
  });

  it('takes a consumer out only once its batch in flight is done, and hands it nothing after', async () => {
    const follower = new LogFollower(store);
    const leaving = recorderFromStart('leaving');
    const staying = recorderFromStart('staying');
    follower.add(leaving.consumer);
    follower.add(staying.consumer);
    follower.start();
    try {
      leaving.state.hold = true;
      await append('directive-1');
      await until(() => leaving.state.applying);
      let removed = false;
      const removing = follower.remove(leaving.consumer).then(() => (removed = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(removed).toBe(false);
      leaving.release();
      await removing;
      expect(leaving.seen).toHaveLength(1);
      await append('directive-2');
      await until(() => staying.seen.length === 2);
      expect(leaving.seen).toHaveLength(1);
    } finally {
      await follower.stop();
    }
  });
});
