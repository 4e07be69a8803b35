import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { isTestAgency } from './testing/test-agencies';
import { TokenVerifier } from './token-verifier';

// An identity provider's JWKS endpoint, served in-process on the loopback interface.
describe('TokenVerifier with a JWKS URL', () => {
  let server: Server;
  let jwksUrl: string;
  let signingKey: KeyLike;
  let requests = 0;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    signingKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-2025', alg: 'ES256', use: 'sig' };
    server = createServer((req, res) => {
      requests += 1;
      if (req.url !== '/.well-known/jwks.json') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const token = (key: KeyLike, kid: string) =>
    new SignJWT({ roles: ['supervisor'], states: [] })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject('sup-1')
      .setIssuer('hstf-command-center')
      .setAudience('hstf-api')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key);

  it('accepts a token signed by a key the JWKS publishes', async () => {
    const verifier = await TokenVerifier.create({ jwksUrl }, { isKnownAgency: isTestAgency });
    await expect(verifier.verify(await token(signingKey, 'idp-2025'))).resolves.toEqual({
      ok: true,
      actor: { sub: 'sup-1', roles: ['supervisor'], states: [] },
    });
    expect(requests).toBeGreaterThan(0);
  });

  it('refuses a token whose key the JWKS does not publish', async () => {
    const verifier = await TokenVerifier.create({ jwksUrl }, { isKnownAgency: isTestAgency });
    const stranger = await generateKeyPair('ES256');
    await expect(verifier.verify(await token(stranger.privateKey, 'unknown-kid'))).resolves.toMatchObject({
      ok: false,
      code: 'unknown-key',
    });
  });

  it('reports an unreachable key set as unavailable, not as a bad token', async () => {
    const verifier = await TokenVerifier.create(
      { jwksUrl: jwksUrl.replace('jwks.json', 'missing.json') },
      { isKnownAgency: isTestAgency },
    );
    await expect(verifier.verify(await token(signingKey, 'idp-2025'))).resolves.toMatchObject({
      ok: false,
      code: 'key-unavailable',
    });
  });

  it('refuses to start with a JWKS URL that is not a URL', async () => {
    await expect(
      TokenVerifier.create({ jwksUrl: 'idp/jwks.json' }, { isKnownAgency: isTestAgency }),
    ).rejects.toThrow('is not a valid URL');
  });
});
