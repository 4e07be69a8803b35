import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider } from './directive.decider';
import { ACK_BY, DIRECTIVE_ID, EFFECTIVE, EXPIRES, ISSUED_AT, issue } from './directive.fixtures';
import { issued } from './directive-history.fixtures';

const spec = deciderSpec(directiveDecider);

describe('the command centre issues a directive', () => {
  it('records its terms, its addressees, its authority and revision 1', () => {
    spec
      .given([])
      .when(issue())
      .then([
        {
          type: 'DirectiveIssued',
          data: {
            directiveId: DIRECTIVE_ID,
            title: 'Surge on southbound I-35 smuggling corridors',
            body: 'Coordinate interdiction at the Laredo and San Antonio checkpoints; report daily.',
            priority: 'priority',
            addressees: { states: ['TX', 'AZ'], agencies: ['FBI', 'CBP'] },
            authority: 'EO 14159 sec. 3(b)',
            effectiveAt: EFFECTIVE,
            expiresAt: EXPIRES,
            acknowledgeBy: ACK_BY,
            issuedAt: ISSUED_AT,
            revision: 1,
          },
        },
      ]);
  });

  it('may have no expiry, and be addressed to states only or to agencies only', () => {
    const toStates = issue({ expiresAt: undefined, addressees: { states: ['TX'], agencies: [] } });
    const state = spec.given([]).when(toStates).state();
    expect(state).toMatchObject({
      status: 'issued',
      revision: 1,
      revisedAt: ISSUED_AT,
      acknowledgements: [],
    });
    expect(state).not.toHaveProperty('expiresAt');
    spec
      .given([])
      .when(issue({ addressees: { states: [], agencies: ['DOL-OIG', 'TX-DPS'] } }))
      .state();
  });

  it('is issued once', () => {
    const error = spec.given([issued]).when(issue()).thenRefuses('DIRECTIVE_ALREADY_ISSUED');
    expect(error.message).toContain(ISSUED_AT);
  });

  it.each([['3F0A7D52-8A3E-4D53-9D7C-2A1F0A9C1B11'], ['directive-1']])(
    'is refused with id %s',
    (directiveId) => {
      spec.given([]).when(issue({ directiveId })).thenRefuses('DIRECTIVE_INVALID_ID');
    },
  );

  it('needs a legal authority citation', () => {
    spec
      .given([])
      .when(issue({ authority: ' ' }))
      .thenRefuses('DIRECTIVE_AUTHORITY_REQUIRED');
  });

  it.each([['title'], ['body']] as const)('is refused with a blank %s', (field) => {
    const error = spec
      .given([])
      .when(issue({ [field]: '' }))
      .thenRefuses('DIRECTIVE_BLANK_FIELD');
    expect(error.message).toContain(field);
  });

  it('is refused with a priority outside routine, priority, immediate and flash', () => {
    const command = issue({ priority: 'urgent' as never });
    expect(spec.given([]).when(command).thenRefuses('DIRECTIVE_INVALID_PRIORITY').message).toContain(
      'urgent',
    );
  });
});
