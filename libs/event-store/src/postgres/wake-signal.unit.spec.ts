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
});
