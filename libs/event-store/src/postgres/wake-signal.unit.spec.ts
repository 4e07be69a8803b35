import { WakeSignal } from './wake-signal';

describe('the wake signal of live subscriptions', () => {
  it('wakes every waiter on notify', async () => {
    const signal = new WakeSignal();
    const waits = [signal.wait(signal.generation, 60_000), signal.wait(signal.generation, 60_000)];
    signal.notify();
    await expect(Promise.all(waits)).resolves.toEqual([undefined, undefined]);
  });

  it('returns at once when a notify came after the generation was read', async () => {
    const signal = new WakeSignal();
    const generation = signal.generation;
    signal.notify();
    await expect(signal.wait(generation, 60_000)).resolves.toBeUndefined();
  });

  it('gives up waiting after the poll interval', async () => {
    const signal = new WakeSignal();
    const started = Date.now();
    await signal.wait(signal.generation, 30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  describe('for a waiter that reads some streams only', () => {
    const directives = (streamId: string) => streamId.startsWith('directive-');
    const settled = async (wait: Promise<void>) =>
      Promise.race([wait.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]);

    it('sleeps through appends to other streams, and wakes for its own', async () => {
      const signal = new WakeSignal();
      const wait = signal.wait(signal.generation, 60_000, directives);
      signal.notify('access-2026-12-03');
      expect(await settled(wait)).toBe(false);
      signal.notify('directive-1');
      expect(await settled(wait)).toBe(true);
    });

    it('wakes for a notify that names no stream (a NOTIFY from another process)', async () => {
      const signal = new WakeSignal();
      const wait = signal.wait(signal.generation, 60_000, directives);
      signal.notify();
      expect(await settled(wait)).toBe(true);
    });

    it('waits when only other streams were appended since its read, and not when one of its own was', async () => {
      const signal = new WakeSignal();
      const generation = signal.generation;
      signal.notify('access-2026-12-03');
      expect(await settled(signal.wait(generation, 60_000, directives))).toBe(false);
      signal.notify('directive-2');
      expect(await settled(signal.wait(generation, 60_000, directives))).toBe(true);
    });

    it('returns at once when more was appended since its read than the signal remembers', async () => {
      const signal = new WakeSignal();
      const generation = signal.generation;
      for (let i = 0; i < 1000; i++) signal.notify('access-2026-12-03');
      expect(await settled(signal.wait(generation, 60_000, directives))).toBe(true);
    });
  });
});
