import { generateKeyPairSync } from 'node:crypto';
import type { RecordedStoredEvent } from '@hstf/contracts';
import { chainEvents, GENESIS_HASH } from '@hstf/contracts';
import { recordedLog } from './audit-log.fixtures';
import { signCheckpoint } from './checkpoint-signature';
import { LogVerifier } from './log-verifier';
import { RunningHash } from './running-hash';

const keys = generateKeyPairSync('ed25519');
const log = recordedLog();

/** A checkpoint event over the first `count` events of `events`, signed with `signer`. */
function checkpointOver(
  events: readonly RecordedStoredEvent[],
  count: number,
  signer = keys,
): RecordedStoredEvent {
  const running = new RunningHash();
  events.slice(0, count).forEach((event) => running.add(event));
  const data = signCheckpoint(
    {
      position: running.position.toString(),
      runningHash: running.hash,
      events: running.events,
      previous: null,
      signedAt: '2026-03-04T00:00:00.000Z',
    },
    signer.privateKey,
    signer.publicKey,
  );
  return { ...events[0], id: `checkpoint-${count}`, type: 'AuditCheckpointRecorded', data };
}

function verify(events: readonly RecordedStoredEvent[], checkpoints: RecordedStoredEvent[] = []) {
  const verifier = new LogVerifier(checkpoints, keys.publicKey);
  events.forEach((event) => verifier.add(event));
  return verifier.finish();
}

const withData = (event: RecordedStoredEvent, data: unknown): RecordedStoredEvent => ({ ...event, data });

describe('verifying the whole log', () => {
  it('accepts an intact log and its checkpoints', () => {
    const report = verify(log, [checkpointOver(log, 4), checkpointOver(log, 8)]);
    expect(report).toMatchObject({ ok: true, events: 8, streams: 6, lastPosition: '80', breaks: [] });
    expect(report.checkpoints).toEqual({ verified: 2, lastVerifiedPosition: '80', failures: [] });
  });

  it('names the exact event whose content changed, and the checkpoints that no longer hold', () => {
    const changed = log.map((e, i) =>
      i === 5 ? withData(e, { ...(e.data as object), leadAgency: 'DEA' }) : e,
    );
    const report = verify(changed, [checkpointOver(log, 4), checkpointOver(log, 8)]);
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([
      expect.objectContaining({
        streamId: log[5].streamId,
        streamPosition: '1',
        globalPosition: '60',
        code: 'hash',
      }),
    ]);
    expect(report.checkpoints.verified).toBe(1);
    expect(report.checkpoints.failures).toEqual([
      expect.objectContaining({ position: '80', reason: expect.stringContaining('no longer hashes') }),
    ]);
  });

  it('catches a stream rewritten with a recomputed chain through the signed checkpoint alone', () => {
    const [first] = log;
    const [forged] = chainEvents(GENESIS_HASH, 0n, [
      {
        id: first.id,
        type: first.type,
        schemaVersion: 1,
        streamId: first.streamId,
        data: { ...(first.data as object), authority: 'none' },
        metadata: first.metadata as never,
      },
    ]);
    const rewritten = [
      { ...first, data: forged.data, metadata: { ...forged.metadata, schemaVersion: 1 } },
      ...log.slice(1),
    ];
    const report = verify(rewritten, [checkpointOver(log, 8)]);
    expect(report.breaks).toEqual([]);
    expect(report.ok).toBe(false);
    expect(report.checkpoints.failures).toHaveLength(1);
  });

  it('reports a removed event, at the checkpoint position or inside a stream', () => {
    expect(verify(log.slice(0, 7), [checkpointOver(log, 8)]).checkpoints.failures).toEqual([
      { position: '80', reason: expect.stringContaining('beyond the end of the log') },
    ]);
    const gap = log.filter((_, i) => i !== 3);
    expect(verify(gap).breaks).toEqual([expect.objectContaining({ streamPosition: '1', code: 'position' })]);
  });

  it('refuses a checkpoint signed by any key but the trusted one', () => {
    const stranger = generateKeyPairSync('ed25519');
    const report = verify(log, [checkpointOver(log, 8, stranger)]);
    expect(report.checkpoints.failures).toEqual([
      { position: '80', reason: expect.stringContaining('not by the trusted key') },
    ]);
  });
});
