import { canonicalJson } from './canonical-json';

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys at every depth and drops whitespace, so key order does not change the bytes', () => {
    const a = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } };
    const b = { a: { c: 'x', d: [3, { y: null, z: true }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('formats numbers as ECMAScript does and escapes strings minimally', () => {
    expect(canonicalJson([1.0, 1e21, 0.000001, -0])).toBe('[1,1e+21,0.000001,0]');
    expect(canonicalJson('é\n"')).toBe('"é\\n\\""');
  });

  it('omits undefined properties, as storing the JSON would', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });

  it('refuses what has no JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow('cannot canonicalize undefined');
  });
});
