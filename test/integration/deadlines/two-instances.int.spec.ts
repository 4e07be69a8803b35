import { eventId } from '@hstf/contracts';
import { overdueCommandId } from '@hstf/deadlines';
import { Backend, BackendKind, Backends, openBackends } from './deadline-backends';
import {
  caughtUp,
  commandPathOn,
  DirectiveDesk,
  eventually,
  Instance,
  marks,
  overdueEvents,
  startInstance,
} from './deadline-harness';
import { ManualClock } from './manual-clock';

jest.setTimeout(60_000);

describe.each<BackendKind>(['pglite', 'postgres'])('two deadline process managers at once on %s', (kind) => {
  const clock = new ManualClock('2026-12-01T08:00:00.000Z');
  const ackBy = clock.inHours(4);
  const movedAckBy = clock.inHours(8);
  const laterAckBy = clock.inHours(6);
  let backends: Backends;
  let backend: Backend;
  let desk: DirectiveDesk;
  let a: Instance;
  let b: Instance;
  const ids: Record<'late' | 'rescinded' | 'amended' | 'later', string> = {
    late: '',
    rescinded: '',
    amended: '',
    later: '',
  };
  let amendmentId: string;

  beforeAll(async () => {
    backends = await openBackends(kind);
    backend = await backends.open();
    desk = new DirectiveDesk(commandPathOn(backend), clock);
    ids.late = await desk.issue({ states: ['TX', 'AZ'], agencies: ['FBI', 'CBP'] }, ackBy);
    ids.rescinded = await desk.issue({ states: [], agencies: ['ICE-HSI', 'DEA'] }, ackBy);
    ids.amended = await desk.issue({ states: [], agencies: ['FBI', 'CBP'] }, ackBy);
    ids.later = await desk.issue({ states: ['TX'], agencies: [] }, laterAckBy);
    clock.set(clock.inHours(1));
    await desk.acknowledge(ids.late, 'FBI');
    await desk.rescind(ids.rescinded);
    amendmentId = await desk.amend(ids.amended, { acknowledgeBy: movedAckBy });
    // Short ticks: both instances also check on their own, racing each other and the explicit checks.
    a = await startInstance(await backends.open(), clock, { tickMs: 15 });
    b = await startInstance(await backends.open(), clock, { tickMs: 15 });
  });

  afterAll(async () => {
    await Promise.all([a?.process.stop(), b?.process.stop()]);
    await backends?.close();
  });

  it('mark nobody before a deadline has passed', async () => {
    await caughtUp(a, b);
    await Promise.all([a.process.checkDeadlines(), b.process.checkDeadlines()]);
    expect(await marks(backend)).toEqual([]);
  });

  it('mark each late addressee exactly once after it passed', async () => {
    clock.set(new Date(Date.parse(ackBy) + 1_000).toISOString());
    await Promise.all([a, b, a, b].map((instance) => instance.process.checkDeadlines()));
    const expected = [
      `${ids.late} agency CBP r1`,
      `${ids.late} state AZ r1`,
      `${ids.late} state TX r1`,
    ].sort();
    await eventually(async () => (await marks(backend)).length >= expected.length);
    await caughtUp(a, b);
    await Promise.all([a, b].map((instance) => instance.process.checkDeadlines()));
    expect(await marks(backend)).toEqual(expected);
  });

  it('record the mark under the directive conversation, caused by the event that set the deadline', async () => {
    const [mark] = (await overdueEvents(backend)).filter(
      (event) => event.data && (event.data as { addressee: { code: string } }).addressee.code === 'TX',
    );
    const commandId = overdueCommandId({
      directiveId: ids.late,
      addressee: { kind: 'state', code: 'TX' },
      revision: 1,
    });
    expect(mark.id).toBe(eventId(commandId, 0));
    expect(mark.metadata).toMatchObject({
      actor: { sub: 'hstf-deadlines', role: 'system' },
      commandId,
      correlationId: desk.issued.get(ids.late)?.correlationId,
      causationId: desk.issued.get(ids.late)?.eventId,
      occurredAt: clock.now().toISOString(),
      scope: { states: ['AZ', 'TX'], agencies: ['CBP', 'FBI'] },
    });
  });

  it('mark the later and the moved deadlines once each when they pass, the moved one under its amendment', async () => {
    clock.set(new Date(Date.parse(movedAckBy) + 1_000).toISOString());
    await Promise.all([a, b, a, b].map((instance) => instance.process.checkDeadlines()));
    await eventually(async () => (await marks(backend)).length >= 6);
    await caughtUp(a, b);
    await Promise.all([a, b].map((instance) => instance.process.checkDeadlines()));
    expect(await marks(backend)).toEqual(
      [
        `${ids.late} agency CBP r1`,
        `${ids.late} state AZ r1`,
        `${ids.late} state TX r1`,
        `${ids.amended} agency CBP r2`,
        `${ids.amended} agency FBI r2`,
        `${ids.later} state TX r1`,
      ].sort(),
    );
    const moved = (await overdueEvents(backend)).filter((event) => event.streamId.endsWith(ids.amended));
    expect(moved.map((event) => event.metadata.causationId)).toEqual([amendmentId, amendmentId]);
  });
});
