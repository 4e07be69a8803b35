import type { Event, Scope } from '@hstf/domain';
import { scopeAfter, scopesAfterEach } from './scope-after';

// A miniature directive: its audience is its addressees, and an amendment may add or drop some.
type Issued = Event<'Issued', { states: string[]; agencies: string[] }>;
type Amended = Event<'Amended', { states: string[]; agencies: string[] }>;
type Sample = Issued | Amended;
type State = { addressees: Scope } | null;

const decider = {
  evolve: (_state: State, event: Sample): State => ({ addressees: event.data }),
  scope: (state: State): Scope => state?.addressees ?? { states: [], agencies: [] },
};

const issued: Issued = { type: 'Issued', data: { states: ['TX'], agencies: ['FBI', 'CBP'] } };
const amended: Amended = { type: 'Amended', data: { states: ['TX', 'AZ'], agencies: ['FBI', 'ICE-HSI'] } };

describe('the scope of new events', () => {
  it('is the audience after the events, normalised', () => {
    expect(scopeAfter(decider, null, [issued])).toEqual({ states: ['TX'], agencies: ['CBP', 'FBI'] });
  });

  it('includes an addressee that an amendment adds, so it receives that amendment', () => {
    const before = decider.evolve(null, issued);
    expect(scopeAfter(decider, before, [amended])).toEqual({
      states: ['AZ', 'TX'],
      agencies: ['FBI', 'ICE-HSI'],
    });
  });

  it('is the unchanged audience when there are no events', () => {
    const before = decider.evolve(null, issued);
    expect(scopeAfter(decider, before, [])).toEqual({ states: ['TX'], agencies: ['CBP', 'FBI'] });
  });

  it('can be computed per event, each from the state right after it', () => {
    expect(scopesAfterEach(decider, null, [issued, amended])).toEqual([
      { states: ['TX'], agencies: ['CBP', 'FBI'] },
      { states: ['AZ', 'TX'], agencies: ['FBI', 'ICE-HSI'] },
    ]);
  });
});
