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

  it('takes the token after several spaces and before trailing whitespace', () => {
    expect(bearerToken('Bearer   abc.def.ghi  ')).toEqual({ ok: true, token: 'abc.def.ghi' });
  });

  it('says what header it needs', () => {
    expect(bearerToken(undefined)).toEqual({
      ok: false,
      code: 'missing-token',
      reason: 'this request needs a bearer token (header "Authorization: Bearer <token>")',
    });
    expect(bearerToken('Token abc')).toEqual({
      ok: false,
      code: 'malformed-token',
      reason: 'the Authorization header must read "Bearer <token>"',
    });
  });

  it.each(['xBearer abc', 'Bearer abc def', 'Bearerabc'])(
    'refuses %j: the scheme, one token, nothing else',
    (header) => {
      expect(bearerToken(header)).toMatchObject({ ok: false, code: 'malformed-token' });
    },
  );

  it('refuses a header sent several times, even once', () => {
    expect(bearerToken(['Bearer abc.def.ghi'])).toMatchObject({ ok: false, code: 'malformed-token' });
  });
});
