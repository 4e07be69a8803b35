import { deciderSpec } from '../shared/decider-spec';
import { outreachDecider } from './outreach.decider';
import {
  CAMPAIGN_ID,
  closeCmd,
  linkCmd,
  NOW,
  postered,
  REPORT_ID,
  TASKING_ID,
  TIP,
  tipClosed,
  tipLinked,
  tipReceived,
  tipTriaged,
  triageCmd,
} from './outreach.fixtures';
import { CampaignState } from './state';

const spec = deciderSpec(outreachDecider);
const received = [...postered, tipReceived()];
const triaged = [...received, tipTriaged()];
const tipOf = (state: unknown) => (state as CampaignState).tips[0];

describe('a tip is triaged once', () => {
  it('records its priority, and a note when given', () => {
    spec
      .given(received)
      .when(triageCmd({ note: 'Possible labor trafficking at a truck stop on I-45.' }))
      .then([
        {
          type: 'TipTriaged',
          data: {
            outreachId: CAMPAIGN_ID,
            taskForce: 'TX',
            tip: TIP,
            channel: 'qr-poster',
            priority: 'urgent',
            note: 'Possible labor trafficking at a truck stop on I-45.',
            triagedAt: NOW,
          },
        },
      ]);
    expect(tipOf(spec.given(received).when(triageCmd()).state())).toMatchObject({
      status: 'triaged',
      priority: 'urgent',
    });
  });

  it('is refused for a tip already triaged, one not received, or an unknown priority', () => {
    spec.given(triaged).when(triageCmd()).thenRefuses('OUTREACH_TIP_ALREADY_TRIAGED');
    const unknown = spec
      .given(received)
      .when(triageCmd({ tip: 'TIP-TX-2026-999999' }))
      .thenRefuses('OUTREACH_TIP_NOT_FOUND');
    expect(unknown.kind).toBe('not_found');
    spec
      .given(received)
      .when(triageCmd({ priority: 'high' as never }))
      .thenRefuses('OUTREACH_UNKNOWN_PRIORITY');
  });

  it('refuses a note with personal data in it', () => {
    spec
      .given(received)
      .when(triageCmd({ note: 'Caller gave SSN 123-45-6789.' }))
      .thenRefuses('OUTREACH_PERSONAL_DATA');
  });

  it("is refused to a partner's liaison", () => {
    spec.given(received).when(triageCmd({}, 'FAMS')).thenRefuses('OUTREACH_NOT_CCHT');
  });
});

describe('a triaged tip is linked once, to a tasking of its task force or to an operation report', () => {
  it('links to the tasking it led to', () => {
    spec
      .given(triaged)
      .when(linkCmd())
      .then([
        {
          type: 'TipLinked',
          data: {
            outreachId: CAMPAIGN_ID,
            taskForce: 'TX',
            tip: TIP,
            channel: 'qr-poster',
            taskingId: TASKING_ID,
            linkedAt: NOW,
          },
        },
      ]);
    expect(tipOf(spec.given(triaged).when(linkCmd()).state())).toMatchObject({
      status: 'linked',
      taskingId: TASKING_ID,
    });
  });

  it('links to an operation report', () => {
    const tip = tipOf(
      spec
        .given(triaged)
        .when(linkCmd({ taskingId: undefined, reportId: REPORT_ID }))
        .state(),
    );
    expect(tip).toMatchObject({ status: 'linked', reportId: REPORT_ID });
    expect(tip).not.toHaveProperty('taskingId');
  });

  it('is linked once', () => {
    spec
      .given([...triaged, tipLinked()])
      .when(linkCmd())
      .thenRefuses('OUTREACH_TIP_ALREADY_LINKED');
  });

  it('is linked only once triaged', () => {
    spec.given(received).when(linkCmd()).thenRefuses('OUTREACH_TIP_NOT_TRIAGED');
  });

  it.each([
    [{ taskingId: undefined }, 'OUTREACH_LINK_TARGET'],
    [{ reportId: REPORT_ID }, 'OUTREACH_LINK_TARGET'],
    [{ taskingId: 'tasking-1' }, 'OUTREACH_INVALID_ID'],
    [{ context: {} }, 'OUTREACH_UNKNOWN_TASKING'],
    [{ context: { target: { taskForce: 'AZ' } } }, 'OUTREACH_UNKNOWN_TASKING'],
    [{ taskingId: undefined, reportId: REPORT_ID, context: {} }, 'OUTREACH_UNKNOWN_REPORT'],
    [{ context: { target: { taskForce: 'TX', cancelled: true } } }, 'OUTREACH_TASKING_CANCELLED'],
  ])('is refused for %j', (overrides, code) => {
    spec.given(triaged).when(linkCmd(overrides)).thenRefuses(code);
  });

  it('says the same of a tasking that does not exist and of another state’s', () => {
    const none = spec
      .given(triaged)
      .when(linkCmd({ context: {} }))
      .thenRefuses('OUTREACH_UNKNOWN_TASKING');
    const other = spec
      .given(triaged)
      .when(linkCmd({ context: { target: { taskForce: 'AZ' } } }))
      .thenRefuses('OUTREACH_UNKNOWN_TASKING');
    expect(other.message).toBe(none.message);
  });

  it("is refused to a partner's liaison", () => {
    spec.given(triaged).when(linkCmd({}, 'AMTRAK-PD')).thenRefuses('OUTREACH_NOT_CCHT');
  });
});

describe('a tip that leads nowhere is closed with a reason, and a closed tip accepts nothing', () => {
  it('closes a received or a triaged tip', () => {
    spec
      .given(received)
      .when(closeCmd({ note: 'Same sighting as TIP-TX-2026-000120.' }))
      .then([
        {
          type: 'TipClosed',
          data: {
            outreachId: CAMPAIGN_ID,
            taskForce: 'TX',
            tip: TIP,
            channel: 'qr-poster',
            reason: 'duplicate',
            note: 'Same sighting as TIP-TX-2026-000120.',
            closedAt: NOW,
          },
        },
      ]);
    expect(
      tipOf(
        spec
          .given(triaged)
          .when(closeCmd({ reason: 'no-trafficking-nexus' }))
          .state(),
      ),
    ).toMatchObject({
      status: 'closed',
      closure: 'no-trafficking-nexus',
    });
  });

  it.each([
    ['triaged', triageCmd()],
    ['linked', linkCmd()],
    ['closed again', closeCmd()],
  ])('refuses a closed tip to be %s', (_, command) => {
    spec
      .given([...received, tipClosed()])
      .when(command)
      .thenRefuses('OUTREACH_TIP_CLOSED');
  });

  it('refuses to close a linked tip: it lives on in its tasking', () => {
    spec
      .given([...triaged, tipLinked()])
      .when(closeCmd())
      .thenRefuses('OUTREACH_TIP_ALREADY_LINKED');
  });

  it('refuses an unknown reason, a note with an e-mail, and another agency', () => {
    spec
      .given(received)
      .when(closeCmd({ reason: 'spam' as never }))
      .thenRefuses('OUTREACH_UNKNOWN_CLOSURE_REASON');
    spec
      .given(received)
      .when(closeCmd({ note: 'Tipster wrote from tipster@example.com' }))
      .thenRefuses('OUTREACH_PERSONAL_DATA');
    spec.given(received).when(closeCmd({}, 'FBI')).thenRefuses('OUTREACH_NOT_CCHT');
    spec
      .given(received)
      .when(closeCmd({ tip: 'TIP-TX-2026-000001' }))
      .thenRefuses('OUTREACH_TIP_NOT_FOUND');
  });
});
