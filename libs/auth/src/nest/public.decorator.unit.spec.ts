import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { TokenVerifier } from '../token-verifier';
import { AccessDecisionEvent } from './access-audit-sink';
import { AuthGuard } from './auth.guard';
import { IS_PUBLIC, Public } from './public.decorator';

@Public()
class HealthController {
  check(): void {}
}

class MetricsController {
  @Public()
  scrape(): void {}

  series(): void {}
}

const contextFor = (controller: new () => object, handler: string) =>
  new ExecutionContextHost([{ headers: {} }, {}, () => undefined], controller, controller.prototype[handler]);

describe('@Public()', () => {
  const verifier: Pick<TokenVerifier, 'verify'> = {
    verify: () => Promise.reject(new Error('a public route must not verify a token')),
  };
  let recorded: AccessDecisionEvent[];
  let guard: AuthGuard;

  beforeEach(() => {
    recorded = [];
    guard = new AuthGuard(new Reflector(), verifier, { record: (event) => void recorded.push(event) });
  });

  it.each([
    ['a controller marked @Public()', HealthController, 'check'],
    ['a handler marked @Public()', MetricsController, 'scrape'],
  ])('lets %s through without a token or a record', async (_what, controller, handler) => {
    await expect(guard.canActivate(contextFor(controller, handler))).resolves.toBe(true);
    expect(recorded).toEqual([]);
  });

  it('leaves the other handlers of that controller protected', async () => {
    await expect(guard.canActivate(contextFor(MetricsController, 'series'))).rejects.toThrow(
      'needs a bearer token',
    );
  });

  it("marks with a key of its own, so no other library's metadata opens a route", () => {
    expect(IS_PUBLIC).toBe('hstf:auth:public');
    expect(Reflect.getMetadata('hstf:auth:public', HealthController)).toBe(true);
  });
});
