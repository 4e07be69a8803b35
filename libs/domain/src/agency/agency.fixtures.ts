import { RegisterAgency, RenameAgency } from './commands';
import { AgencyRegistered } from './events';

// The Texas Department of Public Safety, registered by an admin the day before the commands under test.
export const NOW = '2026-03-02T09:00:00.000Z';
const EARLIER = '2026-03-01T08:00:00.000Z';

export const register = (overrides: Partial<RegisterAgency['data']> = {}): RegisterAgency => ({
  type: 'RegisterAgency',
  data: {
    code: 'TX-DPS',
    name: 'Texas Department of Public Safety',
    kind: 'state',
    state: 'TX',
    ...overrides,
  },
  meta: { now: NOW },
});

export const rename = (name: string, code = 'TX-DPS'): RenameAgency => ({
  type: 'RenameAgency',
  data: { code, name },
  meta: { now: NOW },
});

export const registered: AgencyRegistered = {
  type: 'AgencyRegistered',
  data: {
    code: 'TX-DPS',
    name: 'Texas Department of Public Safety',
    kind: 'state',
    state: 'TX',
    registeredAt: EARLIER,
  },
};
