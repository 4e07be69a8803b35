import { GENESIS_HASH, InvalidEventDataError, verifyChain } from '@hstf/contracts';
import { AccessRecord } from './access-record';
import { AuditRecordDraft, chainAuditRecords } from './audit-envelope';

const record = (subject: string): AccessRecord => ({
  at: '2026-03-01T12:00:00.000Z',
  component: 'api',
  type: 'token-accepted',
  subject,
  outcome: 'success',
});

const draft = (id: string, data: AccessRecord): AuditRecordDraft => ({
  id,
  event: { type: 'AccessRecorded', data },
  actor: { sub: data.subject ?? 'anonymous', role: 'none' },
  occurredAt: data.at,
  correlationId: id,
  causationId: id,
});

describe('enveloping audit records', () => {
  it('chains them like domain events, with an empty scope, so the same verifier covers them', () => {
    const events = chainAuditRecords('access-2026-03-01', { revision: -1n, lastHash: GENESIS_HASH }, [
      draft('a', record('sup-1')),
      draft('b', record('aud-1')),
    ]);
    expect(events.map((e) => e.metadata.scope)).toEqual([
      { states: [], agencies: [] },
      { states: [], agencies: [] },
    ]);
    const stored = events.map((e, i) => ({
      ...e,
      schemaVersion: e.metadata.schemaVersion,
      streamId: 'access-2026-03-01',
      streamPosition: BigInt(i),
    }));
    expect(verifyChain(stored)).toMatchObject({ ok: true, checked: 2 });
  });

  it('continues a stream from its tail', () => {
    const [first] = chainAuditRecords('access-2026-03-01', { revision: -1n, lastHash: GENESIS_HASH }, [
      draft('a', record('sup-1')),
    ]);
    const [next] = chainAuditRecords('access-2026-03-01', { revision: 0n, lastHash: first.metadata.hash }, [
      draft('b', record('sup-1')),
    ]);
    expect(next.metadata.prevHash).toBe(first.metadata.hash);
  });

  it('refuses a malformed record', () => {
    const bad = draft('c', { ...record('x'), outcome: 'maybe' } as unknown as AccessRecord);
    expect(() =>
      chainAuditRecords('access-2026-03-01', { revision: -1n, lastHash: GENESIS_HASH }, [bad]),
    ).toThrow(InvalidEventDataError);
  });
});
