import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { resolveVerificationKey } from './verification-key';

describe('resolveVerificationKey', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hstf-auth-key-'));
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a PEM public key from a file and fits ES256 to a P-256 key', async () => {
    const pair = await generateKeyPair('ES256');
    const file = join(dir, 'idp.pub.pem');
    await writeFile(file, await exportSPKI(pair.publicKey));
    await expect(resolveVerificationKey({ publicKeyFile: file }, ['ES256', 'RS256'])).resolves.toMatchObject({
      algorithms: ['ES256'],
    });
  });

  it('names the file it cannot read', async () => {
    await expect(
      resolveVerificationKey({ publicKeyFile: join(dir, 'absent.pem') }, ['ES256']),
    ).rejects.toThrow(/absent\.pem" cannot be read/);
  });

  it('refuses a private key configured as the public key', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    await expect(
      resolveVerificationKey({ publicKeyPem: await exportPKCS8(pair.privateKey) }, ['ES256']),
    ).rejects.toThrow('is a private key');
  });

  it('refuses text that is not a PEM key', async () => {
    await expect(resolveVerificationKey({ publicKeyPem: 'hello' }, ['ES256'])).rejects.toThrow(
      'not a PEM (SPKI) public key',
    );
  });

  it('refuses an EC key on another curve', async () => {
    const pair = await generateKeyPair('ES384');
    await expect(
      resolveVerificationKey({ publicKeyPem: await exportSPKI(pair.publicKey) }, ['ES256']),
    ).rejects.toThrow('an ec key on secp384r1');
  });
});
