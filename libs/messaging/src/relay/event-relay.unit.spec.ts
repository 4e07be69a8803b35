import type {
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '@hstf/event-store';
import { InProcessFanOut } from '../in-process';
import { OutgoingMessage } from '../port';
import { CheckpointStore } from './checkpoint-store';
import { EventRelay } from './event-relay';
import { LeaseHold, RelayLease } from './relay-lease';
import { UncontestedLease } from './uncontested-lease';

const quiet = { error: jest.fn(), warn: jest.fn(), log: jest.fn() };

/** The store's global feed in memory: catch-up from the checkpoint, then live until closed. */
class MemoryFeed {
  readonly events: RecordedEvent[] = [];
  private wake: (() => void) | undefined;

  add(count: number): void {
    for (let i = 0; i < count; i++) {
      const position = BigInt(this.events.length);
      this.events.push({
        id: `event-${position}`,
        type: 'TaskingAccepted',
        streamId: 'tasking-1',
        streamPosition: position,
        globalPosition: position * 10n,
        data: {},
        metadata: { scope: { states: ['TX'], agencies: [] }, schemaVersion: 1 },
        recordedAt: new Date(0),
      });
    }
    this.wake?.();
  }

  push(event: Omit<RecordedEvent, 'globalPosition' | 'recordedAt' | 'metadata'> & { scope: object }): void {
    const { scope, ...rest } = event;
    const position = BigInt(this.events.length);
    this.events.push({
      ...rest,
      globalPosition: position * 10n,
      metadata: { scope, schemaVersion: 1 },
      recordedAt: new Date(0),
    });
    this.wake?.();
  }

  async readStream(
    streamId: string,
    { maxCount = Infinity }: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> {
    return this.events.filter((e) => e.streamId === streamId).slice(0, maxCount);
  }

  async readAll({ after = -1n, maxCount = Infinity, filter }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const prefixes = filter?.streamPrefixes;
    return this.events
      .filter((e) => e.globalPosition > after)
      .filter((e) => prefixes === undefined || prefixes.some((prefix) => e.streamId.startsWith(prefix)))
      .slice(0, maxCount);
  }

  async headPosition(): Promise<bigint> {
    return this.events.at(-1)?.globalPosition ?? -1n;
  }

  subscribe({ from = 'start' }: SubscribeOptions = {}): Subscription {
    let closed = false;
    const after = from === 'start' ? -1n : (from as bigint);
    const read = async function* (this: MemoryFeed): AsyncGenerator<RecordedEvent> {
      let next = this.events.findIndex((e) => e.globalPosition > after);
      if (next < 0) next = this.events.length;
      while (!closed) {
        while (next < this.events.length && !closed) yield this.events[next++];
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    };
    const events = read.call(this);
    return {
      [Symbol.asyncIterator]: () => events,
      close: async () => {
        closed = true;
        this.wake?.();
      },
    };
  }
}

class MemoryCheckpoints implements CheckpointStore {
  readonly saved: bigint[] = [];
  async load(): Promise<bigint | undefined> {
    return this.saved.at(-1);
  }
  async save(_name: string, position: bigint): Promise<void> {
    this.saved.push(position);
  }
}

/** A lease held by another process until the test hands it over; `lose()` breaks the current hold. */
class ManualLease implements RelayLease {
  private grant: (() => void) | undefined;
  private current: AbortController | undefined;
  acquire(signal: AbortSignal): Promise<LeaseHold> {
    return new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      this.grant = () => {
        this.current = new AbortController();
        resolve({ lost: this.current.signal, release: async () => undefined });
      };
    });
  }
  handOver(): void {
    this.grant?.();
  }
  lose(): void {
    this.current?.abort(new Error('session ended'));
  }
}

async function until(probe: () => boolean): Promise<void> {
  for (let i = 0; !probe(); i++) {
    if (i > 400) throw new Error('condition not met within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('EventRelay', () => {
  let feed: MemoryFeed;
  let checkpoints: MemoryCheckpoints;
  let fanOut: InProcessFanOut;
  const published: OutgoingMessage[][] = [];
  const publisher = (fail: () => boolean = () => false) => ({
    ensureTopics: (names: readonly string[]) => fanOut.ensureTopics(names),
    publish: async (messages: readonly OutgoingMessage[]) => {
      if (fail()) throw new Error('broker unavailable');
      published.push([...messages]);
      await fanOut.publish(messages);
    },
  });

  beforeEach(() => {
    feed = new MemoryFeed();
    checkpoints = new MemoryCheckpoints();
    fanOut = new InProcessFanOut({ logger: quiet });
    published.length = 0;
  });

  // Stopped after each test, also a failed one, so that no relay keeps running in the background.
  const relays: EventRelay[] = [];
  afterEach(() => Promise.all(relays.splice(0).map((relay) => relay.stop())));

  /** The ids published to one topic, in the order they were published. */
  const idsOn = (topic: string) =>
    published
      .flat()
      .filter((m) => m.topic === topic)
      .map((m) => m.headers?.id);
  const relayWith = (lease: RelayLease, fail?: () => boolean, maxBatchEvents = 4) => {
    const relay = new EventRelay(
      { store: feed, fanOut: publisher(fail), checkpoints, lease, logger: quiet },
      { maxBatchEvents, lingerMs: 1, retry: { initialMs: 1, maxMs: 5 } },
    );
    relays.push(relay);
    return relay;
  };

  it('publishes in batches and checkpoints the last position of each acknowledged batch', async () => {
    feed.add(10);
    const relay = relayWith(new UncontestedLease());
    relay.start();
    await relay.untilCheckpoint(90n, 2000);
    await relay.stop();
    expect(published.map((batch) => batch.length)).toEqual([8, 8, 4]);
    expect(checkpoints.saved).toEqual([30n, 70n, 90n]);
    expect(relay.state).toBe('stopped');
  });

  it('follows the live feed after catching up', async () => {
    const relay = relayWith(new UncontestedLease());
    relay.start();
    feed.add(2);
    await relay.untilCheckpoint(10n, 2000);
    feed.add(1);
    await relay.untilCheckpoint(20n, 2000);
    await relay.stop();
    expect(published.flat().filter((m) => m.topic === 'hstf.events.v1')).toHaveLength(3);
  });

  it('resumes after the saved checkpoint', async () => {
    feed.add(6);
    await checkpoints.save('main', 30n);
    const relay = relayWith(new UncontestedLease(), undefined, 10);
    relay.start();
    await relay.untilCheckpoint(50n, 2000);
    await relay.stop();
    expect(published.flat().map((m) => m.headers?.id)).toEqual(['event-4', 'event-4', 'event-5', 'event-5']);
  });

  it("sends a state's events to its co-leads' topics as well, with the co-leads of the event's moment, also after resuming", async () => {
    const taskForce = (type: string, data: object, index: number) =>
      feed.push({
        id: `tf-${index}`,
        type,
        streamId: 'taskforce-TX',
        streamPosition: BigInt(index),
        data,
        scope: { states: ['TX'], agencies: [] },
      });
    const toTexas = (id: string) =>
      feed.push({
        id,
        type: 'DirectiveIssued',
        streamId: `directive-${id}`,
        streamPosition: 0n,
        data: {},
        scope: { states: ['TX'], agencies: ['CBP'] },
      });
    taskForce('TaskForceEstablished', { state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }, 0);
    toTexas('before'); // position 10
    taskForce(
      'CoLeadDesignated',
      { state: 'TX', department: 'DHS', agency: 'CBP', previousCoLead: 'ICE-HSI' },
      1,
    );
    toTexas('after'); // position 30
    // The first session relays up to the directive issued before the designation and stops there.
    await checkpoints.save('main', 10n);
    const relay = relayWith(new UncontestedLease(), undefined, 10);
    relay.start();
    await relay.untilCheckpoint(30n, 2000);
    await relay.stop();
    const topicsOf = (id: string) =>
      published
        .flat()
        .filter((m) => m.headers?.id === id)
        .map((m) => m.topic);
    // The co-leads as of the checkpoint came from the store: the FBI and CBP now co-lead Texas.
    expect(topicsOf('after')).toEqual([
      'hstf.events.v1',
      'hstf.state.tx.v2',
      'hstf.agency.cbp.v2',
      'hstf.agency.fbi.v2',
    ]);
    expect(topicsOf('before')).toEqual([]);
  });

  it("routes with the co-leads of each event's moment from the start of the store", async () => {
    feed.push({
      id: 'tf-0',
      type: 'TaskForceEstablished',
      streamId: 'taskforce-TX',
      streamPosition: 0n,
      data: { state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' },
      scope: { states: ['TX'], agencies: ['FBI', 'ICE-HSI'] },
    });
    feed.push({
      id: 'd-1',
      type: 'DirectiveIssued',
      streamId: 'directive-1',
      streamPosition: 0n,
      data: {},
      scope: { states: ['TX'], agencies: [] },
    });
    feed.push({
      id: 'tf-1',
      type: 'CoLeadDesignated',
      streamId: 'taskforce-TX',
      streamPosition: 1n,
      data: { state: 'TX', department: 'DOJ', agency: 'DEA', previousCoLead: 'FBI' },
      scope: { states: ['TX'], agencies: ['DEA', 'FBI'] },
    });
    feed.push({
      id: 'd-2',
      type: 'DirectiveIssued',
      streamId: 'directive-2',
      streamPosition: 0n,
      data: {},
      scope: { states: ['TX'], agencies: [] },
    });
    const relay = relayWith(new UncontestedLease(), undefined, 10);
    relay.start();
    await relay.untilCheckpoint(30n, 2000);
    await relay.stop();
    const agencyTopicsOf = (id: string) =>
      published
        .flat()
        .filter((m) => m.headers?.id === id && m.topic.startsWith('hstf.agency.'))
        .map((m) => m.topic);
    // Routed to the co-leads of its moment; the DEA, designated later, is sent it then, as it joins.
    expect(agencyTopicsOf('d-1')).toEqual([
      'hstf.agency.fbi.v2',
      'hstf.agency.ice-hsi.v2',
      'hstf.agency.dea.v2',
    ]);
    expect(agencyTopicsOf('d-2')).toEqual(['hstf.agency.dea.v2', 'hstf.agency.ice-hsi.v2']);
  });

  it('sends an addressee added by an amendment the earlier events of the directive first, without the words of others', async () => {
    const directive = (id: string, type: string, position: bigint, data: object, agencies: string[]) =>
      feed.push({
        id,
        type,
        streamId: 'directive-7',
        streamPosition: position,
        data,
        scope: { states: [], agencies },
      });
    directive('issued', 'DirectiveIssued', 0n, { title: 'Surge' }, ['FBI']);
    directive('acked', 'DirectiveAcknowledged', 1n, { acknowledgedBy: 'FBI', note: 'FBI-ONLY' }, ['FBI']);
    directive('amended', 'DirectiveAmended', 2n, { changes: {} }, ['DEA', 'FBI']);
    const relay = relayWith(new UncontestedLease(), undefined, 10);
    relay.start();
    await relay.untilCheckpoint(20n, 2000);
    await relay.stop();
    const onDea = published.flat().filter((m) => m.topic === 'hstf.agency.dea.v2');
    expect(onDea.map((m) => m.headers?.id)).toEqual(['issued', 'acked', 'amended']);
    expect(onDea[1].value.toString()).not.toContain('FBI-ONLY');
    // The FBI, addressed from the start, receives each event once.
    expect(idsOn('hstf.agency.fbi.v2')).toEqual(['issued', 'acked', 'amended']);
  });

  it('sends a new member agency the earlier events of its task force, so that its stream has no gap', async () => {
    const taskForce = (id: string, type: string, position: bigint, agencies: string[]) =>
      feed.push({
        id,
        type,
        streamId: 'taskforce-TX',
        streamPosition: position,
        data: {},
        scope: { states: ['TX'], agencies },
      });
    taskForce('established', 'TaskForceEstablished', 0n, ['FBI', 'ICE-HSI']);
    taskForce('cbp-joins', 'MemberAgencyEnrolled', 1n, ['CBP', 'FBI', 'ICE-HSI']);
    taskForce('atf-joins', 'MemberAgencyEnrolled', 2n, ['ATF', 'CBP', 'FBI', 'ICE-HSI']);
    const relay = relayWith(new UncontestedLease(), undefined, 10);
    relay.start();
    await relay.untilCheckpoint(20n, 2000);
    await relay.stop();
    for (const agency of ['atf', 'cbp', 'fbi']) {
      expect(idsOn(`hstf.agency.${agency}.v2`)).toEqual(['established', 'cbp-joins', 'atf-joins']);
    }
  });

  it('sends the first co-leads what was addressed to their state before its task force was established', async () => {
    feed.push({
      id: 'early',
      type: 'DirectiveIssued',
      streamId: 'directive-1',
      streamPosition: 0n,
      data: {},
      scope: { states: ['TX'], agencies: [] },
    });
    feed.push({
      id: 'established',
      type: 'TaskForceEstablished',
      streamId: 'taskforce-TX',
      streamPosition: 0n,
      data: { state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' },
      scope: { states: ['TX'], agencies: ['FBI', 'ICE-HSI'] },
    });
    feed.push({
      id: 'amended',
      type: 'DirectiveAmended',
      streamId: 'directive-1',
      streamPosition: 1n,
      data: {},
      scope: { states: ['TX'], agencies: [] },
    });
    const relay = relayWith(new UncontestedLease(), undefined, 10);
    relay.start();
    await relay.untilCheckpoint(20n, 2000);
    await relay.stop();
    for (const topic of ['hstf.agency.fbi.v2', 'hstf.agency.ice-hsi.v2']) {
      expect({ topic, ids: idsOn(topic) }).toEqual({ topic, ids: ['early', 'established', 'amended'] });
    }
  });

  it('sends a new co-lead the earlier events of its state it was not sent, before its designation', async () => {
    feed.push({
      id: 'tf-0',
      type: 'TaskForceEstablished',
      streamId: 'taskforce-TX',
      streamPosition: 0n,
      data: { state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' },
      scope: { states: ['TX'], agencies: ['FBI', 'ICE-HSI'] },
    });
    feed.push({
      id: 'to-tx',
      type: 'DirectiveIssued',
      streamId: 'directive-1',
      streamPosition: 0n,
      data: {},
      scope: { states: ['TX'], agencies: [] },
    });
    feed.push({
      id: 'to-az',
      type: 'DirectiveIssued',
      streamId: 'directive-2',
      streamPosition: 0n,
      data: {},
      scope: { states: ['AZ'], agencies: [] },
    });
    // Issued to the FBI alone, then addressed to Texas too by an amendment.
    feed.push({
      id: 'to-fbi',
      type: 'DirectiveIssued',
      streamId: 'directive-3',
      streamPosition: 0n,
      data: {},
      scope: { states: [], agencies: ['FBI'] },
    });
    feed.push({
      id: 'now-tx',
      type: 'DirectiveAmended',
      streamId: 'directive-3',
      streamPosition: 1n,
      data: {},
      scope: { states: ['TX'], agencies: ['FBI'] },
    });
    feed.push({
      id: 'tf-1',
      type: 'CoLeadDesignated',
      streamId: 'taskforce-TX',
      streamPosition: 1n,
      data: { state: 'TX', department: 'DHS', agency: 'CBP', previousCoLead: 'ICE-HSI' },
      scope: { states: ['TX'], agencies: ['CBP', 'ICE-HSI'] },
    });
    const relay = relayWith(new UncontestedLease(), undefined, 10);
    relay.start();
    await relay.untilCheckpoint(50n, 2000);
    await relay.stop();
    expect(idsOn('hstf.agency.cbp.v2')).toEqual(['tf-0', 'to-tx', 'to-fbi', 'now-tx', 'tf-1']);
  });

  it('retries a failed batch whole and checkpoints it only once acknowledged', async () => {
    feed.add(3);
    let failures = 3;
    const relay = relayWith(new UncontestedLease(), () => failures-- > 0);
    relay.start();
    await relay.untilCheckpoint(20n, 2000);
    await relay.stop();
    expect(published).toHaveLength(1);
    expect(checkpoints.saved).toEqual([20n]);
  });

  it('stops while a batch keeps failing, leaving the checkpoint where it was', async () => {
    feed.add(3);
    let attempts = 0;
    const relay = relayWith(new UncontestedLease(), () => ++attempts > 0);
    relay.start();
    await until(() => attempts >= 3);
    await relay.stop();
    expect(checkpoints.saved).toEqual([]);
  });

  it('stands by until it holds the lease, and can be stopped while standing by', async () => {
    feed.add(2);
    const lease = new ManualLease();
    const standby = relayWith(lease);
    standby.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(standby.state).toBe('standby');
    expect(published).toEqual([]);
    await standby.stop();
    expect(standby.state).toBe('stopped');
  });

  it('stops publishing when the lease is lost, and resumes from the checkpoint once it holds it again', async () => {
    feed.add(2);
    const lease = new ManualLease();
    const relay = relayWith(lease);
    relay.start();
    await until(() => relay.state === 'standby');
    lease.handOver();
    await relay.untilCheckpoint(10n, 2000);
    lease.lose();
    await until(() => relay.state === 'standby');
    feed.add(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(checkpoints.saved).toEqual([10n]);
    lease.handOver();
    await relay.untilCheckpoint(30n, 2000);
    await relay.stop();
    expect(published.flat().map((m) => m.headers?.id)).toEqual(
      ['event-0', 'event-1', 'event-2', 'event-3'].flatMap((id) => [id, id]),
    );
  });

  it('publishes nothing of a batch whose lease was lost while it was being encoded', async () => {
    const directive = (id: string, type: string, position: bigint, agencies: string[]) =>
      feed.push({
        id,
        type,
        streamId: 'directive-9',
        streamPosition: position,
        data: { changes: {} },
        scope: { states: [], agencies },
      });
    directive('issued', 'DirectiveIssued', 0n, ['FBI']);
    // An amendment that adds the DEA makes the relay read the directive's stream while encoding.
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const reading = { started: false };
    const readStream = feed.readStream.bind(feed);
    feed.readStream = async (...args) => {
      reading.started = true;
      await gate;
      return readStream(...args);
    };
    const lease = new ManualLease();
    const relay = relayWith(lease);
    relay.start();
    await until(() => relay.state === 'standby');
    lease.handOver();
    await relay.untilCheckpoint(0n, 2000);
    directive('amended', 'DirectiveAmended', 1n, ['DEA', 'FBI']);
    await until(() => reading.started);
    lease.lose();
    openGate();
    await until(() => relay.state === 'standby');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await relay.stop();
    expect(published.flat().map((m) => m.headers?.id)).not.toContain('amended');
    expect(checkpoints.saved).toEqual([0n]);
  });
});
