import { CoalescedRun } from './coalesced-run';

/** A run the test ends by hand, counting how many started and whether two ever overlapped. */
function gatedWork() {
  const gates: (() => void)[] = [];
  const state = { started: 0, active: 0, overlapped: false };
  const work = () =>
    new Promise<void>((resolve) => {
      state.started += 1;
      state.active += 1;
      state.overlapped ||= state.active > 1;
      gates.push(() => {
        state.active -= 1;
        resolve();
      });
    });
  const openNext = async () => {
    while (gates.length === 0) await new Promise((resolve) => setImmediate(resolve));
    gates.shift()?.();
  };
  return { work, state, openNext };
}

describe('a coalesced run', () => {
  it('serves every request made during a run with one further run, never two at once', async () => {
    const { work, state, openNext } = gatedWork();
    const run = new CoalescedRun(work);
    const first = run.request();
    await new Promise((resolve) => setImmediate(resolve));
    const during = [run.request(), run.request(), run.request()];
    expect(during[0]).toBe(during[2]);
    await openNext();
    await first;
    await openNext();
    await Promise.all(during);
    expect(state).toEqual({ started: 2, active: 0, overlapped: false });
  });

  it('coalesces requests made before its run has started into that run', async () => {
    const { work, state, openNext } = gatedWork();
    const run = new CoalescedRun(work);
    const requests = [run.request(), run.request()];
    await openNext();
    await Promise.all(requests);
    expect(state.started).toBe(1);
  });

  it('is idle once the run under way and the queued one have ended', async () => {
    const { work, state, openNext } = gatedWork();
    const run = new CoalescedRun(work);
    void run.request();
    await new Promise((resolve) => setImmediate(resolve));
    void run.request();
    const idle = run.idle();
    await openNext();
    await openNext();
    await idle;
    expect(state).toMatchObject({ started: 2, active: 0 });
  });
});
