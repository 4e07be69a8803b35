import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Test } from '@nestjs/testing';
import { TokenVerifier } from '../token-verifier';
import { AccessAuditSink } from './access-audit-sink';
import { ACCESS_AUDIT_SINK, TOKEN_VERIFIER } from './auth-tokens';
import { AuthGuard } from './auth.guard';

// The guard's constructor parameters are resolved by Nest's injector in the app, so prove the tokens and
// @Optional() do what the app module relies on.
describe('AuthGuard wiring', () => {
  const verifier: Pick<TokenVerifier, 'verify'> = {
    verify: async () => ({ ok: false, code: 'expired', reason: 'the token expired' }),
  };
  const request = { headers: { authorization: 'Bearer a.b.c' } };
  const context = new ExecutionContextHost(
    [request, {}, () => undefined],
    class Controller {},
    () => undefined,
  );

  it('is built from the TOKEN_VERIFIER provider alone', async () => {
    const module = await Test.createTestingModule({
      providers: [AuthGuard, { provide: TOKEN_VERIFIER, useValue: verifier }],
    }).compile();
    expect(module.get(AuthGuard)).toBeInstanceOf(AuthGuard);
  });

  it('receives the access audit sink when one is bound', async () => {
    const sink: AccessAuditSink = { record: jest.fn() };
    const module = await Test.createTestingModule({
      providers: [
        AuthGuard,
        { provide: TOKEN_VERIFIER, useValue: verifier },
        { provide: ACCESS_AUDIT_SINK, useValue: sink },
      ],
    }).compile();
    await expect(module.get(AuthGuard).canActivate(context)).rejects.toThrow('the token expired');
    expect(sink.record).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'token-refused', reason: 'the token expired' }),
    );
  });
});
