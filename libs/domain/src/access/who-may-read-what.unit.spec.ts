import type { KnownDirective } from '../directive';
import { mayRead, mayReadAgency, mayReadState, mayReadTextOf, Reader, statesOf } from './need-to-know';
import { redactDirective } from './redact-directive';

const liaison = (agency: string, states: string[], coLedStates: string[] = []): Reader => ({
  roles: ['liaison'],
  agency,
  states,
  coLedStates,
});
const commandCenter = (role: string): Reader => ({ roles: [role], states: [], coLedStates: [] });

const toTexasAndDea = { states: ['TX'], agencies: ['DEA'] };
const toFbiOnly = { states: [], agencies: ['FBI'] };

describe('who may read what', () => {
  it.each(['operator', 'supervisor', 'auditor', 'admin'])(
    'the command center (%s) reads everything',
    (role) => {
      expect(mayRead(commandCenter(role), toFbiOnly)).toBe(true);
      expect(mayReadAgency(commandCenter(role), 'FBI')).toBe(true);
      expect(mayReadTextOf(commandCenter(role), 'FBI')).toBe(true);
    },
  );

  it('a liaison reads what is addressed to its agency, wherever it is', () => {
    expect(mayRead(liaison('FBI', ['AZ']), toFbiOnly)).toBe(true);
  });

  it("a liaison reads what concerns one of its token's states", () => {
    expect(mayRead(liaison('CBP', ['TX']), toTexasAndDea)).toBe(true);
    expect(mayReadState(liaison('CBP', ['TX']), 'TX')).toBe(true);
  });

  it('a liaison does not read what is addressed neither to its agency nor to one of its states', () => {
    expect(mayRead(liaison('CBP', ['TX']), toFbiOnly)).toBe(false);
    expect(mayRead(liaison('CBP', ['AZ']), toTexasAndDea)).toBe(false);
    expect(mayReadState(liaison('CBP', ['AZ']), 'TX')).toBe(false);
  });

  it('a co-lead agency reads what is addressed to the state it co-leads, as the inbox asks it to act on', () => {
    const coLead = liaison('ICE-HSI', [], ['TX']);
    expect(mayRead(coLead, toTexasAndDea)).toBe(true);
    expect(mayReadState(coLead, 'TX')).toBe(true);
    expect(statesOf(liaison('ICE-HSI', ['TX', 'AZ'], ['TX']))).toEqual(['TX', 'AZ']);
  });

  it("a liaison reads only its own agency's inbox and feed", () => {
    expect(mayReadAgency(liaison('FBI', ['TX']), 'FBI')).toBe(true);
    expect(mayReadAgency(liaison('FBI', ['TX']), 'DEA')).toBe(false);
  });

  it('a token without a role reads nothing, not even with an agency and states', () => {
    const nobody: Reader = { roles: [], agency: 'FBI', states: ['TX'], coLedStates: ['TX'] };
    expect(mayRead(nobody, toFbiOnly)).toBe(false);
    expect(mayRead(nobody, toTexasAndDea)).toBe(false);
    expect(mayReadAgency(nobody, 'FBI')).toBe(false);
    expect(mayReadTextOf(nobody, 'FBI')).toBe(false);
  });

  it("an agency reads its own words, not another agency's", () => {
    expect(mayReadTextOf(liaison('FBI', ['TX']), 'FBI')).toBe(true);
    expect(mayReadTextOf(liaison('FBI', ['TX']), 'DEA')).toBe(false);
    expect(mayReadTextOf(liaison('FBI', ['TX']), undefined)).toBe(false);
  });
});

describe('a directive as a reader may read it', () => {
  const directive = {
    status: 'issued',
    directiveId: 'd-1',
    acknowledgements: [
      {
        addressee: { kind: 'agency', code: 'FBI' },
        acknowledgedBy: 'FBI',
        revision: 1,
        acknowledgedAt: 't',
        late: false,
        note: 'informant (sensitive)',
      },
      {
        addressee: { kind: 'state', code: 'TX' },
        acknowledgedBy: 'ICE-HSI',
        revision: 1,
        acknowledgedAt: 't',
        late: true,
      },
    ],
  } as unknown as KnownDirective;

  it('keeps every acknowledgement and its note for the agency that wrote it', () => {
    expect(redactDirective(liaison('FBI', ['TX']), directive)).toEqual(directive);
  });

  it('shows other addressees that FBI acknowledged, and when, but not its note', () => {
    const read = redactDirective(liaison('ICE-HSI', [], ['TX']), directive);
    expect(read.acknowledgements).toHaveLength(2);
    expect(read.acknowledgements[0]).toEqual({
      addressee: { kind: 'agency', code: 'FBI' },
      acknowledgedBy: 'FBI',
      revision: 1,
      acknowledgedAt: 't',
      late: false,
    });
    expect(JSON.stringify(read)).not.toContain('informant');
  });

  it('keeps every note for the command center', () => {
    expect(redactDirective(commandCenter('supervisor'), directive)).toEqual(directive);
  });
});
