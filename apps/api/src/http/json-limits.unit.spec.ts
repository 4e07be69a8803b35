import { checkJsonBody, MAX_DEPTH, MAX_VALUES } from './json-limits';

const nested = (levels: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

describe('a JSON body before validation', () => {
  it('passes as it is when it is plain text and numbers, and is normalised to NFC', () => {
    const checked = checkJsonBody({
      title: 'Cafe\u0301',
      body: 'Line one\nLine two\tend',
      n: 3,
      list: ['TX'],
    });
    expect(checked).toEqual({
      ok: true,
      value: { title: 'Caf\u00e9', body: 'Line one\nLine two\tend', n: 3, list: ['TX'] },
    });
  });

  it('is refused when nested deeper than the limit, without recursing (10,000 levels)', () => {
    expect(checkJsonBody(nested(MAX_DEPTH - 1)).ok).toBe(true);
    expect(checkJsonBody(nested(10_000))).toEqual({
      ok: false,
      errors: [
        { field: expect.stringMatching(/^a(\.a)*$/), reason: `is nested deeper than ${MAX_DEPTH} levels` },
      ],
    });
  });

  it('is refused when it holds more values than the limit', () => {
    expect(checkJsonBody({ many: Array.from({ length: MAX_VALUES + 1 }, () => 1) })).toEqual({
      ok: false,
      errors: [{ field: 'body', reason: `has more than ${MAX_VALUES} values` }],
    });
  });

  it('names every field holding a control character or a lone surrogate', () => {
    const checked = checkJsonBody({
      title: 'a\u0000b',
      addressees: { agencies: ['FBI', 'x\uD800'] },
      ok: 'fine',
    });
    expect(checked).toEqual({
      ok: false,
      errors: [
        { field: 'title', reason: 'contains the control character U+0000' },
        { field: 'addressees.agencies[1]', reason: 'contains a lone surrogate, which is not a character' },
      ],
    });
  });

  it('refuses keys of the prototype chain and keys that are not text', () => {
    const body = JSON.parse('{"__proto__":{"admin":true},"constructor":1,"a\\u0007":2}') as unknown;
    expect(checkJsonBody(body)).toEqual({
      ok: false,
      errors: [
        { field: '__proto__', reason: 'is not an accepted field name' },
        { field: 'constructor', reason: 'is not an accepted field name' },
        { field: 'a\u0007', reason: 'contains the control character U+0007' },
      ],
    });
  });

  it('checks a body that is a bare string too', () => {
    expect(checkJsonBody('\u0001')).toEqual({
      ok: false,
      errors: [{ field: 'body', reason: 'contains the control character U+0001' }],
    });
  });
});
