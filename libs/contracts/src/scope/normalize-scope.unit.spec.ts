import { normalizeScope } from './normalize-scope';

describe('normalising a scope', () => {
  it('sorts states and agencies and keeps each once', () => {
    expect(
      normalizeScope({ states: ['TX', 'AZ', 'TX'], agencies: ['ICE-HSI', 'FBI', 'CBP', 'FBI'] }),
    ).toEqual({
      states: ['AZ', 'TX'],
      agencies: ['CBP', 'FBI', 'ICE-HSI'],
    });
  });

  it('sorts by code unit, whatever the locale', () => {
    expect(normalizeScope({ states: [], agencies: ['tx-dps', 'TX-DPS', 'ICE-HSI', 'ICE'] }).agencies).toEqual(
      ['ICE', 'ICE-HSI', 'TX-DPS', 'tx-dps'],
    );
  });

  it('does not modify its input', () => {
    const scope = { states: ['TX', 'AZ'], agencies: [] };
    normalizeScope(scope);
    expect(scope.states).toEqual(['TX', 'AZ']);
  });
});
