import { exportSPKI, generateKeyPair, KeyLike } from 'jose';
import { signTestToken, TEST_NOW, TEST_NOW_SECONDS } from './testing/sign-test-token';
import { isTestAgency } from './testing/test-agencies';
import { describeSeconds } from './token-lifetime';
import { TokenVerifier, TokenVerifierOptions } from './token-verifier';

const HOUR = 3600;
const operator = { sub: 'op-1', roles: ['operator'] };

// A token's lifetime is what its issuer granted (exp - iat); a stolen token is worth at most that much.
describe('the lifetime of a token', () => {
  let key: KeyLike;
  let publicKeyPem: string;
  const verifierWith = (options: Partial<TokenVerifierOptions> = {}) =>
    TokenVerifier.create({ publicKeyPem }, { now: () => TEST_NOW, isKnownAgency: isTestAgency, ...options });
  const verify = async (signing: { iat?: unknown; exp?: number }, options = {}) =>
    (await verifierWith(options)).verify(await signTestToken(operator, { key, ...signing }));

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    key = pair.privateKey;
    publicKeyPem = await exportSPKI(pair.publicKey);
  });

  describe('given the default maximum of 12 hours', () => {
    it('when a token was issued to live 13 hours, then it is refused naming the span and the maximum', async () => {
      await expect(verify({ exp: TEST_NOW_SECONDS + 13 * HOUR })).resolves.toEqual({
        ok: false,
        code: 'lifetime-too-long',
        reason:
          'the token was issued to live 13 hours (from claim "iat" to claim "exp"); this server accepts at most 12 hours: ' +
          'ask for a shorter-lived token',
      });
    });

    it('when a token was issued to live exactly 12 hours, then it is accepted', async () => {
      await expect(verify({ exp: TEST_NOW_SECONDS + 12 * HOUR })).resolves.toMatchObject({ ok: true });
    });

    it('when a token was issued to live one second more than 12 hours, then it is refused', async () => {
      await expect(verify({ exp: TEST_NOW_SECONDS + 12 * HOUR + 1 })).resolves.toMatchObject({
        ok: false,
        code: 'lifetime-too-long',
        reason: expect.stringContaining('to live 43201 seconds'),
      });
    });

    it('when a token was issued 13 hours ago and is still unexpired, then it is refused as too old', async () => {
      const signing = { iat: TEST_NOW_SECONDS - 13 * HOUR, exp: TEST_NOW_SECONDS + HOUR };
      await expect(verify(signing)).resolves.toEqual({
        ok: false,
        code: 'lifetime-too-long',
        reason: 'the token was issued more than 12 hours ago (claim "iat"); ask for a new one',
      });
    });
  });

  describe('given a configured maximum of one hour', () => {
    it('when a token was issued to live 90 minutes, then it is refused naming the configured maximum', async () => {
      await expect(
        verify({ exp: TEST_NOW_SECONDS + 90 * 60 }, { maxLifetimeSeconds: HOUR }),
      ).resolves.toMatchObject({
        ok: false,
        code: 'lifetime-too-long',
        reason: expect.stringContaining(
          'to live 90 minutes (from claim "iat" to claim "exp"); this server accepts at most 1 hour:',
        ),
      });
    });

    it('when a token was issued to live exactly one hour, then it is accepted', async () => {
      await expect(
        verify({ exp: TEST_NOW_SECONDS + HOUR }, { maxLifetimeSeconds: HOUR }),
      ).resolves.toMatchObject({ ok: true });
    });
  });

  describe('given a maximum lifetime that is not a positive whole number of seconds', () => {
    it.each([0, -60, 1.5, Number.NaN])(
      'when the verifier is created with %p, then it refuses to start',
      async (max) => {
        await expect(verifierWith({ maxLifetimeSeconds: max })).rejects.toThrow(
          `the maximum token lifetime must be a positive whole number of seconds, not ${max}`,
        );
      },
    );
  });
});

describe('the issue time of a token (claim "iat")', () => {
  let key: KeyLike;
  let verifier: TokenVerifier;
  const verify = async (iat: unknown) => verifier.verify(await signTestToken(operator, { key, iat }));

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    key = pair.privateKey;
    verifier = await TokenVerifier.create(
      { publicKeyPem: await exportSPKI(pair.publicKey) },
      { now: () => TEST_NOW, isKnownAgency: isTestAgency },
    );
  });

  it('given no iat, when verified, then the token is refused: every issuer we accept writes one', async () => {
    await expect(verify(null)).resolves.toEqual({
      ok: false,
      code: 'missing-claim',
      reason: 'the token does not say when it was issued (claim "iat" is missing)',
    });
  });

  it('given an iat that is not a number, when verified, then the token is refused', async () => {
    await expect(verify('yesterday')).resolves.toEqual({
      ok: false,
      code: 'malformed-claim',
      reason: 'claim "iat" must be a number of seconds since 1970-01-01',
    });
  });

  it('given an iat one hour ahead of the clock, when verified, then the token is refused', async () => {
    await expect(verify(TEST_NOW_SECONDS + HOUR)).resolves.toEqual({
      ok: false,
      code: 'issued-in-the-future',
      reason: 'the token claims to be issued in the future (claim "iat"); check the issuer\'s clock',
    });
  });

  it('given an iat ahead by less than the 30 seconds of clock skew tolerated, then the token is accepted', async () => {
    await expect(verify(TEST_NOW_SECONDS + 25)).resolves.toMatchObject({ ok: true });
  });

  it('given an iat ahead by more than the clock skew tolerated, then the token is refused', async () => {
    await expect(verify(TEST_NOW_SECONDS + 31)).resolves.toMatchObject({
      ok: false,
      code: 'issued-in-the-future',
    });
  });
});

describe('a span of seconds in a refusal', () => {
  it.each([
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [90 * 60, '90 minutes'],
    [3600, '1 hour'],
    [13 * 3600, '13 hours'],
    [3601, '3601 seconds'],
  ])('reads %p seconds as "%s"', (seconds, text) => {
    expect(describeSeconds(seconds)).toBe(text);
  });
});
