import { randomUUID } from 'node:crypto';

/** The shape every contender writes: what an Issued directive looks like in this system, about 1 KB of data. */
export interface BenchEvent {
  readonly id: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

const body =
  'Task force leads will prioritise interdiction of fentanyl precursor shipments transiting the southern ' +
  'ports of entry during the operational period. Participating agencies coordinate surveillance through ' +
  'the command center, report seizures as operational tallies with their evidence basis, and forward ' +
  'charging documents as they are filed. Liaisons acknowledge this directive for their agency by the date ' +
  'given; taskings that follow will name the lead and supporting agencies and the objective concerned.';

export function directiveIssued(streamId: string, sequence: number): BenchEvent {
  const now = new Date().toISOString();
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type: 'DirectiveIssued',
    data: {
      directiveId: streamId.replace(/^directive-/, ''),
      title: `Precursor interdiction, southern ports, phase ${sequence}`,
      body,
      priority: 'high',
      addressees: { states: ['TX', 'AZ', 'NM', 'CA'], agencies: ['ICE-HSI', 'CBP', 'FBI', 'DEA'] },
      legalAuthority: 'EO 14159, sec. 3(b)',
      effectiveAt: now,
      expiresAt: '2026-12-31T23:59:59.000Z',
      acknowledgeBy: '2026-01-15T17:00:00.000Z',
    },
    metadata: {
      actor: { sub: 'op-4411', role: 'operator', agency: 'DOJ' },
      commandId,
      correlationId: commandId,
      causationId: commandId,
      occurredAt: now,
      scope: { states: ['TX', 'AZ', 'NM', 'CA'], agencies: ['ICE-HSI', 'CBP', 'FBI', 'DEA'] },
      prevHash: 'a3f1c9e0b4d27f6158e2c0a9d7b3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1',
      hash: '5d41402abc4b2a76b9719d911017c592e4da3e2c8b1f0a9d8c7b6a5f4e3d2c1b',
    },
  };
}

export const newStreamId = () => `directive-${randomUUID()}`;
