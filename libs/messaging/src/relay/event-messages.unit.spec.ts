import { MalformedStoredEventError } from '@hstf/contracts';
import type { RecordedEvent } from '@hstf/event-store';
import { eventMessages } from './event-messages';
import { decodeRelayedEnvelope } from './relayed-envelope';

const recordedAt = new Date('2025-03-01T12:00:00.000Z');

function recorded(scope: { states: string[]; agencies: string[] }): RecordedEvent {
  return {
    id: '6f1b7a8e-3c2d-5e4f-9a0b-1c2d3e4f5a6b',
    type: 'DirectiveIssued',
    streamId: 'directive-0b5e2c1a-7d4f-4e3a-9b8c-1d2e3f4a5b6c',
    streamPosition: 3n,
    // Above 2^53, as positions encoding transaction ids become: must survive as a string.
    globalPosition: 9_007_199_254_740_993n,
    data: { title: 'Secure the I-10 corridor' },
    metadata: {
      actor: { sub: 'op-1', role: 'operator' },
      commandId: 'cmd-1',
      correlationId: 'cmd-1',
      causationId: 'cmd-1',
      occurredAt: '2025-03-01T11:59:59.000Z',
      scope,
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
      schemaVersion: 1,
    },
    recordedAt,
  };
}

describe('eventMessages', () => {
  it("goes to the command center's topic and one topic per state and agency of the scope, keyed by stream", () => {
    const messages = eventMessages(recorded({ states: ['TX', 'AZ'], agencies: ['ICE-HSI'] }));
    expect(messages.map((m) => m.topic)).toEqual([
      'hstf.events.v1',
      'hstf.state.az.v2',
      'hstf.state.tx.v2',
      'hstf.agency.ice-hsi.v2',
    ]);
    expect(new Set(messages.map((m) => m.key))).toEqual(
      new Set(['directive-0b5e2c1a-7d4f-4e3a-9b8c-1d2e3f4a5b6c']),
    );
  });

  it('goes to the command center only when the scope names no audience', () => {
    expect(eventMessages(recorded({ states: [], agencies: [] })).map((m) => m.topic)).toEqual([
      'hstf.events.v1',
    ]);
  });

  it('carries id, type, schema version and global position as headers', () => {
    const [message] = eventMessages(recorded({ states: ['TX'], agencies: [] }));
    expect(message.headers).toEqual({
      id: '6f1b7a8e-3c2d-5e4f-9a0b-1c2d3e4f5a6b',
      type: 'DirectiveIssued',
      schemaVersion: '1',
      globalPosition: '9007199254740993',
    });
  });

  it('carries the envelope as JSON, positions as strings and the commit time in the metadata', () => {
    const [message] = eventMessages(recorded({ states: ['TX'], agencies: [] }));
    const wire = JSON.parse(message.value.toString());
    expect(wire).toMatchObject({
      id: '6f1b7a8e-3c2d-5e4f-9a0b-1c2d3e4f5a6b',
      schemaVersion: 1,
      streamPosition: '3',
      globalPosition: '9007199254740993',
      data: { title: 'Secure the I-10 corridor' },
      metadata: { recordedAt: '2025-03-01T12:00:00.000Z', scope: { states: ['TX'], agencies: [] } },
    });
    const decoded = decodeRelayedEnvelope(message.value);
    expect(decoded.globalPosition).toBe(9_007_199_254_740_993n);
    expect(decoded.streamPosition).toBe(3n);
  });

  it("carries on each state's and agency's topic the event as that audience may read it", () => {
    const declined: RecordedEvent = {
      ...recorded({ states: ['TX'], agencies: ['DEA', 'FBI'] }),
      type: 'TaskingDeclined',
      streamId: 'tasking-0b5e2c1a-7d4f-4e3a-9b8c-1d2e3f4a5b6c',
      data: { taskingId: 't-1', leadAgency: 'DEA', reason: 'DEA-ONLY: agents on a wiretap', declinedAt: 'x' },
    };
    const byTopic = Object.fromEntries(
      eventMessages({
        ...declined,
        metadata: {
          ...declined.metadata,
          actor: { sub: 'dea-liaison-7', role: 'liaison', agency: 'DEA' },
          clientRequestId: 'dea-app-42',
        },
      }).map((m) => [m.topic, JSON.parse(m.value.toString())]),
    );
    // The command center's topic: as stored, the person and the hash chain included.
    expect(byTopic['hstf.events.v1'].data.reason).toBe('DEA-ONLY: agents on a wiretap');
    expect(byTopic['hstf.events.v1'].metadata).toMatchObject({
      actor: { sub: 'dea-liaison-7' },
      hash: 'a'.repeat(64),
    });
    // The agency that wrote the words reads them on its own topic; a state's topic and another agency's do not.
    expect(byTopic['hstf.agency.dea.v2'].data.reason).toBe('DEA-ONLY: agents on a wiretap');
    for (const other of ['hstf.agency.fbi.v2', 'hstf.state.tx.v2']) {
      expect(byTopic[other].data).toEqual({ taskingId: 't-1', leadAgency: 'DEA', declinedAt: 'x' });
    }
    // No audience topic names the person who acted, the command center's ids or the hash chain.
    for (const topic of ['hstf.agency.dea.v2', 'hstf.agency.fbi.v2', 'hstf.state.tx.v2']) {
      expect(byTopic[topic].metadata).toEqual({
        actor: { role: 'liaison', agency: 'DEA' },
        occurredAt: '2025-03-01T11:59:59.000Z',
        recordedAt: '2025-03-01T12:00:00.000Z',
        scope: { states: ['TX'], agencies: ['DEA', 'FBI'] },
        schemaVersion: 1,
      });
      expect(JSON.stringify(byTopic[topic])).not.toMatch(/dea-liaison-7|dea-app-42|cmd-1/);
    }
  });

  it('sends the audiences no data of an event whose shape this build does not know', () => {
    const newer = {
      ...recorded({ states: ['TX'], agencies: ['FBI'] }),
      type: 'ArrestTallyReported',
      data: { note: 'x' },
    };
    const later = {
      ...recorded({ states: ['TX'], agencies: ['FBI'] }),
      metadata: { ...recorded({ states: ['TX'], agencies: ['FBI'] }).metadata, schemaVersion: 9 },
    };
    for (const event of [newer, later]) {
      const byTopic = Object.fromEntries(
        eventMessages(event).map((m) => [m.topic, JSON.parse(m.value.toString())]),
      );
      expect(byTopic['hstf.events.v1'].data).toEqual(event.data);
      expect(byTopic['hstf.agency.fbi.v2'].data).toBeNull();
      expect(byTopic['hstf.state.tx.v2'].data).toBeNull();
    }
  });

  it('refuses an event whose metadata is not an envelope rather than route it blind', () => {
    const event = recorded({ states: ['TX'], agencies: [] });
    expect(() => eventMessages({ ...event, metadata: { scope: 'everyone' } })).toThrow(
      MalformedStoredEventError,
    );
  });
});
