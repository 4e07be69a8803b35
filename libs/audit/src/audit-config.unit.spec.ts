import { join } from 'node:path';
import { loadAuditConfig } from './audit-config';

describe('the audit configuration', () => {
  it('checkpoints every 15 minutes by default, and never under Jest unless asked', () => {
    expect(loadAuditConfig('/data', {}).checkpointIntervalMs).toBe(900_000);
    expect(loadAuditConfig('/data', { NODE_ENV: 'test' }).checkpointIntervalMs).toBe(0);
    expect(
      loadAuditConfig('/data', { NODE_ENV: 'test', HSTF_AUDIT_CHECKPOINT_INTERVAL_MS: '250' })
        .checkpointIntervalMs,
    ).toBe(250);
  });

  it('keeps the signing key in the data directory unless told where', () => {
    expect(loadAuditConfig('/data', {}).keyFile).toBe(join('/data', 'keys', 'audit-ed25519.pem'));
    expect(loadAuditConfig('/data', { HSTF_AUDIT_KEY_FILE: '/secrets/audit.pem' }).keyFile).toBe(
      '/secrets/audit.pem',
    );
  });

  it('names every bad setting', () => {
    expect(() =>
      loadAuditConfig('/data', {
        HSTF_AUDIT_CHECKPOINT_INTERVAL_MS: '-1',
        HSTF_AUDIT_BOARD_SNAPSHOT_EVERY: 'x',
      }),
    ).toThrow(/HSTF_AUDIT_CHECKPOINT_INTERVAL_MS: .*\n.*HSTF_AUDIT_BOARD_SNAPSHOT_EVERY/);
  });
});
