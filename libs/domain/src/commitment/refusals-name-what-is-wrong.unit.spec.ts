import { deciderSpec } from '../shared/decider-spec';
import { AdjustCommitment } from './commands';
import { commitmentDecider } from './commitment.decider';
import {
  adjustCmd,
  AGENCY,
  COMMITMENT_ID,
  deliverCmd,
  NOW,
  PERIOD,
  pledgeCmd,
  withdrawCmd,
} from './commitment.fixtures';
import { pledged } from './commitment-history.fixtures';

const spec = deciderSpec(commitmentDecider);
const C = COMMITMENT_ID;

describe('a refusal on a commitment names the field that is wrong', () => {
  it.each([
    [
      'the unit',
      pledgeCmd({ unit: ' ' }),
      'COMMITMENT_BLANK_FIELD',
      `The unit of commitment ${C} must not be blank.`,
    ],
    [
      'the note',
      pledgeCmd({ note: 'Twelve\u0000agents' }),
      'COMMITMENT_INVALID_TEXT',
      `The note of commitment ${C} contains the control character U+0000.`,
    ],
    [
      'the quantity pledged',
      pledgeCmd({ quantity: 0 }),
      'COMMITMENT_INVALID_QUANTITY',
      `The quantity pledged on commitment ${C} must be a positive number, not 0.`,
    ],
    [
      'the act another agency may not do',
      pledgeCmd({}, 'DEA'),
      'COMMITMENT_NOT_PLEDGING_AGENCY',
      `Only ${AGENCY} or the command centre may pledge commitment ${C}; the actor acts for DEA.`,
    ],
  ])('on a pledge: %s', (_what, command, code, message) => {
    expect(spec.given([]).when(command).thenRefuses(code).message).toBe(message);
  });

  it.each([
    [
      'the delivery id',
      deliverCmd({ deliveryId: '' }),
      'COMMITMENT_BLANK_FIELD',
      `The delivery id of commitment ${C} must not be blank.`,
    ],
    [
      'the quantity delivered',
      deliverCmd({ quantity: -1 }),
      'COMMITMENT_INVALID_QUANTITY',
      `The quantity delivered on commitment ${C} must be a positive number, not -1.`,
    ],
    [
      'the note',
      deliverCmd({ note: 'On\u0007site' }),
      'COMMITMENT_INVALID_TEXT',
      `The note of commitment ${C} contains the control character U+0007.`,
    ],
  ])('on a delivery: %s', (_what, command, code, message) => {
    expect(spec.given([pledged]).when(command).thenRefuses(code).message).toBe(message);
  });

  it.each([
    [
      'the reason for adjusting',
      adjustCmd({ quantity: 20, reason: '' }),
      'COMMITMENT_BLANK_FIELD',
      `The reason for adjusting of commitment ${C} must not be blank.`,
    ],
    [
      'the quantity pledged',
      adjustCmd({ quantity: 0 }),
      'COMMITMENT_INVALID_QUANTITY',
      `The quantity pledged on commitment ${C} must be a positive number, not 0.`,
    ],
    [
      'the appropriation statuses there are',
      adjustCmd({ appropriation: 'maybe' as AdjustCommitment['data']['appropriation'] }),
      'COMMITMENT_UNKNOWN_APPROPRIATION',
      `Commitment ${C} has appropriation maybe; it must be one of available, pending, unfunded.`,
    ],
    [
      'the reason for withdrawing',
      withdrawCmd(' '),
      'COMMITMENT_BLANK_FIELD',
      `The reason for withdrawing of commitment ${C} must not be blank.`,
    ],
  ])('on a pledge made: %s', (_what, command, code, message) => {
    expect(spec.given([pledged]).when(command).thenRefuses(code).message).toBe(message);
  });

  it('refuses a command that lacks its reason altogether as blank, as one built from JSON may', () => {
    const command = { ...withdrawCmd(), data: { commitmentId: C } } as never;
    spec.given([pledged]).when(command).thenRefuses('COMMITMENT_BLANK_FIELD');
  });
});

describe('an adjustment records only what moved', () => {
  it('moves the start of the period alone', () => {
    const period = { from: '2026-03-15T00:00:00.000Z', to: PERIOD.to };
    spec
      .given([pledged])
      .when(adjustCmd({ period }))
      .then([
        {
          type: 'CommitmentAdjusted',
          data: {
            commitmentId: C,
            agency: AGENCY,
            period,
            reason: 'FY26 supplemental enacted.',
            adjustedAt: NOW,
          },
        },
      ]);
  });

  it('leaves out an appropriation restated as it stands', () => {
    spec
      .given([pledged])
      .when(adjustCmd({ quantity: 20, appropriation: 'pending' }))
      .then([
        {
          type: 'CommitmentAdjusted',
          data: {
            commitmentId: C,
            agency: AGENCY,
            quantity: 20,
            reason: 'FY26 supplemental enacted.',
            adjustedAt: NOW,
          },
        },
      ]);
  });
});
