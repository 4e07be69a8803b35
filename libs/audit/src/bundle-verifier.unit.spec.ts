import { createHash, generateKeyPairSync } from 'node:crypto';
import { recordedLog } from './audit-log.fixtures';
import { BundleVerifier } from './bundle-verifier';
import { ChainHeads, EVENTS_FILE, EXPORT_FORMAT, ExportManifest, toExportLine } from './export-bundle';
import { signDocument } from './signed-document';

const keys = generateKeyPairSync('ed25519');
const events = recordedLog().slice(2);

function bundle(lines = events.map(toExportLine)) {
  const content = Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8');
  const heads = new ChainHeads();
  events.forEach((event) => heads.add(event));
  const body = {
    format: EXPORT_FORMAT,
    state: 'TX',
    from: '2026-03-01T00:00:00.000Z',
    to: '2026-03-04T00:00:00.000Z',
    exportedAt: '2026-03-05T00:00:00.000Z',
    exportedBy: 'sup-1',
    source: { eventStore: 'postgres', headPosition: '80' },
    counts: heads.counts(),
    files: [{ name: EVENTS_FILE, sha256: sha256(content), bytes: content.length, lines: lines.length }],
    chains: heads.list(),
  };
  const manifest: ExportManifest = {
    ...body,
    signature: signDocument(body, keys.privateKey, keys.publicKey),
  };
  return { manifest, content };
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

function check(manifest: unknown, content: Buffer, trusted = keys.publicKey) {
  const verifier = new BundleVerifier(JSON.parse(JSON.stringify(manifest)), trusted);
  const lines = content.toString('utf8').split('\n').filter(Boolean);
  lines.forEach((line, i) => verifier.addLine(line, i + 1));
  verifier.fileRead(
    { name: EVENTS_FILE, sha256: sha256(content), bytes: content.length, lines: lines.length },
    EVENTS_FILE,
  );
  return verifier.finish();
}

describe('verifying an export bundle offline', () => {
  it('accepts an intact bundle whose streams start mid-chain, signed by the pinned key', () => {
    const { manifest, content } = bundle();
    expect(check(manifest, content)).toMatchObject({
      ok: true,
      events: 6,
      problems: [],
      signedBy: { pinned: true },
    });
    expect(manifest.chains.find((c) => c.streamId.startsWith('directive-'))?.first.position).toBe('0');
  });

  it('names the line whose event was changed, and the file digest that no longer matches', () => {
    const { manifest } = bundle();
    const lines = events.map(toExportLine);
    lines[3] = lines[3].replace('"FBI"', '"DEA"');
    const report = check(manifest, Buffer.from(lines.map((l) => `${l}\n`).join('')));
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^line 4: tasking-.* at revision 1/),
        expect.stringMatching(/^events.ndjson: sha256/),
      ]),
    );
  });

  it('refuses a manifest changed after signing, or signed by another key', () => {
    const { manifest, content } = bundle();
    expect(check({ ...manifest, state: 'AZ' }, content).problems).toContain(
      'manifest signature: the signature does not match the document',
    );
    const stranger = generateKeyPairSync('ed25519').publicKey;
    expect(check(manifest, content, stranger).problems[0]).toMatch(/^manifest signature: signed by key/);
  });

  it('notices a dropped last line through the counts and chain heads', () => {
    const { manifest } = bundle();
    const lines = events.map(toExportLine).slice(0, -1);
    const report = check(manifest, Buffer.from(lines.map((l) => `${l}\n`).join('')));
    expect(report.problems).toEqual(expect.arrayContaining(['events: 5 read, the manifest says 6']));
  });
});
