import { createHash } from 'node:crypto';
import { draft } from './chain.fixtures';
import { GENESIS_HASH, hashEvent, HashableEvent } from './hash-event';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const event: HashableEvent = {
  ...draft('cmd-1', 0, { body: 'Report within 24h' }),
  id: '53388345-81fb-5f18-a8b2-d12eb62a7f88',
  streamId: 'directive-1',
  streamPosition: 0n,
  metadata: { ...draft('cmd-1', 0, {}).metadata, prevHash: GENESIS_HASH },
};

describe('hashing an event', () => {
  it('is the SHA-256 of the canonical envelope, with the position as a decimal string', () => {
    const canonical =
      '{"data":{"body":"Report within 24h"},"id":"53388345-81fb-5f18-a8b2-d12eb62a7f88",' +
      '"metadata":{"actor":{"role":"operator","sub":"op-17"},"causationId":"cmd-1","commandId":"cmd-1",' +
      '"correlationId":"cmd-1","occurredAt":"2025-03-01T14:00:00.000Z","prevHash":"' +
      GENESIS_HASH +
      '","scope":{"agencies":["FBI","ICE-HSI"],"states":["TX"]}},"schemaVersion":1,' +
      '"streamId":"directive-1","streamPosition":"0","type":"DirectiveAmended"}';
    expect(hashEvent(event)).toBe(sha256(canonical));
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  it('leaves out the hash itself, recordedAt, the store-side schemaVersion copy and the global position', () => {
    const stored = {
      ...event,
      globalPosition: 912n,
      metadata: {
        ...event.metadata,
        hash: 'f'.repeat(64),
        recordedAt: '2025-03-01T14:00:01Z',
        schemaVersion: 1,
      },
    };
    expect(hashEvent(stored)).toBe(hashEvent(event));
  });

  it.each([
    ['id', { ...event, id: 'another' }],
    ['type', { ...event, type: 'DirectiveRescinded' }],
    ['schemaVersion', { ...event, schemaVersion: 2 }],
    ['streamId', { ...event, streamId: 'directive-2' }],
    ['streamPosition', { ...event, streamPosition: 1n }],
    ['data', { ...event, data: { body: 'Report within 48h' } }],
    ['actor', { ...event, metadata: { ...event.metadata, actor: { sub: 'op-18', role: 'operator' } } }],
    ['scope', { ...event, metadata: { ...event.metadata, scope: { states: ['TX'], agencies: ['FBI'] } } }],
    ['prevHash', { ...event, metadata: { ...event.metadata, prevHash: '1'.repeat(64) } }],
    [
      'an extra metadata key',
      { ...event, metadata: { ...event.metadata, note: 'x' } as HashableEvent['metadata'] },
    ],
  ])('changes when %s changes', (_field, changed) => {
    expect(hashEvent(changed)).not.toBe(hashEvent(event));
  });

  it('does not depend on the order of keys, as jsonb storage reorders them', () => {
    const reordered = { ...event, data: JSON.parse('{"z":1,"a":2}') };
    const sorted = { ...event, data: { a: 2, z: 1 } };
    expect(hashEvent(reordered)).toBe(hashEvent(sorted));
  });
});
