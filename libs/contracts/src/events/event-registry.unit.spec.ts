import {
  AGENCY_EVENT_TYPES,
  COMMITMENT_EVENT_TYPES,
  DIRECTIVE_EVENT_TYPES,
  FORFEITURE_EVENT_TYPES,
  OUTREACH_EVENT_TYPES,
  REFERRAL_EVENT_TYPES,
  REPORT_EVENT_TYPES,
  TASK_FORCE_EVENT_TYPES,
  TASKING_EVENT_TYPES,
} from '@hstf/domain';
import { eventRegistry } from './event-registry';

const DOMAIN_EVENT_TYPES = {
  agency: AGENCY_EVENT_TYPES,
  'task force': TASK_FORCE_EVENT_TYPES,
  directive: DIRECTIVE_EVENT_TYPES,
  tasking: TASKING_EVENT_TYPES,
  commitment: COMMITMENT_EVENT_TYPES,
  report: REPORT_EVENT_TYPES,
  forfeiture: FORFEITURE_EVENT_TYPES,
  referral: REFERRAL_EVENT_TYPES,
  outreach: OUTREACH_EVENT_TYPES,
};

describe('the registry of domain events', () => {
  it.each(Object.entries(DOMAIN_EVENT_TYPES))(
    'registers every %s event type at schema version 1',
    (_, types) => {
      expect(types.length).toBeGreaterThan(0);
      for (const type of types) expect([type, eventRegistry.currentVersion(type)]).toEqual([type, 1]);
    },
  );

  it('registers nothing the domain does not decide', () => {
    const domainTypes = Object.values(DOMAIN_EVENT_TYPES).flat();
    expect([...eventRegistry.types()].sort()).toEqual([...domainTypes].sort());
  });

  it('refuses a type the domain does not know, naming the ones it does', () => {
    expect(() => eventRegistry.validate('DirectiveIssuedd' as 'DirectiveIssued', 1, {})).toThrow(
      /unknown event type "DirectiveIssuedd"; registered types: .*DirectiveIssued/,
    );
  });
});
