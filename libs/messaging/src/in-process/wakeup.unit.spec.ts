import { Wakeup } from './wakeup';

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('wake-up of the delivery loop', () => {
  it('keeps a wake that came while nobody waited, once', async () => {
    const wakeup = new Wakeup();
    wakeup.wake();
    wakeup.wake();
    expect(await settled(wakeup.wait())).toBe(true);
    expect(await settled(wakeup.wait())).toBe(false);
  });

  it('releases a waiting loop', async () => {
    const wakeup = new Wakeup();
    const waiting = wakeup.wait();
    expect(await settled(waiting)).toBe(false);
    wakeup.wake();
    expect(await settled(waiting)).toBe(true);
  });
});
