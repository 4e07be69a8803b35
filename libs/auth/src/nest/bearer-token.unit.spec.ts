import { bearerToken } from './bearer-token';

describe('bearerToken', () => {
  it('takes the token after the Bearer scheme, whatever its case', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toEqual({ ok: true, token: 'abc.def.ghi' });
    expect(bearerToken('bearer abc.def.ghi')).toEqual({ ok: true, token: 'abc.def.ghi' });
  });

  it('reports a missing header as a missing token', () => {
    expect(bearerToken(undefined)).toMatchObject({ ok: false, code: 'missing-token' });
    expect(bearerToken('')).toMatchObject({ ok: false, code: 'missing-token' });
  });

  it.each([['Basic dXNlcjpwYXNz'], ['Bearer'], ['Bearer a b'], [['Bearer a', 'Bearer b']]])(
    'refuses %j as malformed',
    (header) => {
      expect(bearerToken(header)).toMatchObject({ ok: false, code: 'malformed-token' });
    },
  );
});
