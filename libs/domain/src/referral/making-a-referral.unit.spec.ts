import { deciderSpec } from '../shared/decider-spec';
import { referralDecider } from './referral.decider';
import { made, makeCmd, NOW, REFERRAL_ID } from './referral.fixtures';

const spec = deciderSpec(referralDecider);

describe('a referral sends a case reference, never a name, to the one place that handles its channel', () => {
  it('is made by the referring agency, with the task force and the tasking or operation it came from', () => {
    const taskingId = '0c9e2a4b-3f1d-4b6a-8e2c-7d5f1a3b9c04';
    spec
      .given([])
      .when(makeCmd({ taskingId, note: 'Survivor asked for housing.' }))
      .then([
        {
          type: 'ReferralMade',
          data: {
            referralId: REFERRAL_ID,
            caseReference: 'CCHT-REF-2026-0001',
            channel: 'victim-services',
            referringAgency: 'FBI',
            receivingAgency: 'CCHT',
            taskForce: 'TX',
            taskingId,
            note: 'Survivor asked for housing.',
            madeAt: NOW,
          },
        },
      ]);
  });

  it('is read by the referring and receiving agencies and CCHT only, in a restricted scope with no state', () => {
    const state = spec
      .given([])
      .when(makeCmd({ channel: 'restitution', receivingAgency: 'DOL-OIG' }))
      .state();
    expect(referralDecider.scope(state)).toEqual({
      states: [],
      agencies: ['FBI', 'DOL-OIG', 'CCHT'],
      restricted: true,
    });
  });

  it.each([
    ['victim-services', 'CCHT'],
    ['remission', 'DOJ-MLARS'],
    ['restitution', 'DOL-OIG'],
  ] as const)('sends %s to %s', (channel, receivingAgency) => {
    expect(spec.given([]).when(makeCmd({ channel, receivingAgency })).state()).toMatchObject({
      status: 'made',
    });
  });

  it('sends victim services to a registered partner NGO too', () => {
    const context = { taskForceMembers: ['FBI'], receiverIsNgo: true };
    spec
      .given([])
      .when(makeCmd({ receivingAgency: 'TX-SAFEHOUSE', context }))
      .state();
  });

  it.each([
    [{ channel: 'remission' as const, receivingAgency: 'CCHT' }],
    [{ channel: 'restitution' as const, receivingAgency: 'DOJ-MLARS' }],
    [{ receivingAgency: 'DEA' }],
    [
      {
        channel: 'remission' as const,
        receivingAgency: 'TX-SAFEHOUSE',
        context: { taskForceMembers: ['FBI'], receiverIsNgo: true },
      },
    ],
  ])('refuses a receiver its channel does not go to: %j', (overrides) => {
    spec.given([]).when(makeCmd(overrides)).thenRefuses('REFERRAL_WRONG_RECEIVER');
  });

  it.each([
    [{ channel: 'housing' as never }, 'REFERRAL_UNKNOWN_CHANNEL'],
    [{ taskForce: 'XX' }, 'REFERRAL_UNKNOWN_TASK_FORCE'],
    [{ receivingAgency: 'ccht' }, 'REFERRAL_INVALID_AGENCY_CODE'],
    [{ context: { taskForceMembers: [], receiverIsNgo: false } }, 'REFERRAL_NOT_A_MEMBER'],
    [{ taskingId: 'T-1' }, 'REFERRAL_INVALID_LINK'],
    [{ caseReference: ' ' }, 'REFERRAL_INVALID_TEXT'],
  ])('refuses %j', (overrides, code) => {
    spec.given([]).when(makeCmd(overrides)).thenRefuses(code);
  });

  it('refuses a referral to the referring agency itself', () => {
    spec
      .given([])
      .when(
        makeCmd(
          { referringAgency: 'CCHT', context: { taskForceMembers: ['CCHT'], receiverIsNgo: false } },
          'CCHT',
        ),
      )
      .thenRefuses('REFERRAL_TO_ITSELF');
  });

  it('is made once, and only by the referring agency’s liaison (or a supervisor)', () => {
    spec.given([made]).when(makeCmd()).thenRefuses('REFERRAL_ALREADY_MADE');
    expect(spec.given([]).when(makeCmd({}, 'DEA')).thenRefuses('REFERRAL_NOT_REFERRING_AGENCY').kind).toBe(
      'forbidden',
    );
    spec.given([]).when(makeCmd({}, undefined)).state();
  });
});
