import { instantProblem, isInstant, MAX_QUANTITY, quantityProblem, textProblem } from './values';

describe('an instant a decider accepts', () => {
  it.each([
    '2026-12-01T12:00:00Z',
    '2026-12-01T12:00Z',
    '2026-12-01T12:00:00.123456789Z',
    '2026-12-01T07:00:00-05:00',
    '2024-02-29T00:00:00Z',
    '1970-01-01T00:00:00Z',
    '2199-12-31T23:59:59Z',
    '2026-06-30T23:59:59+14:00',
  ])('may be %s', (value) => {
    expect(instantProblem(value)).toBeUndefined();
    expect(isInstant(value)).toBe(true);
  });

  it.each([
    ['0000-01-01T00:00:00Z', 'outside'],
    ['1969-12-31T23:59:59Z', 'outside'],
    ['2200-01-01T00:00:00Z', 'outside'],
    ['9999-12-31T23:59:59Z', 'outside'],
    ['1970-01-01T00:30:00+01:00', 'outside'],
    ['2026-02-30T00:00:00Z', 'calendar'],
    ['2025-02-29T00:00:00Z', 'calendar'],
    ['2026-13-01T00:00:00Z', 'calendar'],
    ['2026-00-10T00:00:00Z', 'calendar'],
    ['2026-04-31T00:00:00Z', 'calendar'],
    ['2026-04-00T00:00:00Z', 'calendar'],
    ['2026-12-01T24:00:00Z', 'calendar'],
    ['2026-12-01T12:60:00Z', 'calendar'],
    ['2026-12-01T12:00:60Z', 'calendar'],
    ['2026-12-01T12:00:00+15:00', 'calendar'],
    ['2026-12-01T12:00:00+01:60', 'calendar'],
    ['2026-12-01', 'ISO-8601'],
    ['2026-12-01T12:00:00', 'ISO-8601'],
    ['2026-12-01 12:00:00Z', 'ISO-8601'],
    ['Tue, 01 Dec 2026 12:00:00 GMT', 'ISO-8601'],
    [' 2026-12-01T12:00:00Z', 'ISO-8601'],
    ['2026-12-01T12:00:00Z ', 'ISO-8601'],
    ['+002026-12-01T12:00:00Z', 'ISO-8601'],
    ['2026-12-01T12:00:00.Z', 'ISO-8601'],
    ['2026-12-01T12:00:00.1234567890Z', 'ISO-8601'],
  ])('is refused as %s (%s)', (value, reason) => {
    expect(instantProblem(value)).toContain(reason);
    expect(isInstant(value)).toBe(false);
  });

  it('names the window it must lie in', () => {
    expect(instantProblem('0000-01-01T00:00:00Z')).toBe(
      'is outside 1970-01-01T00:00:00Z to 2200-01-01T00:00:00Z',
    );
  });
});

describe('text a decider accepts', () => {
  it('may run over lines and be tabbed when it is free text, but not when it is a line', () => {
    expect(textProblem('Day one:\n\tLaredo\r\n', 'text')).toBeUndefined();
    expect(textProblem('Laredo\nSan Antonio', 'line')).toBe('contains U+000A; it must be one line');
    expect(textProblem('Laredo\tSan Antonio', 'line')).toContain('U+0009');
    expect(textProblem('Laredo\u2028', 'line')).toContain('U+2028');
  });

  it('keeps letters of every script, accents and emoji in either shape', () => {
    for (const shape of ['line', 'text'] as const) {
      expect(textProblem('Opération Cañón — 東京 🚓', shape)).toBeUndefined();
    }
  });

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['BEL', '\u0007', 'U+0007'],
    ['ESC', '\u001b', 'U+001B'],
    ['DEL', '\u007f', 'U+007F'],
    ['a C1 control', '\u0085', 'U+0085'],
  ])('refuses %s anywhere', (_name, character, named) => {
    for (const shape of ['line', 'text'] as const) {
      expect(textProblem(`before${character}after`, shape)).toBe(`contains the control character ${named}`);
    }
  });

  it('refuses a lone surrogate, high or low, but keeps a pair', () => {
    expect(textProblem('x\uD83Dy', 'text')).toContain('lone surrogate');
    expect(textProblem('x\uDE93y', 'text')).toContain('lone surrogate');
    expect(textProblem('x\uD83D', 'text')).toContain('lone surrogate');
    expect(textProblem('\uDE93', 'text')).toContain('lone surrogate');
    expect(textProblem('x\uD83D\uDE93y', 'text')).toBeUndefined();
  });

  it('refuses text that is not in normal form C: the same words would be two spellings', () => {
    expect(textProblem('Cafe\u0301', 'text')).toBe('is not in Unicode normal form C');
    expect(textProblem('Caf\u00e9', 'text')).toBeUndefined();
  });

  it.each([
    ['a zero-width space', '\u200b', 'U+200B'],
    ['a zero-width joiner', '\u200d', 'U+200D'],
    ['a right-to-left override', '\u202e', 'U+202E'],
    ['a left-to-right mark', '\u200e', 'U+200E'],
    ['a byte order mark', '\ufeff', 'U+FEFF'],
  ])('refuses %s in a line, where it would make look-alike names', (_name, character, named) => {
    expect(textProblem(`agents${character}`, 'line')).toBe(
      `contains the invisible formatting character ${named}`,
    );
    expect(textProblem(`agents${character}`, 'text')).toBeUndefined();
  });
});

describe('a quantity of support', () => {
  it.each([1, 12, 0.5, 1.5, 0.001, 0.1, 0.3, 1234.567, MAX_QUANTITY])('may be %s', (quantity) => {
    expect(quantityProblem(quantity)).toBeUndefined();
  });

  it.each([
    [0, 'positive'],
    [-1, 'positive'],
    [Number.NaN, 'positive'],
    [Number.POSITIVE_INFINITY, 'positive'],
    [Number.NEGATIVE_INFINITY, 'positive'],
    [1e308, 'at most 1000000000'],
    [MAX_QUANTITY + 0.001, 'at most'],
    [5e-324, 'decimals'],
    [0.0004, 'decimals'],
    [1.0001, 'decimals'],
  ])('is refused at %s (%s)', (quantity, reason) => {
    expect(quantityProblem(quantity)).toContain(reason);
  });
});

describe('the shapes of text', () => {
  it('are a line and free text, and no other', () => {
    expect(() => textProblem('Laredo', 'paragraph' as never)).toThrow('Unknown text shape paragraph');
    expect(() => textProblem('Laredo', '' as never)).toThrow('Unknown text shape');
  });
});
