import { exportSPKI, generateKeyPair } from 'jose';
import { signTestToken, TEST_NOW } from './testing/sign-test-token';
import { isTestAgency } from './testing/test-agencies';
import { TokenVerifier } from './token-verifier';

const operator = { sub: 'op-1', roles: ['operator'], states: ['TX'] };

describe('TokenVerifier with an RS256 PEM key', () => {
  it('accepts RS256 when the configuration allows it', async () => {
    const pair = await generateKeyPair('RS256');
    const verifier = await TokenVerifier.create(
      { publicKeyPem: await exportSPKI(pair.publicKey) },
      { algorithms: ['ES256', 'RS256'], now: () => TEST_NOW, isKnownAgency: isTestAgency },
    );
    const token = await signTestToken(operator, { key: pair.privateKey, alg: 'RS256' });
    await expect(verifier.verify(token)).resolves.toEqual({
      ok: true,
      actor: { sub: 'op-1', roles: ['operator'], states: ['TX'] },
    });
  });

  it('refuses to start with an RSA key when RS256 is not allowed', async () => {
    const pair = await generateKeyPair('RS256');
    await expect(
      TokenVerifier.create(
        { publicKeyPem: await exportSPKI(pair.publicKey) },
        { isKnownAgency: isTestAgency },
      ),
    ).rejects.toThrow(/an rsa key, which fits none of the allowed algorithms ES256/);
  });
});
