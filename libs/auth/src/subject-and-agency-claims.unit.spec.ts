import { actorFromClaims } from './actor-claims';

const claims = (extra: Record<string, unknown>) => ({ sub: 'op-1', roles: ['operator'], ...extra });

// The subject lands in every event's metadata and every access record: it must be an identifier a store
// can keep and an auditor can read, and never the name the command center itself acts under.
describe('the subject of a token (claim "sub")', () => {
  it('given 200 characters, when read, then it is accepted', () => {
    expect(actorFromClaims(claims({ sub: 'a'.repeat(200) }))).toMatchObject({ ok: true });
  });

  it.each([201, 2000])('given %p characters, when read, then it is refused with its length', (length) => {
    expect(actorFromClaims(claims({ sub: 'a'.repeat(length) }))).toEqual({
      ok: false,
      code: 'malformed-claim',
      reason: `the subject (claim "sub") is ${length} characters long; at most 200 are allowed`,
    });
  });

  it.each([
    ['a NUL', 'op\u0000-1', '"op\\u0000-1"'],
    ['a bell', 'op\u0007', '"op\\u0007"'],
    ['a line feed', 'op\n1', '"op\\n1"'],
    ['a DEL', 'op\u007f', '"op\\u007f"'],
    ['a C1 control', 'op\u0085', '"op\\u0085"'],
    ['a right-to-left override', 'op\u202e1-', '"op\\u202e1-"'],
    ['a zero-width space', 'op\u200b1', '"op\\u200b1"'],
    ['a line separator', 'op\u20281', '"op\\u20281"'],
  ])('given %s, when read, then it is refused showing it escaped', (_, sub, shown) => {
    expect(actorFromClaims(claims({ sub }))).toEqual({
      ok: false,
      code: 'malformed-claim',
      reason: `the subject (claim "sub") ${shown} contains control or invisible characters`,
    });
  });

  it.each([
    ['hstf-deadlines', '"hstf-deadlines"'],
    ['HSTF-Deadlines', '"HSTF-Deadlines"'],
    [' hstf-deadlines ', '" hstf-deadlines "'],
    ['ｈｓｔｆ-deadlines', '"ｈｓｔｆ-deadlines"'],
  ])('given the system subject written %j, when read, then it is refused as reserved', (sub, shown) => {
    expect(actorFromClaims(claims({ sub }))).toEqual({
      ok: false,
      code: 'reserved-subject',
      reason: `the subject (claim "sub") ${shown} is reserved for the command center itself`,
    });
  });

  it('given a subject that only begins like a system subject, when read, then it is accepted', () => {
    expect(actorFromClaims(claims({ sub: 'hstf-deadlines.watch@agency.gov' }))).toMatchObject({ ok: true });
  });
});

// The agency claim decides what a liaison may do: its shape is checked before anything is looked up.
describe('the shape of the agency claim', () => {
  it.each(['FBI', 'ICE-HSI', 'TX-DPS', 'IL-CPD-D1'])('given %j, when read, then it is accepted', (agency) => {
    expect(actorFromClaims(claims({ agency }))).toMatchObject({ ok: true, actor: { agency } });
  });

  it('given 41 characters, when read, then it is refused with its length', () => {
    expect(actorFromClaims(claims({ agency: 'A'.repeat(41) }))).toEqual({
      ok: false,
      code: 'malformed-claim',
      reason: 'claim "agency" is 41 characters long; an agency code has at most 40',
    });
  });

  it('given 40 characters that are no agency code, when read, then it is refused for its shape', () => {
    expect(actorFromClaims(claims({ agency: 'A'.repeat(40) }))).toEqual({
      ok: false,
      code: 'malformed-claim',
      reason: `claim "agency" "${'A'.repeat(40)}" is not an agency code such as "FBI" or "TX-DPS"`,
    });
  });

  it.each([
    ['FB\u0000I', '"FB\\u0000I"'],
    ['FBI\u200b', '"FBI\\u200b"'],
  ])('given %j, when read, then it is refused for its invisible characters', (agency, shown) => {
    expect(actorFromClaims(claims({ agency }))).toEqual({
      ok: false,
      code: 'malformed-claim',
      reason: `claim "agency" ${shown} contains control or invisible characters`,
    });
  });

  it.each([
    ['fbi', '"fbi"'],
    ['F B I', '"F B I"'],
    ['TX_DPS', '"TX_DPS"'],
    ['X', '"X"'],
  ])('given %j, when read, then it is refused for its shape', (agency, shown) => {
    expect(actorFromClaims(claims({ agency }))).toEqual({
      ok: false,
      code: 'malformed-claim',
      reason: `claim "agency" ${shown} is not an agency code such as "FBI" or "TX-DPS"`,
    });
  });
});

// A refusal names the unknown roles so the holder can ask for the right ones, but never unboundedly.
describe('unknown roles named in a refusal', () => {
  it('given more than five unknown roles, when read, then five are named and the rest counted', () => {
    const roles = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];
    expect(actorFromClaims(claims({ roles }))).toMatchObject({
      code: 'unknown-role',
      reason:
        'unknown role "r1", "r2", "r3", "r4", "r5" and 2 more; known roles are operator, supervisor, liaison, auditor, admin',
    });
  });

  it('given exactly five unknown roles, when read, then all five are named and none counted', () => {
    expect(actorFromClaims(claims({ roles: ['r1', 'r2', 'r3', 'r4', 'r5'] }))).toMatchObject({
      reason:
        'unknown role "r1", "r2", "r3", "r4", "r5"; known roles are operator, supervisor, liaison, auditor, admin',
    });
  });

  it('given a role that is not a string, when read, then its type is named', () => {
    expect(actorFromClaims(claims({ roles: [42, 'operator'] }))).toMatchObject({
      code: 'unknown-role',
      reason: expect.stringMatching(/^unknown role a number; known roles/),
    });
  });

  it('given a very long role, when read, then it is shown clipped to 40 characters', () => {
    expect(actorFromClaims(claims({ roles: ['x'.repeat(5000)] }))).toMatchObject({
      reason: `unknown role "${'x'.repeat(40)}…"; known roles are operator, supervisor, liaison, auditor, admin`,
    });
  });
});
