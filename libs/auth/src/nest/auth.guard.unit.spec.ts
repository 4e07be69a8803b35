import { generateKeyPairSync } from 'node:crypto';
import { HttpStatus, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { mintToken } from '../mint-token';
import { isTestAgency } from '../testing/test-agencies';
import { TokenVerifier } from '../token-verifier';
import { AccessDecisionEvent } from './access-audit-sink';
import { AuthGuard } from './auth.guard';
import { AuthenticatedRequest } from './authenticated-request';

class DirectivesController {
  issue(): void {}
}

const requestWith = (authorization?: string): AuthenticatedRequest => ({ headers: { authorization } });

function contextFor(request: AuthenticatedRequest, controller: new () => object, handler: string) {
  return new ExecutionContextHost([request, {}, () => undefined], controller, controller.prototype[handler]);
}

describe('AuthGuard', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signingKey = { alg: 'ES256' as const, kid: 'test', privateKey };
  let verifier: TokenVerifier;
  let recorded: AccessDecisionEvent[];
  let guard: AuthGuard;

  beforeAll(async () => {
    verifier = await TokenVerifier.create(
      { publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }) as string },
      { isKnownAgency: isTestAgency },
    );
  });

  beforeEach(() => {
    recorded = [];
    guard = new AuthGuard(new Reflector(), verifier, { record: (event) => void recorded.push(event) });
  });

  it('attaches the verified actor to the request and records the acceptance', async () => {
    const token = await mintToken(signingKey, {
      sub: 'liaison-cbp',
      roles: ['liaison'],
      agency: 'CBP',
      states: ['AZ'],
    });
    const request = requestWith(`Bearer ${token}`);

    await expect(guard.canActivate(contextFor(request, DirectivesController, 'issue'))).resolves.toBe(true);

    expect(request.actor).toEqual({ sub: 'liaison-cbp', roles: ['liaison'], agency: 'CBP', states: ['AZ'] });
    expect(recorded).toEqual([
      {
        at: expect.any(String),
        component: 'api',
        type: 'token-accepted',
        subject: 'liaison-cbp',
        outcome: 'allow',
      },
    ]);
  });

  it('answers 401 with the reason when the token is missing, and records the refusal', async () => {
    const request = requestWith(undefined);
    const refusal = guard.canActivate(contextFor(request, DirectivesController, 'issue'));

    await expect(refusal).rejects.toThrow(UnauthorizedException);
    await expect(refusal).rejects.toThrow('this request needs a bearer token');
    expect(request.actor).toBeUndefined();
    expect(recorded).toEqual([
      {
        at: expect.any(String),
        component: 'api',
        type: 'token-refused',
        outcome: 'deny',
        reason: 'this request needs a bearer token (header "Authorization: Bearer <token>")',
      },
    ]);
  });

  it('answers 401 for an invalid token', async () => {
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const token = await mintToken(
      { ...signingKey, privateKey: stranger },
      { sub: 'op-1', roles: ['operator'] },
    );
    const refusal = guard.canActivate(
      contextFor(requestWith(`Bearer ${token}`), DirectivesController, 'issue'),
    );

    await expect(refusal).rejects.toMatchObject({
      status: HttpStatus.UNAUTHORIZED,
      message: 'the token signature does not match the trusted key',
    });
  });

  it('answers 503 when the signing keys cannot be obtained', async () => {
    const unavailable = {
      verify: async () => ({ ok: false as const, code: 'key-unavailable' as const, reason: 'JWKS down' }),
    };
    const refusal = new AuthGuard(new Reflector(), unavailable).canActivate(
      contextFor(requestWith('Bearer a.b.c'), DirectivesController, 'issue'),
    );
    await expect(refusal).rejects.toThrow(ServiceUnavailableException);
  });

  it('records a refusal quoting a hostile subject clipped to 200 characters, its controls escaped', async () => {
    const { SignJWT } = await import('jose');
    const hostile = `\u0000${'x'.repeat(1999)}`;
    const token = await new SignJWT({ roles: ['operator'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(hostile)
      .setIssuer('hstf-command-center')
      .setAudience('hstf-api')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    const refusal = guard.canActivate(
      contextFor(requestWith(`Bearer ${token}`), DirectivesController, 'issue'),
    );

    await expect(refusal).rejects.toThrow(UnauthorizedException);
    expect(recorded).toEqual([
      expect.objectContaining({
        type: 'token-refused',
        outcome: 'deny',
        reason: 'the subject (claim "sub") is 2000 characters long; at most 200 are allowed',
      }),
    ]);
  });

  it('answers 503 when the agency catalog cannot be read', async () => {
    const unavailable = {
      verify: async () => ({
        ok: false as const,
        code: 'agency-lookup-unavailable' as const,
        reason: 'the agency catalog could not be read: store closed',
      }),
    };
    const refusal = new AuthGuard(new Reflector(), unavailable).canActivate(
      contextFor(requestWith('Bearer a.b.c'), DirectivesController, 'issue'),
    );
    await expect(refusal).rejects.toThrow(ServiceUnavailableException);
    await expect(refusal).rejects.toThrow('the agency catalog could not be read: store closed');
  });

  it('records a reason bounded and escaped, whatever the verifier put in it', async () => {
    const verbose = {
      verify: async () => ({
        ok: false as const,
        code: 'malformed-claim' as const,
        reason: `\u0007${'r'.repeat(5000)}`,
      }),
    };
    const refusal = new AuthGuard(new Reflector(), verbose, {
      record: (event) => void recorded.push(event),
    }).canActivate(contextFor(requestWith('Bearer a.b.c'), DirectivesController, 'issue'));
    await expect(refusal).rejects.toThrow(UnauthorizedException);
    expect(recorded.map((r) => r.reason)).toEqual([`\\u0007${'r'.repeat(999)}…`]);
  });

  it('works without an audit sink', async () => {
    const token = await mintToken(signingKey, { sub: 'aud-1', roles: ['auditor'] });
    const unaudited = new AuthGuard(new Reflector(), verifier);
    await expect(
      unaudited.canActivate(contextFor(requestWith(`Bearer ${token}`), DirectivesController, 'issue')),
    ).resolves.toBe(true);
  });
});
