import { deciderSpec } from '../shared/decider-spec';
import { agencyDecider } from './agency.decider';
import { NOW, registered, rename } from './agency.fixtures';

const spec = deciderSpec(agencyDecider);

describe('an admin renames a registered agency', () => {
  it('records the previous and the new name', () => {
    spec
      .given([registered])
      .when(rename('Texas DPS'))
      .then([
        {
          type: 'AgencyRenamed',
          data: {
            code: 'TX-DPS',
            previousName: 'Texas Department of Public Safety',
            name: 'Texas DPS',
            renamedAt: NOW,
          },
        },
      ]);
  });

  it('keeps everything but the name', () => {
    expect(spec.given([registered]).when(rename('Texas DPS')).state()).toEqual({
      status: 'registered',
      code: 'TX-DPS',
      name: 'Texas DPS',
      kind: 'state',
      state: 'TX',
    });
  });

  it('refuses to rename an agency that is not registered', () => {
    const error = spec.given([]).when(rename('Texas DPS', 'TX-GLO')).thenRefuses('AGENCY_NOT_REGISTERED');
    expect(error.message).toContain('TX-GLO');
  });

  it('refuses a blank name', () => {
    spec.given([registered]).when(rename('')).thenRefuses('AGENCY_BLANK_NAME');
  });

  it('refuses the name the agency already has', () => {
    spec
      .given([registered])
      .when(rename('Texas Department of Public Safety'))
      .thenRefuses('AGENCY_NAME_UNCHANGED');
  });
});

describe('the name of an agency is one line, shown the same way to every reader', () => {
  it.each([
    ['runs over two lines', 'Texas DPS\nAustin', 'contains U+000A; it must be one line'],
    ['carries a zero-width space', 'Texas\u200bDPS', 'contains the invisible formatting character U+200B'],
  ])('is refused on a rename when it %s', (_why, name, problem) => {
    const error = spec.given([registered]).when(rename(name)).thenRefuses('AGENCY_INVALID_NAME');
    expect(error.message).toBe(`The name of agency TX-DPS ${problem}.`);
  });

  it('is blank when it is spaces and tabs only, but a change when it only gains spaces around it', () => {
    spec.given([registered]).when(rename(' Texas Department of Public Safety ')).state();
    const error = spec.given([registered]).when(rename(' \t ')).thenRefuses('AGENCY_BLANK_NAME');
    expect(error.message).toBe('The name of agency TX-DPS must not be blank.');
  });
});
