import { exportSPKI, generateKeyPair, KeyLike } from 'jose';
import { signTestToken, TEST_NOW } from './testing/sign-test-token';
import { isTestAgency } from './testing/test-agencies';
import { TokenVerifier } from './token-verifier';

// A correctly signed token can still carry claims that make no actor; the verifier must say which.
describe('TokenVerifier refusing the claims of a well-signed token', () => {
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

  it('refuses a token without roles', async () => {
    const token = await signTestToken({ sub: 'op-1' }, { key });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      ok: false,
      code: 'missing-claim',
      reason: expect.stringContaining('roles'),
    });
  });

  it('refuses an unknown role', async () => {
    const token = await signTestToken({ sub: 'op-1', roles: ['operator', 'pilot'] }, { key });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      ok: false,
      code: 'unknown-role',
      reason: expect.stringContaining('"pilot"'),
    });
  });

  it('refuses a liaison token without an agency', async () => {
    const token = await signTestToken({ sub: 'l-1', roles: ['liaison'], states: ['TX'] }, { key });
    await expect(verifier.verify(token)).resolves.toMatchObject({
      ok: false,
      code: 'liaison-without-agency',
    });
  });

  it('refuses malformed states', async () => {
    const token = await signTestToken(
      { sub: 'l-1', roles: ['liaison'], agency: 'FBI', states: 'TX' },
      { key },
    );
    await expect(verifier.verify(token)).resolves.toMatchObject({
      ok: false,
      code: 'malformed-claim',
      reason: expect.stringContaining('states'),
    });
  });
});
