import { exportSPKI, generateKeyPair, KeyLike } from 'jose';
import { signTestToken, TEST_NOW, TEST_NOW_SECONDS } from './testing/sign-test-token';
import { isTestAgency } from './testing/test-agencies';
import { TokenVerifier } from './token-verifier';

const operator = { sub: 'op-1', roles: ['operator'], states: ['TX'] };

describe('TokenVerifier with an ES256 PEM key', () => {
  let key: KeyLike;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    key = pair.privateKey;
    verifier = await TokenVerifier.create(
      { publicKeyPem: await exportSPKI(pair.publicKey) },
      { now: () => TEST_NOW, isKnownAgency: isTestAgency },
    );
  });

  it('accepts a valid token and returns its actor', async () => {
    const token = await signTestToken(
      { sub: 'liaison-7', roles: ['liaison'], agency: 'FBI', states: ['TX', 'NM'] },
      { key },
    );
    await expect(verifier.verify(token)).resolves.toEqual({
      ok: true,
      actor: { sub: 'liaison-7', roles: ['liaison'], agency: 'FBI', states: ['TX', 'NM'] },
    });
  });

  it('refuses an expired token and says when it expired', async () => {
    const token = await signTestToken(operator, { key, exp: TEST_NOW_SECONDS - 60 });
    await expect(verifier.verify(token)).resolves.toEqual({
      ok: false,
      code: 'expired',
      reason: 'the token expired at 2025-06-01T11:59:00.000Z; ask for a new one',
    });
  });

  it('tolerates 30 seconds of clock skew', async () => {
    const token = await signTestToken(operator, { key, exp: TEST_NOW_SECONDS - 25 });
    await expect(verifier.verify(token)).resolves.toMatchObject({ ok: true });
  });

  it('refuses a token without an expiry', async () => {
    const token = await signTestToken(operator, { key, exp: null });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      ok: false,
      code: 'missing-claim',
      reason: expect.stringContaining('"exp"'),
    });
  });

  it('refuses a token signed by another key', async () => {
    const stranger = await generateKeyPair('ES256');
    const token = await signTestToken(operator, { key: stranger.privateKey });
    await expect(verifier.verify(token)).resolves.toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('refuses a token for another audience', async () => {
    const token = await signTestToken(operator, { key, aud: 'some-other-api' });
    await expect(verifier.verify(token)).resolves.toEqual({
      ok: false,
      code: 'wrong-audience',
      reason: 'the token is not meant for hstf-api',
    });
  });

  it('refuses a token from another issuer', async () => {
    const token = await signTestToken(operator, { key, iss: 'someone-else' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ ok: false, code: 'wrong-issuer' });
  });

  it('refuses something that is not a JWT', async () => {
    await expect(verifier.verify('not-a-token')).resolves.toMatchObject({
      ok: false,
      code: 'malformed-token',
    });
  });

  it('refuses an RS256 token when only ES256 is configured', async () => {
    const rsa = await generateKeyPair('RS256');
    const token = await signTestToken(operator, { key: rsa.privateKey, alg: 'RS256' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ ok: false, code: 'algorithm-not-allowed' });
  });

  it('honours a configured issuer and audience', async () => {
    const pair = await generateKeyPair('ES256');
    const custom = await TokenVerifier.create(
      { publicKeyPem: await exportSPKI(pair.publicKey) },
      {
        issuer: 'https://idp.example.gov',
        audience: 'hstf-staging',
        now: () => TEST_NOW,
        isKnownAgency: isTestAgency,
      },
    );
    const token = await signTestToken(operator, {
      key: pair.privateKey,
      iss: 'https://idp.example.gov',
      aud: 'hstf-staging',
    });
    await expect(custom.verify(token)).resolves.toMatchObject({ ok: true });
  });
});
