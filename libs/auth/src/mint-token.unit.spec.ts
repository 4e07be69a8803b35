import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { LocalKey, loadOrCreateLocalKey } from './local-key';
import { mintToken } from './mint-token';
import { isTestAgency } from './testing/test-agencies';
import { TokenVerifier } from './token-verifier';

describe('mintToken with the local key', () => {
  let dataDir: string;
  let key: LocalKey;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hstf-mint-'));
    key = await loadOrCreateLocalKey(dataDir);
    verifier = await TokenVerifier.create(
      { publicKeyFile: key.publicKeyFile },
      { isKnownAgency: isTestAgency },
    );
  });

  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('mints a token the verifier accepts as the same actor', async () => {
    const token = await mintToken(key, {
      sub: 'liaison-fbi',
      roles: ['liaison'],
      agency: 'FBI',
      states: ['TX'],
    });
    await expect(verifier.verify(token)).resolves.toEqual({
      ok: true,
      actor: { sub: 'liaison-fbi', roles: ['liaison'], agency: 'FBI', states: ['TX'] },
    });
  });

  it('names the key in the header and lasts eight hours by default', async () => {
    const now = new Date('2025-06-01T08:00:00Z');
    const token = await mintToken(key, { sub: 'op-1', roles: ['operator'] }, undefined, { now });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: key.kid, typ: 'JWT' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: 'hstf-command-center', aud: 'hstf-api', sub: 'op-1', states: [] });
    expect(claims.exp! - claims.iat!).toBe(8 * 60 * 60);
  });

  it('mints a token that expires after the requested lifetime', async () => {
    const issued = new Date(Date.now() - 120_000);
    const token = await mintToken(key, { sub: 'op-1', roles: ['operator'] }, 60, { now: issued });
    await expect(verifier.verify(token)).resolves.toMatchObject({ ok: false, code: 'expired' });
  });

  it('refuses to mint a liaison token without an agency', async () => {
    await expect(mintToken(key, { sub: 'l-1', roles: ['liaison'] })).rejects.toThrow(
      'cannot mint this token: a liaison token must name',
    );
  });

  it('refuses a lifetime that is not a positive whole number of seconds', async () => {
    await expect(mintToken(key, { sub: 'op-1', roles: ['operator'] }, 0)).rejects.toThrow(
      'positive whole number',
    );
  });
});
