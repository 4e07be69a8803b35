import { deciderSpec } from '../shared/decider-spec';
import { CommitmentCommand } from './commands';
import { commitmentDecider } from './commitment.decider';
import {
  adjustCmd,
  AGENCY,
  COMMITMENT_ID,
  deliverCmd,
  NOW,
  pledgeCmd,
  withdrawCmd,
} from './commitment.fixtures';
import { deliveredEvent, pledged, withdrawn } from './commitment-history.fixtures';
import { delivered, remaining } from './quantities';

const spec = deciderSpec(commitmentDecider);

describe('the pledging agency withdraws its commitment, with a reason', () => {
  it('withdraws a pledge nothing was delivered on', () => {
    const when = spec.given([pledged]).when(withdrawCmd('Agents recalled to a national priority.'));
    when.then([
      {
        type: 'CommitmentWithdrawn',
        data: {
          commitmentId: COMMITMENT_ID,
          agency: AGENCY,
          reason: 'Agents recalled to a national priority.',
          withdrawnAt: NOW,
        },
      },
    ]);
    expect(when.state().status).toBe('withdrawn');
  });

  it('keeps what was delivered on the record, with nothing more to come', () => {
    const when = spec.given([pledged, deliveredEvent('d1', 5)]).when(withdrawCmd());
    expect(delivered(when.state())).toBe(5);
    expect(remaining(when.state())).toBe(0);
  });

  it('recalls support delivered in full', () => {
    expect(
      spec
        .given([pledged, deliveredEvent('d1', 12)])
        .when(withdrawCmd())
        .state().status,
    ).toBe('withdrawn');
  });

  it('may be recorded by the command centre on the agency’s behalf', () => {
    expect(spec.given([pledged]).when(withdrawCmd(undefined, undefined)).state().status).toBe('withdrawn');
  });

  it('is refused without a reason', () => {
    spec.given([pledged]).when(withdrawCmd('')).thenRefuses('COMMITMENT_BLANK_FIELD');
  });

  it('is refused to another agency’s liaison', () => {
    const error = spec
      .given([pledged])
      .when(withdrawCmd(undefined, 'CBP'))
      .thenRefuses('COMMITMENT_NOT_PLEDGING_AGENCY');
    expect(error.message).toContain('Only FBI or the command centre may withdraw');
  });
});

const laterCommands: [string, CommitmentCommand][] = [
  ['RecordDelivery', deliverCmd()],
  ['AdjustCommitment', adjustCmd({ quantity: 20 })],
  ['WithdrawCommitment', withdrawCmd()],
];

describe('a withdrawn pledge accepts nothing', () => {
  it.each(laterCommands)('refuses %s', (type, command) => {
    const error = spec.given([pledged, withdrawn]).when(command).thenRefuses('COMMITMENT_WITHDRAWN');
    expect(error.message).toContain(type);
  });

  it('is not pledged again under the same id', () => {
    spec.given([pledged, withdrawn]).when(pledgeCmd()).thenRefuses('COMMITMENT_ALREADY_PLEDGED');
  });
});

describe('a commitment never pledged', () => {
  it.each(laterCommands)('refuses %s', (_type, command) => {
    spec.given([]).when(command).thenRefuses('COMMITMENT_NOT_FOUND');
  });
});
