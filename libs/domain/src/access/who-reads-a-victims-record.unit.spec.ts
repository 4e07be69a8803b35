import { mayRead, Reader } from './need-to-know';

const liaison = (agency: string, states: string[] = [], coLedStates: string[] = []): Reader => ({
  roles: ['liaison'],
  agency,
  states,
  coLedStates,
});
const commandCenter = (role: string): Reader => ({ roles: [role], states: [], coLedStates: [] });

// A referral from the FBI to an NGO, CCHT always on it: its scope names no state.
const referral = { states: [], agencies: ['CCHT', 'FBI', 'TX-SAFEHOUSE'], restricted: true as const };

describe("who reads a victim's record (a restricted scope)", () => {
  it.each(['FBI', 'TX-SAFEHOUSE', 'CCHT'])('the agency %s on the record reads it', (agency) => {
    expect(mayRead(liaison(agency), referral)).toBe(true);
  });

  it.each(['supervisor', 'auditor'])('the command center’s %s reads it', (role) => {
    expect(mayRead(commandCenter(role), referral)).toBe(true);
  });

  it.each(['operator', 'admin'])('the command center’s %s does not', (role) => {
    expect(mayRead(commandCenter(role), referral)).toBe(false);
  });

  it('no other liaison does, whatever states its token names or its agency co-leads', () => {
    expect(mayRead(liaison('DEA', ['TX'], ['TX']), referral)).toBe(false);
    expect(mayRead(liaison('DEA', ['TX']), { ...referral, states: ['TX'] })).toBe(false);
  });

  it('a token with a role beside liaison reads it only through a role that may', () => {
    expect(
      mayRead({ roles: ['liaison', 'operator'], agency: 'DEA', states: [], coLedStates: [] }, referral),
    ).toBe(false);
    expect(mayRead({ roles: ['operator', 'auditor'], states: [], coLedStates: [] }, referral)).toBe(true);
  });

  it('a scope without the flag reads as before', () => {
    expect(mayRead(commandCenter('operator'), { states: [], agencies: ['FBI'] })).toBe(true);
  });
});
