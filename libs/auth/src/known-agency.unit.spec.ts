import { exportSPKI, generateKeyPair, KeyLike } from 'jose';
import { signTestToken, TEST_NOW } from './testing/sign-test-token';
import { IsKnownAgency, TokenVerifier } from './token-verifier';

// The app decides which agencies exist (shipped catalog plus those an admin registered); the verifier asks.
describe('the agency claim against the catalog', () => {
  let key: KeyLike;
  let publicKeyPem: string;
  const verify = async (isKnownAgency: IsKnownAgency, claims: Record<string, unknown>) => {
    const verifier = await TokenVerifier.create({ publicKeyPem }, { now: () => TEST_NOW, isKnownAgency });
    return verifier.verify(await signTestToken(claims, { key }));
  };
  const liaisonOf = (agency: unknown) => ({ sub: 'l-1', roles: ['liaison'], agency });

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    key = pair.privateKey;
    publicKeyPem = await exportSPKI(pair.publicKey);
  });

  it('given an agency the catalog knows, when verified, then the actor speaks for it', async () => {
    const isKnownAgency = jest.fn(async (code: string) => code === 'TX-DPS');
    await expect(verify(isKnownAgency, liaisonOf('TX-DPS'))).resolves.toEqual({
      ok: true,
      actor: { sub: 'l-1', roles: ['liaison'], agency: 'TX-DPS', states: [] },
    });
    expect(isKnownAgency).toHaveBeenCalledWith('TX-DPS');
  });

  it('given an agency the catalog does not know, when verified, then it is refused naming the claim', async () => {
    await expect(verify(() => false, liaisonOf('NOPE'))).resolves.toEqual({
      ok: false,
      code: 'unknown-agency',
      reason:
        'claim "agency" "NOPE" is not an agency of the catalog; an admin registers state and local agencies',
    });
  });

  it('given a malformed agency, when verified, then it is refused without asking the catalog', async () => {
    const isKnownAgency = jest.fn(() => true);
    await expect(verify(isKnownAgency, liaisonOf('no such agency'))).resolves.toMatchObject({
      ok: false,
      code: 'malformed-claim',
    });
    expect(isKnownAgency).not.toHaveBeenCalled();
  });

  it('given no agency claim, when verified, then the catalog is not asked', async () => {
    const isKnownAgency = jest.fn(() => false);
    await expect(verify(isKnownAgency, { sub: 's-1', roles: ['supervisor'] })).resolves.toMatchObject({
      ok: true,
    });
    expect(isKnownAgency).not.toHaveBeenCalled();
  });

  it('given a catalog that cannot be read, when verified, then the outage is reported, not the token', async () => {
    const down = async (): Promise<boolean> => {
      throw new Error('connection refused');
    };
    await expect(verify(down, liaisonOf('FBI'))).resolves.toEqual({
      ok: false,
      code: 'agency-lookup-unavailable',
      reason: 'the agency catalog could not be read: connection refused',
    });
  });

  it('given a catalog that fails with something other than an Error, then its text is reported', async () => {
    const down = (): boolean => {
      throw 'store closed';
    };
    await expect(verify(down, liaisonOf('FBI'))).resolves.toMatchObject({
      code: 'agency-lookup-unavailable',
      reason: 'the agency catalog could not be read: store closed',
    });
  });
});
