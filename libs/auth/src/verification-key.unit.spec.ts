import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
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

  it('trusts a JWKS URL for every allowed algorithm, the key chosen per token', async () => {
    const key = await resolveVerificationKey({ jwksUrl: 'https://idp.example.gov/jwks.json' }, [
      'ES256',
      'RS256',
    ]);
    expect(key.algorithms).toEqual(['ES256', 'RS256']);
    expect(typeof key.key).toBe('function');
  });

  it('refuses a JWKS URL that is not a URL, naming it', async () => {
    await expect(resolveVerificationKey({ jwksUrl: 'idp/jwks.json' }, ['ES256'])).rejects.toThrow(
      'the JWKS URL "idp/jwks.json" is not a valid URL',
    );
  });

  it('fits RS256 to an RSA key when RS256 is allowed', async () => {
    const pair = await generateKeyPair('RS256');
    await expect(
      resolveVerificationKey({ publicKeyPem: await exportSPKI(pair.publicKey) }, ['ES256', 'RS256']),
    ).resolves.toMatchObject({ algorithms: ['RS256'] });
  });

  it('refuses a P-256 key when only RS256 is allowed, naming key and algorithms', async () => {
    const pair = await generateKeyPair('ES256');
    await expect(
      resolveVerificationKey({ publicKeyPem: await exportSPKI(pair.publicKey) }, ['RS256']),
    ).rejects.toThrow(
      'the configured public key is an ec key on prime256v1, which fits none of the allowed algorithms RS256',
    );
  });

  it('refuses a key of a kind no algorithm fits, naming its kind', async () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    await expect(resolveVerificationKey({ publicKeyPem: pem }, ['ES256', 'RS256'])).rejects.toThrow(
      'the configured public key is an ed25519 key, which fits none of the allowed algorithms ES256, RS256',
    );
  });

  it('says why a PEM is not a public key', async () => {
    await expect(resolveVerificationKey({ publicKeyPem: 'hello' }, ['ES256'])).rejects.toThrow(
      /^the public key is not a PEM \(SPKI\) public key: .+/,
    );
  });

  it('says why a key file cannot be read', async () => {
    await expect(resolveVerificationKey({ publicKeyFile: dir }, ['ES256'])).rejects.toThrow(
      `the public key file "${dir}" cannot be read: EISDIR`,
    );
  });
});
