import { Backend, BackendKind, Backends, openBackends } from './deadline-backends';
import {
  caughtUp,
  commandPathOn,
  DirectiveDesk,
  eventually,
  Instance,
  marks,
  startInstance,
} from './deadline-harness';
import { ManualClock } from './manual-clock';

jest.setTimeout(60_000);

const after = (iso: string): string => new Date(Date.parse(iso) + 1_000).toISOString();

describe.each<BackendKind>(['pglite', 'postgres'])('a deadline process manager restarted on %s', (kind) => {
  const clock = new ManualClock('2026-12-01T08:00:00.000Z');
  let backends: Backends;
  let backend: Backend;
  let desk: DirectiveDesk;
  const started: Instance[] = [];
  const start = async (options?: { schedule: string }): Promise<Instance> => {
    const instance = await startInstance(backend, clock, options);
    started.push(instance);
    return instance;
  };

  beforeAll(async () => {
    backends = await openBackends(kind);
    backend = await backends.open();
    desk = new DirectiveDesk(commandPathOn(backend), clock);
  });

  afterAll(async () => {
    await Promise.all(started.map((instance) => instance.process.stop()));
    await backends?.close();
  });

  it('resumes from its checkpoint: folds only what it missed and marks nothing twice', async () => {
    const first = await desk.issue({ states: ['TX'], agencies: ['FBI'] }, clock.inHours(2));
    const before = await start();
    clock.set(after(clock.inHours(2)));
    await before.process.checkDeadlines();
    await eventually(async () => (await marks(backend)).length === 2);
    await caughtUp(before);
    await before.process.stop();

    // While it is down: a new directive, one acknowledgement of it, and its deadline passes.
    const second = await desk.issue({ states: [], agencies: ['FBI', 'CBP'] }, clock.inHours(1));
    await desk.acknowledge(second, 'CBP');
    clock.set(after(clock.inHours(1)));

    const restarted = await start();
    await caughtUp(restarted);
    await restarted.process.checkDeadlines();
    await eventually(async () => (await marks(backend)).length === 3);
    await caughtUp(restarted);
    await restarted.process.checkDeadlines();
    await restarted.process.stop();

    // The issue and the acknowledgement it missed, then its own mark read back: nothing before the checkpoint.
    expect(restarted.process.folded).toBe(3);
    expect(await marks(backend)).toEqual(
      [`${first} agency FBI r1`, `${first} state TX r1`, `${second} agency FBI r1`].sort(),
    );
  });

  it('rebuilt from the first event under a new schedule, marks nothing already marked', async () => {
    const before = await marks(backend);
    const rebuilt = await start({ schedule: 'rebuilt-from-scratch' });
    await caughtUp(rebuilt);
    await rebuilt.process.checkDeadlines();
    await rebuilt.process.stop();
    expect(rebuilt.process.folded).toBe((await backend.store.readAll({ maxCount: 10_000 })).length);
    expect(await marks(backend)).toEqual(before);
  });
});
