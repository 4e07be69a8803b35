import { generateKeyPairSync } from 'node:crypto';
import { LocalKey, mintToken } from '@hstf/auth';
import { SignJWT } from 'jose';

/** A small seeded generator (mulberry32): the same seed sends the same requests, so a failure replays. */
export class Random {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

const deep = (levels: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { nested: value };
  return value;
};

/** Values that broke, or could break, a field of a body: wrong types, edges of number and text. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'bell\u0007',
  '\u001b[31mred',
  '\uD800',
  'x\uDFFFy',
  'agents\u200b',
  '\u202eevil',
  '\ufeffBOM',
  'Cafe\u0301',
  'x'.repeat(5000),
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  -1,
  0,
  1e308,
  -1e308,
  5e-324,
  1.5,
  2 ** 53 + 1,
  '18446744073709551617',
  '99999999999999999999999999',
  '-1',
  '1e400',
  true,
  [],
  [null],
  {},
  { $gt: '' },
  ['FBI', 'FBI'],
  deep(40),
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-02-30T00:00:00Z',
  '1969-12-31T23:59:59Z',
  'yesterday',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'NOPE',
  'fbi',
  'TX\n',
];

/** Values for a path segment, query value or header, sent URL-encoded where they go into the URL. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  '-1',
  '0',
  '18446744073709551617',
  '340282366920938463463374607431768211457',
  '1e400',
  '1.5',
  'NaN',
  'null',
  'undefined',
  'x'.repeat(3000),
  '\u0000',
  '%00',
  '\uD800',
  '..',
  '../admin',
  "'; DROP TABLE events; --",
  'NOPE',
  'ZZ',
  'tx',
  '00000000-0000-0000-0000-000000000000',
  'directive-../../x',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  ' 1',
  '0x10',
  '[object Object]',
];

/** Whole bodies that are not what any operation takes. */
export const HOSTILE_BODIES: readonly {
  readonly raw: string;
  readonly type?: string;
  readonly encoding?: string;
}[] = [
  { raw: '{' },
  { raw: 'null' },
  { raw: '"a string"' },
  { raw: '42' },
  { raw: '[]' },
  { raw: '[{}]' },
  { raw: '{"__proto__":{"admin":true}}' },
  { raw: '{"constructor":{"prototype":{"x":1}}}' },
  { raw: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
  { raw: `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}` },
  { raw: JSON.stringify({ many: Array.from({ length: 20_000 }, (_, i) => i) }) },
  { raw: JSON.stringify({ big: 'x'.repeat(300_000) }) },
  { raw: '{"a":1}', type: 'text/plain' },
  { raw: '<a/>', type: 'application/xml' },
  { raw: '{"a":1}', type: 'application/json; charset=utf-16' },
  { raw: '{"a":1}', encoding: 'gzip' },
  { raw: '{"a":1}', encoding: 'br' },
  { raw: '\u0000\u0001\u0002' },
  { raw: '{"a":"\\ud800"}' },
  { raw: '{"a":1,"a":2}' },
];

/** Headers a hostile client sends, alone or beside a valid request. */
export const HOSTILE_HEADERS: readonly Record<string, string>[] = [
  { 'if-match': '"99999999999999999999999"' },
  { 'if-match': '"-1"' },
  { 'if-match': 'garbage' },
  { 'idempotency-key': 'short' },
  { 'idempotency-key': 'k'.repeat(1000) },
  { 'idempotency-key': 'key with spaces and more' },
  { 'last-event-id': '18446744073709551617' },
  { 'last-event-id': '-5' },
  { 'last-event-id': 'abc' },
  { 'x-correlation-id': 'x'.repeat(500) },
  { 'x-causation-id': '5f0c8a52-7d1e-4c3b-9a6f-2e8d7c6b5a40' },
  { 'content-type': 'application/json; boundary=' + 'x'.repeat(2000) },
  { accept: 'text/event-stream' },
  { 'x-huge': 'h'.repeat(20_000) },
];

export interface FuzzTokens {
  /** Tokens the API issues to each role, as the CLI mints them. */
  readonly roles: readonly { readonly label: string; readonly header: string }[];
  /** Tokens it must refuse: forged, expired, stretched, or with claims that break things downstream. */
  readonly hostile: readonly { readonly label: string; readonly header: string }[];
}

export async function fuzzTokens(key: LocalKey): Promise<FuzzTokens> {
  const bearer = (token: string) => `Bearer ${token}`;
  const role = async (label: string, claims: Parameters<typeof mintToken>[1]) => ({
    label,
    header: bearer(await mintToken(key, claims)),
  });
  const now = Math.floor(Date.now() / 1000);
  // Signed with the real key, so only the claims themselves can get them refused.
  const raw = (
    label: string,
    claims: Record<string, unknown>,
    iat = now,
    exp: number | undefined = now + 600,
  ) => {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
      .setIssuer('hstf-command-center')
      .setAudience('hstf-api')
      .setIssuedAt(iat);
    return (exp === undefined ? jwt : jwt.setExpirationTime(exp))
      .sign(key.privateKey)
      .then((token) => ({ label, header: bearer(token) }));
  };
  const operator = { roles: ['operator'], states: [] };
  const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  return {
    roles: await Promise.all([
      role('operator', { sub: 'fuzz.operator', roles: ['operator'] }),
      role('supervisor', { sub: 'fuzz.supervisor', roles: ['supervisor'] }),
      role('auditor', { sub: 'fuzz.auditor', roles: ['auditor'] }),
      role('admin', { sub: 'fuzz.admin', roles: ['admin'] }),
      role('liaison FBI', { sub: 'fuzz.fbi', roles: ['liaison'], agency: 'FBI' }),
      role('liaison DEA', { sub: 'fuzz.dea', roles: ['liaison'], agency: 'DEA' }),
      role('liaison TX-DPS', { sub: 'fuzz.txdps', roles: ['liaison'], agency: 'TX-DPS', states: ['TX'] }),
    ]),
    hostile: await Promise.all([
      Promise.resolve({ label: 'none', header: '' }),
      Promise.resolve({ label: 'bare scheme', header: 'Bearer' }),
      Promise.resolve({ label: 'garbage', header: 'Bearer not.a.token' }),
      Promise.resolve({ label: 'basic', header: 'Basic YWRtaW46YWRtaW4=' }),
      Promise.resolve({
        label: 'alg none',
        header: bearer(`${b64({ alg: 'none' })}.${b64({ sub: 'x', roles: ['admin'] })}.`),
      }),
      new SignJWT({ ...operator, sub: 'forged' })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer('hstf-command-center')
        .setAudience('hstf-api')
        .setIssuedAt(now)
        .setExpirationTime(now + 600)
        .sign(stranger)
        .then((token) => ({ label: 'foreign key', header: bearer(token) })),
      raw('expired', { ...operator, sub: 'fuzz.expired' }, now - 7200, now - 3600),
      raw('no exp', { ...operator, sub: 'fuzz.noexp' }, now, undefined),
      raw('13 hours', { ...operator, sub: 'fuzz.long' }, now, now + 13 * 3600),
      raw('ten years', { ...operator, sub: 'fuzz.decade' }, now, now + 10 * 365 * 86400),
      raw('iat ahead', { ...operator, sub: 'fuzz.ahead' }, now + 3600, now + 7200),
      raw('system sub', { ...operator, sub: 'hstf-deadlines' }),
      raw('long sub', { ...operator, sub: 's'.repeat(2000) }),
      raw('control sub', { ...operator, sub: 'evil\u0000\u0007\u001b[2J' }),
      raw('unknown agency', { roles: ['liaison'], agency: 'NOPE', sub: 'fuzz.nope' }),
      raw('control agency', { roles: ['liaison'], agency: 'FBI\u0000', sub: 'fuzz.ctl' }),
      raw('long agency', { roles: ['liaison'], agency: 'A'.repeat(2000), sub: 'fuzz.longagency' }),
      raw('unknown role', { roles: ['root'], sub: 'fuzz.root' }),
      raw('role as string', { roles: 'operator', sub: 'fuzz.string' }),
      raw('bad states', { roles: ['liaison'], agency: 'FBI', states: ['ZZZ', 1], sub: 'fuzz.states' }),
      Promise.resolve({ label: 'huge', header: `Bearer ${'a'.repeat(12_000)}` }),
    ]),
  };
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
