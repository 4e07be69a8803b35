import { COMMAND_TYPES } from './command-type';
import { renderPermissionMatrix } from './permission-matrix';

describe('renderPermissionMatrix', () => {
  const lines = renderPermissionMatrix().split('\n');

  it('has a column per role and a row per command', () => {
    expect(lines[0]).toBe('| Command | operator | supervisor | liaison | auditor | admin |');
    expect(lines.filter((l) => /^\| [A-Z]\w+ \| [✓—]/.test(l))).toHaveLength(COMMAND_TYPES.length);
  });

  it('marks allowed cells with ✓ and refused ones with —', () => {
    expect(lines).toContain('| RegisterAgency | — | — | — | — | ✓ |');
    expect(lines).toContain('| IssueDirective | ✓ | ✓ | — | — | — |');
    expect(lines).toContain('| PledgeSupport | — | — | ✓ | — | — |');
  });

  it('says that liaison cells are for the own agency only', () => {
    expect(lines.some((l) => l.includes('"for its own agency only"'))).toBe(true);
  });

  it('aligns the role columns centred, and ends with the note and a blank line', () => {
    expect(lines[1]).toBe('|---|:-:|:-:|:-:|:-:|:-:|');
    expect(lines.slice(-3)).toEqual([
      '',
      '✓ in the liaison column means "for its own agency only": the agency the command is done for must be ' +
        "the one named in the liaison's token.",
      '',
    ]);
  });
});
