import { exportSPKI, generateKeyPair, JWTPayload, KeyLike, SignJWT } from 'jose';
import { TokenVerifier } from './token-verifier';

const NOW = new Date('2025-06-01T12:00:00Z');
const nowSeconds = NOW.getTime() / 1000;

interface Signing {
  key: KeyLike;
  alg?: 'ES256' | 'RS256';
  iss?: string;
  aud?: string;
  exp?: number | null;
}

function sign(
  payload: JWTPayload,
  { key, alg = 'ES256', iss = 'hstf-command-center', aud = 'hstf-api', exp }: Signing,
) {
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg })
    .setIssuer(iss)
    .setAudience(aud)
    .setIssuedAt(nowSeconds);
  if (exp !== null) jwt.setExpirationTime(exp ?? nowSeconds + 3600);
  return jwt.sign(key);
}

const operator = { sub: 'op-1', roles: ['operator'], states: ['TX'] };

describe('TokenVerifier with an ES256 PEM key', () => {
  let key: KeyLike;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    key = pair.privateKey;
    verifier = await TokenVerifier.create(
      { publicKeyPem: await exportSPKI(pair.publicKey) },
      { now: () => NOW },
    );
  });

  it('accepts a valid token and returns its actor', async () => {
    const token = await sign(
      { sub: 'liaison-7', roles: ['liaison'], agency: 'FBI', states: ['TX', 'NM'] },
      { key },
    );
    await expect(verifier.verify(token)).resolves.toEqual({
      ok: true,
      actor: { sub: 'liaison-7', roles: ['liaison'], agency: 'FBI', states: ['TX', 'NM'] },
    });
  });

  it('refuses an expired token and says when it expired', async () => {
    const token = await sign(operator, { key, exp: nowSeconds - 60 });
    await expect(verifier.verify(token)).resolves.toEqual({
      ok: false,
      code: 'expired',
      reason: 'the token expired at 2025-06-01T11:59:00.000Z; ask for a new one',
    });
  });

  it('tolerates 30 seconds of clock skew', async () => {
    const token = await sign(operator, { key, exp: nowSeconds - 25 });
    await expect(verifier.verify(token)).resolves.toMatchObject({ ok: true });
  });

  it('refuses a token without an expiry', async () => {
    const token = await sign(operator, { key, exp: null });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      ok: false,
      code: 'missing-claim',
      reason: expect.stringContaining('"exp"'),
    });
  });

  it('refuses a token signed by another key', async () => {
    const stranger = await generateKeyPair('ES256');
    const token = await sign(operator, { key: stranger.privateKey });
    await expect(verifier.verify(token)).resolves.toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('refuses a token for another audience', async () => {
    const token = await sign(operator, { key, aud: 'some-other-api' });
    await expect(verifier.verify(token)).resolves.toEqual({
      ok: false,
      code: 'wrong-audience',
      reason: 'the token is not meant for hstf-api',
    });
  });

  it('refuses a token from another issuer', async () => {
    const token = await sign(operator, { key, iss: 'someone-else' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ ok: false, code: 'wrong-issuer' });
  });

  it('refuses a token without roles', async () => {
    const token = await sign({ sub: 'op-1' }, { key });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      ok: false,
      code: 'missing-claim',
      reason: expect.stringContaining('roles'),
    });
  });

  it('refuses an unknown role', async () => {
    const token = await sign({ sub: 'op-1', roles: ['operator', 'pilot'] }, { key });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      ok: false,
      code: 'unknown-role',
      reason: expect.stringContaining('"pilot"'),
    });
  });

  it('refuses a liaison token without an agency', async () => {
    const token = await sign({ sub: 'l-1', roles: ['liaison'], states: ['TX'] }, { key });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      ok: false,
      code: 'liaison-without-agency',
    });
  });

  it('refuses malformed states', async () => {
    const token = await sign({ sub: 'l-1', roles: ['liaison'], agency: 'FBI', states: 'TX' }, { key });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      ok: false,
      code: 'malformed-claim',
      reason: expect.stringContaining('states'),
    });
  });

  it('refuses something that is not a JWT', async () => {
    await expect(verifier.verify('not-a-token')).resolves.toMatchObject({
      ok: false,
      code: 'malformed-token',
    });
  });

  it('refuses an RS256 token when only ES256 is configured', async () => {
    const rsa = await generateKeyPair('RS256');
    const token = await sign(operator, { key: rsa.privateKey, alg: 'RS256' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ ok: false, code: 'algorithm-not-allowed' });
  });

  it('honours a configured issuer and audience', async () => {
    const pair = await generateKeyPair('ES256');
    const custom = await TokenVerifier.create(
      { publicKeyPem: await exportSPKI(pair.publicKey) },
      { issuer: 'https://idp.example.gov', audience: 'hstf-staging', now: () => NOW },
    );
    const token = await sign(operator, {
      key: pair.privateKey,
      iss: 'https://idp.example.gov',
      aud: 'hstf-staging',
    });
    await expect(custom.verify(token)).resolves.toMatchObject({ ok: true });
  });
});

describe('TokenVerifier with an RS256 PEM key', () => {
  it('accepts RS256 when the configuration allows it', async () => {
    const pair = await generateKeyPair('RS256');
    const verifier = await TokenVerifier.create(
      { publicKeyPem: await exportSPKI(pair.publicKey) },
      { algorithms: ['ES256', 'RS256'], now: () => NOW },
    );
    const token = await sign(operator, { key: pair.privateKey, alg: 'RS256' });
    await expect(verifier.verify(token)).resolves.toEqual({
      ok: true,
      actor: { sub: 'op-1', roles: ['operator'], states: ['TX'] },
    });
  });

  it('refuses to start with an RSA key when RS256 is not allowed', async () => {
    const pair = await generateKeyPair('RS256');
    await expect(TokenVerifier.create({ publicKeyPem: await exportSPKI(pair.publicKey) })).rejects.toThrow(
      /an rsa key, which fits none of the allowed algorithms ES256/,
    );
  });
});
