import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyIdOf } from './checkpoint-signature';
import { loadOrCreateAuditKey, publicKeyFileOf } from './audit-key';

describe('the audit signing key', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hstf-audit-key-'));
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is created on first use, private to its owner, with its public half beside it', async () => {
    const file = join(dir, 'keys', 'audit-ed25519.pem');
    const key = await loadOrCreateAuditKey(file);
    expect(key.privateKey.asymmetricKeyType).toBe('ed25519');
    expect(key.keyId).toBe(keyIdOf(key.publicKey));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(publicKeyFileOf(file), 'utf8')).toBe(key.publicKeyPem);
    expect(publicKeyFileOf(file)).toBe(join(dir, 'keys', 'audit-ed25519.pub.pem'));
  });

  it('is the same key for every process that starts at once, and on every later start', async () => {
    const file = join(dir, 'audit-ed25519.pem');
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateAuditKey(file)));
    expect(new Set(keys.map((k) => k.keyId)).size).toBe(1);
    expect((await loadOrCreateAuditKey(file)).keyId).toBe(keys[0].keyId);
  });

  it('refuses a key file that holds another kind of key', async () => {
    const file = join(dir, 'audit-ed25519.pem');
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    await writeFile(file, ec.export({ type: 'pkcs8', format: 'pem' }));
    await expect(loadOrCreateAuditKey(file)).rejects.toThrow('is not an Ed25519 private key');
  });
});
