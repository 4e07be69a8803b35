import { clipText, escapeUnprintable, hasUnprintable, quoteClaim } from './claim-text';

// Claims are quoted in refusals, and refusals are stored in the access audit: what is stored must be
// bounded and show every character a reader could not otherwise see.
describe('claims as refusals and the audit show them', () => {
  it.each([
    ['plain text', 'op-1', false],
    ['accented letters', 'José Núñez', false],
    ['a NUL', 'a\u0000', true],
    ['a tab', 'a\tb', true],
    ['a DEL', 'a\u007f', true],
    ['a C1 control', 'a\u009b', true],
    ['a bidi override', 'a\u202e', true],
    ['a paragraph separator', 'a\u2029', true],
    ['an invisible tag character', 'a\u{e0041}', true],
  ])('tells whether %s is unprintable', (_, value, unprintable) => {
    expect(hasUnprintable(value)).toBe(unprintable);
  });

  it('clips a text longer than the bound and marks the cut', () => {
    expect(clipText('abcdef', 3)).toBe('abc…');
    expect(clipText('abc', 3)).toBe('abc');
  });

  it('escapes every unprintable character, astral ones with braces', () => {
    expect(escapeUnprintable('a\u0000b\u007fc\u202ed\u{e0041}e')).toBe(
      'a\\u0000b\\u007fc\\u202ed\\u{e0041}e',
    );
  });

  it('quotes a claim as a JSON string, escaping quotes, backslashes and controls', () => {
    expect(quoteClaim('say "hi"\\\n\u0007\u0085', 40)).toBe('"say \\"hi\\"\\\\\\n\\u0007\\u0085"');
  });

  it('quotes at most the bound of a claim', () => {
    expect(quoteClaim('x'.repeat(2000), 200)).toBe(`"${'x'.repeat(200)}…"`);
  });
});
