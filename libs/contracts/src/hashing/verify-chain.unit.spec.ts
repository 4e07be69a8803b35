import { chainEvents } from './chain-events';
import { draft, sampleStream } from './chain.fixtures';
import { verifyChain } from './verify-chain';

describe('verifying a stream chain', () => {
  const events = sampleStream(5);

  it('accepts an intact stream and returns its last hash', () => {
    expect(verifyChain(events)).toEqual({ ok: true, checked: 5, lastHash: events[4].metadata.hash });
  });

  it('accepts an empty stream', () => {
    expect(verifyChain([])).toMatchObject({ ok: true, checked: 0 });
  });

  it('detects one modified byte in data', () => {
    const tampered = events.map((e, i) => (i === 2 ? { ...e, data: { revision: 2, body: 'text 3' } } : e));
    expect(verifyChain(tampered)).toMatchObject({ ok: false, at: 2n, code: 'hash' });
  });

  it('detects a modified byte in metadata', () => {
    const tampered = events.map((e, i) =>
      i === 3 ? { ...e, metadata: { ...e.metadata, occurredAt: '2025-03-01T14:00:00.001Z' } } : e,
    );
    expect(verifyChain(tampered)).toMatchObject({ ok: false, at: 3n, code: 'hash' });
  });

  it('detects a missing event', () => {
    const gap = events.filter((_, i) => i !== 1);
    expect(verifyChain(gap)).toMatchObject({ ok: false, at: 2n, code: 'position' });
  });

  it('detects a missing event even when the positions were renumbered to hide it', () => {
    const renumbered = events.filter((_, i) => i !== 1).map((e, i) => ({ ...e, streamPosition: BigInt(i) }));
    expect(verifyChain(renumbered)).toMatchObject({ ok: false, at: 1n, code: 'link' });
  });

  it('detects reordered events', () => {
    const swapped = [events[0], events[2], events[1], events[3], events[4]];
    expect(verifyChain(swapped)).toEqual({
      ok: false,
      at: 2n,
      code: 'position',
      reason: 'an event is missing or out of order: expected position 1, found 2',
    });
  });

  it('detects a repeated event', () => {
    const repeated = [events[0], events[1], events[1], events[2]];
    expect(verifyChain(repeated)).toMatchObject({ ok: false, at: 1n, code: 'position' });
    expect(verifyChain(repeated)).toMatchObject({
      reason: expect.stringContaining('repeated or out of order'),
    });
  });

  it('detects a rewritten history whose hashes were recomputed but not linked to the original', () => {
    const forged = [events[0], ...chainEvents('f'.repeat(64), 1n, [draft('cmd-x', 0, { forged: true })])];
    expect(verifyChain(forged)).toMatchObject({ ok: false, at: 1n, code: 'link' });
  });

  it('detects an event of another stream', () => {
    const mixed = [events[0], { ...events[1], streamId: 'directive-other' }];
    expect(verifyChain(mixed)).toMatchObject({ ok: false, at: 1n, code: 'stream' });
  });

  it('verifies a tail of the stream from a known anchor', () => {
    const start = { position: 3n, prevHash: events[2].metadata.hash };
    expect(verifyChain(events.slice(3), start)).toMatchObject({ ok: true, checked: 2 });
    expect(verifyChain(events.slice(3))).toMatchObject({ ok: false, at: 3n, code: 'position' });
  });
});
