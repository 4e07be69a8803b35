import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider } from './directive.decider';
import { DirectiveAmendment } from './events';
import { ACK_BY, amend, EXPIRES, FBI, NOW } from './directive.fixtures';
import { acknowledged, amended, issued } from './directive-history.fixtures';

const spec = deciderSpec(directiveDecider);
const amendedAs = (revision: number, changes: DirectiveAmendment) => [amended(revision, changes)];

describe('the command centre amends a directive into a new revision', () => {
  it('records only what changes, the reason and revision 2', () => {
    spec
      .given([issued])
      .when(amend({ title: 'Surge on I-35 and I-10' }))
      .then(amendedAs(2, { title: 'Surge on I-35 and I-10' }));
  });

  it('changes every amendable term and adds addressees at once', () => {
    const changes = {
      title: 'Surge on I-35 and I-10',
      body: 'Add the El Paso checkpoints.',
      priority: 'immediate' as const,
      acknowledgeBy: '2026-03-06T17:00:00.000Z',
      expiresAt: '2026-09-30T23:59:59.000Z',
    };
    const command = amend({ ...changes, addressees: { states: ['NM'], agencies: ['DEA'] } });
    const addedAddressees = { states: ['NM'], agencies: ['DEA'] };
    spec
      .given([issued])
      .when(command)
      .then(amendedAs(2, { ...changes, addedAddressees }));
    const state = spec
      .given([issued, acknowledged(FBI, 'FBI')])
      .when(command)
      .state();
    expect(state).toMatchObject({ ...changes, revision: 2, revisedAt: NOW });
    expect(state).toMatchObject({
      addressees: { states: ['TX', 'AZ', 'NM'], agencies: ['FBI', 'CBP', 'DEA'] },
    });
    // The acknowledgement of revision 1 stays on record.
    expect(state).toMatchObject({ acknowledgements: [{ addressee: FBI, revision: 1 }] });
  });

  it('leaves out terms restated with their current value, whatever the spelling of an instant', () => {
    const command = amend({
      title: issued.data.title,
      acknowledgeBy: '2026-03-04T17:00:00Z',
      priority: 'flash',
    });
    spec
      .given([issued])
      .when(command)
      .then(amendedAs(2, { priority: 'flash' }));
  });

  it('gives an expiry to a directive that had none', () => {
    const { expiresAt: _expiresAt, ...withoutExpiry } = issued.data;
    const open = { type: 'DirectiveIssued' as const, data: withoutExpiry };
    spec
      .given([open])
      .when(amend({ expiresAt: EXPIRES }))
      .then(amendedAs(2, { expiresAt: EXPIRES }));
  });

  it('counts revisions on', () => {
    spec
      .given([issued, amended()])
      .when(amend({ body: 'Third text.' }))
      .then(amendedAs(3, { body: 'Third text.' }));
  });

  it('may bring the expiry forward, as long as it stays after the deadline', () => {
    const sooner = '2026-03-05T00:00:00.000Z';
    expect(
      spec
        .given([issued])
        .when(amend({ expiresAt: sooner }))
        .state(),
    ).toMatchObject({ acknowledgeBy: ACK_BY, expiresAt: sooner });
  });

  it('may extend a directive that has already expired', () => {
    const later = { ...amend({ expiresAt: '2026-12-31T00:00:00Z' }), meta: { now: '2026-07-15T00:00:00Z' } };
    expect(spec.given([issued]).when(later).state()).toMatchObject({ expiresAt: '2026-12-31T00:00:00Z' });
  });
});
