import type { DirectiveEvent } from '@hstf/domain';
import { AT, errorsOf, LATER, UUID_A, UUID_B, withData } from './registry-check.fixtures';

const directiveId = UUID_A;
const samples: DirectiveEvent[] = [
  {
    type: 'DirectiveIssued',
    data: {
      directiveId,
      title: 'Stash-house surge',
      body: 'Report every stash house found along the I-35 corridor within 24 hours.',
      priority: 'immediate',
      addressees: { states: ['TX'], agencies: ['FBI', 'ICE-HSI'] },
      authority: 'EO 14159 sec. 3(b)',
      effectiveAt: AT,
      acknowledgeBy: LATER,
      issuedAt: AT,
      revision: 1,
    },
  },
  {
    type: 'DirectiveAcknowledged',
    data: {
      directiveId,
      addressee: { kind: 'agency', code: 'FBI' },
      acknowledgedBy: 'FBI',
      revision: 1,
      acknowledgedAt: AT,
      late: false,
      note: 'Field offices informed.',
    },
  },
  {
    type: 'DirectiveAmended',
    data: {
      directiveId,
      revision: 2,
      changes: { body: 'Extend to the I-10 corridor.', addedAddressees: { states: ['AZ'], agencies: [] } },
      reason: 'The network moved west.',
      amendedAt: AT,
    },
  },
  {
    type: 'DirectiveSuperseded',
    data: { directiveId, supersededBy: UUID_B, reason: 'Replaced.', supersededAt: AT },
  },
  { type: 'DirectiveRescinded', data: { directiveId, reason: 'Issued in error.', rescindedAt: AT } },
  {
    type: 'DirectiveAcknowledgementOverdue',
    data: {
      directiveId,
      addressee: { kind: 'state', code: 'TX' },
      revision: 1,
      acknowledgeBy: LATER,
      markedAt: AT,
    },
  },
];

describe('directive event schemas', () => {
  it.each(samples.map((e) => [e.type, e] as const))('accept a %s as the decider writes it', (_, event) => {
    expect(errorsOf(event)).toEqual([]);
  });

  it('refuse addressees that are not states or agency codes', () => {
    const bad = withData(samples[0], { addressees: { states: ['Texas'], agencies: ['ICE HSI'] } });
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['addressees.states[0]', 'addressees.agencies[0]']);
  });

  it('refuse an addressee whose code does not fit its kind', () => {
    expect(errorsOf(withData(samples[1], { addressee: { kind: 'state', code: 'FBI' } }))[0].path).toBe(
      'addressee.code',
    );
  });

  it('refuse an unknown priority and a revision other than 1 at issue', () => {
    const bad = withData(samples[0], { priority: 'urgent', revision: 2 });
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['priority', 'revision']);
  });

  it('refuse a change an amendment cannot carry', () => {
    const bad = withData(samples[2], { changes: { authority: 'EO 14160' } });
    expect(errorsOf(bad)).toEqual([{ path: 'changes', reason: expect.stringContaining('authority') }]);
  });
});
