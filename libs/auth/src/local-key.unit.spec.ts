import { createPublicKey } from 'node:crypto';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateLocalKey } from './local-key';

describe('loadOrCreateLocalKey', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hstf-data-'));
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('creates an ES256 key pair under <dataDir>/keys on first run', async () => {
    const key = await loadOrCreateLocalKey(dataDir);

    expect(key.alg).toBe('ES256');
    expect(key.privateKeyFile).toBe(join(dataDir, 'keys', 'signing-key.pem'));
    expect(key.publicKeyFile).toBe(join(dataDir, 'keys', 'signing-key.pub.pem'));
    expect(await readFile(key.privateKeyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(await readFile(key.publicKeyFile, 'utf8')).toBe(key.publicKeyPem);
    expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(createPublicKey(key.publicKeyPem).asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect((await readFile(join(dataDir, 'keys', 'signing-key.kid'), 'utf8')).trim()).toBe(key.kid);
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps the private key readable by its owner only', async () => {
    const key = await loadOrCreateLocalKey(dataDir);
    expect((await stat(key.privateKeyFile)).mode & 0o777).toBe(0o600);
  });

  it('reuses the key on later runs', async () => {
    const first = await loadOrCreateLocalKey(dataDir);
    const second = await loadOrCreateLocalKey(dataDir);
    expect(second.kid).toBe(first.kid);
    expect(second.publicKeyPem).toBe(first.publicKeyPem);
  });

  it('settles on one key when several processes start on a fresh directory at once', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateLocalKey(dataDir)));
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    expect((await loadOrCreateLocalKey(dataDir)).kid).toBe(keys[0].kid);
  });

  it('refuses a private key that is not ES256, saying how to recover', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    await mkdir(join(dataDir, 'keys'));
    const file = join(dataDir, 'keys', 'signing-key.pem');
    await writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await expect(loadOrCreateLocalKey(dataDir)).rejects.toThrow(
      `${file} is not an ES256 (P-256) private key; move it away to generate a new one`,
    );
  });

  it('refuses an RSA private key too', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await mkdir(join(dataDir, 'keys'));
    await writeFile(
      join(dataDir, 'keys', 'signing-key.pem'),
      privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    await expect(loadOrCreateLocalKey(dataDir)).rejects.toThrow('is not an ES256 (P-256) private key');
  });

  it('does not replace a private key it cannot read for another reason than its absence', async () => {
    await mkdir(join(dataDir, 'keys', 'signing-key.pem'), { recursive: true });
    await expect(loadOrCreateLocalKey(dataDir)).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('leaves no draft file behind', async () => {
    await loadOrCreateLocalKey(dataDir);
    expect((await readdir(join(dataDir, 'keys'))).sort()).toEqual([
      'signing-key.kid',
      'signing-key.pem',
      'signing-key.pub.pem',
    ]);
  });

  // Some mounted volumes refuse hard links (EPERM); an exclusive create must still publish exactly one key.
  it('creates the key on a volume that refuses hard links, and leaves no draft', async () => {
    // The module object local-key.ts calls into (an `import * as` in this spec would be a copy of it).
    const fs = jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises');
    const link = jest
      .spyOn(fs, 'link')
      .mockRejectedValue(Object.assign(new Error('EPERM'), { code: 'EPERM' }));
    try {
      const key = await loadOrCreateLocalKey(dataDir);
      expect(link).toHaveBeenCalled();
      expect(await readFile(key.privateKeyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      expect((await readdir(join(dataDir, 'keys'))).sort()).toEqual([
        'signing-key.kid',
        'signing-key.pem',
        'signing-key.pub.pem',
      ]);
      expect((await loadOrCreateLocalKey(dataDir)).kid).toBe(key.kid);
    } finally {
      link.mockRestore();
    }
  });
});
