import type { AgencyEvent } from '@hstf/domain';
import { AT, errorsOf, withData } from './registry-check.fixtures';

const samples: AgencyEvent[] = [
  {
    type: 'AgencyRegistered',
    data: {
      code: 'TX-DPS',
      name: 'Texas Department of Public Safety',
      kind: 'state',
      state: 'TX',
      registeredAt: AT,
    },
  },
  {
    type: 'AgencyRenamed',
    data: { code: 'IL-CPD', previousName: 'Chicago PD', name: 'Chicago Police Department', renamedAt: AT },
  },
];

describe('agency event schemas', () => {
  it.each(samples.map((e) => [e.type, e] as const))('accept an %s as the decider writes it', (_, event) => {
    expect(errorsOf(event)).toEqual([]);
  });

  it('refuse a federal code or a kind other than state or local at registration', () => {
    const bad = withData(samples[0], { code: 'FBI', kind: 'federal' });
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['code', 'kind']);
  });

  it("refuse a code whose prefix is not the agency's state", () => {
    expect(errorsOf(withData(samples[0], { code: 'OK-DPS' }))).toEqual([
      { path: 'code', reason: "must start with the agency's state code" },
    ]);
  });
});
