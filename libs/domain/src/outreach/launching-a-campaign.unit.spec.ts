import { deciderSpec } from '../shared/decider-spec';
import { outreachDecider } from './outreach.decider';
import { CAMPAIGN_ID, LAUNCHED, launchCmd, launched, PARTNERS, seminarHeld } from './outreach.fixtures';

const spec = deciderSpec(outreachDecider);

describe('a QR-poster campaign is launched for a state with its transportation partners', () => {
  it('launches with its name and partners', () => {
    spec
      .given([])
      .when(launchCmd())
      .then([
        {
          type: 'CampaignLaunched',
          data: {
            outreachId: CAMPAIGN_ID,
            taskForce: 'TX',
            name: 'I-45 corridor: QR posters at stations and on trains',
            partners: PARTNERS,
            launchedAt: LAUNCHED,
          },
        },
      ]);
  });

  it('is read by its state, CCHT and its partners', () => {
    const state = spec.given([]).when(launchCmd()).state();
    expect(outreachDecider.scope(state)).toEqual({ states: ['TX'], agencies: ['CCHT', 'AMTRAK-PD', 'FAMS'] });
  });

  it('launches once, and not under a seminar’s id', () => {
    spec.given([launched]).when(launchCmd()).thenRefuses('OUTREACH_ALREADY_RECORDED');
    spec.given([seminarHeld]).when(launchCmd()).thenRefuses('OUTREACH_ALREADY_RECORDED');
  });

  it.each([
    [{ partners: [] }, 'OUTREACH_NO_PARTNERS'],
    [{ partners: Array.from({ length: 11 }, (_, i) => `TX-PD${i}`) }, 'OUTREACH_TOO_MANY_ITEMS'],
    [{ partners: ['amtrak'] }, 'OUTREACH_INVALID_AGENCY_CODE'],
    [{ partners: ['FAMS', 'CCHT'] }, 'OUTREACH_CCHT_AS_PARTNER'],
    [{ partners: ['FAMS', 'FAMS'] }, 'OUTREACH_DUPLICATE_PARTNER'],
    [{ taskForce: 'ZZ' }, 'OUTREACH_UNKNOWN_TASK_FORCE'],
    [{ name: '  ' }, 'OUTREACH_BLANK_FIELD'],
    [{ name: 'I-45\ncorridor' }, 'OUTREACH_INVALID_TEXT'],
    [{ name: 'x'.repeat(201) }, 'OUTREACH_INVALID_TEXT'],
    [{ name: 'Posters; questions to lead@example.org' }, 'OUTREACH_PERSONAL_DATA'],
  ])('is refused for %j', (overrides, code) => {
    spec.given([]).when(launchCmd(overrides)).thenRefuses(code);
  });
});
