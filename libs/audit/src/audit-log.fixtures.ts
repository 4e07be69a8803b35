import type { HstfEvent } from '@hstf/contracts';
import {
  chainEvents,
  eventId,
  GENESIS_HASH,
  normalizeScope,
  RecordedStoredEvent,
  toNewEvent,
} from '@hstf/contracts';
import { BOARD_AGGREGATES, boardKindOf } from './board-aggregates';

export const TX_DIRECTIVE = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
export const AZ_DIRECTIVE = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
export const TX_TASKING = '9a4f0a57-3c1e-4d0e-8f43-5f1c6b2f7d10';
export const AZ_TASKING = 'c3a7e0e4-5d2b-4c1e-9a6f-8b7d6e5f4a31';
export const TX_COMMITMENT = '0f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';

export interface Step {
  readonly streamId: string;
  readonly event: HstfEvent;
  readonly at: string;
  readonly correlationId?: string;
  readonly causationId?: string;
}

const issued = (directiveId: string, states: string[], agencies: string[], at: string): HstfEvent => ({
  type: 'DirectiveIssued',
  data: {
    directiveId,
    title: 'Surge on I-35 smuggling corridors',
    body: 'Coordinate interdiction at Laredo; report daily.',
    priority: 'priority',
    addressees: { states, agencies },
    authority: 'EO 14159 sec. 3(b)',
    effectiveAt: at,
    acknowledgeBy: '2099-01-01T00:00:00.000Z',
    issuedAt: at,
    revision: 1,
  },
});

const assigned = (taskingId: string, taskForce: string, at: string, directiveId?: string): HstfEvent => ({
  type: 'TaskingAssigned',
  data: {
    taskingId,
    taskForce,
    leadAgency: 'FBI',
    supportingAgencies: ['CBP'],
    objective: 'smuggling',
    title: 'Disrupt the Laredo stash-house network',
    instructions: 'Identify and surveil the stash houses named in the directive annex.',
    ...(directiveId ? { directiveId } : {}),
    dueAt: '2099-01-01T00:00:00.000Z',
    assignedAt: at,
  },
});

/** A small log across two states, with a directive that joins TX's board by amendment. */
export function sampleSteps(): Step[] {
  return [
    {
      streamId: 'taskforce-TX',
      at: '2026-03-01T08:00:00.000Z',
      event: {
        type: 'TaskForceEstablished',
        data: {
          state: 'TX',
          dojCoLead: 'FBI',
          dhsCoLead: 'ICE-HSI',
          authority: 'EO 14159',
          establishedAt: '2026-03-01T08:00:00.000Z',
        },
      },
    },
    {
      streamId: `directive-${TX_DIRECTIVE}`,
      at: '2026-03-01T09:00:00.000Z',
      correlationId: 'corr-surge',
      event: issued(TX_DIRECTIVE, ['TX'], ['FBI'], '2026-03-01T09:00:00.000Z'),
    },
    {
      streamId: `directive-${AZ_DIRECTIVE}`,
      at: '2026-03-01T10:00:00.000Z',
      event: issued(AZ_DIRECTIVE, ['AZ'], [], '2026-03-01T10:00:00.000Z'),
    },
    {
      streamId: `tasking-${TX_TASKING}`,
      at: '2026-03-02T08:00:00.000Z',
      event: assigned(TX_TASKING, 'TX', '2026-03-02T08:00:00.000Z', TX_DIRECTIVE),
    },
    {
      streamId: `tasking-${AZ_TASKING}`,
      at: '2026-03-02T09:00:00.000Z',
      event: assigned(AZ_TASKING, 'AZ', '2026-03-02T09:00:00.000Z'),
    },
    {
      streamId: `tasking-${TX_TASKING}`,
      at: '2026-03-02T10:00:00.000Z',
      event: {
        type: 'TaskingAccepted',
        data: { taskingId: TX_TASKING, leadAgency: 'FBI', acceptedAt: '2026-03-02T10:00:00.000Z' },
      },
    },
    {
      streamId: `directive-${AZ_DIRECTIVE}`,
      at: '2026-03-03T08:00:00.000Z',
      event: {
        type: 'DirectiveAmended',
        data: {
          directiveId: AZ_DIRECTIVE,
          revision: 2,
          changes: { addedAddressees: { states: ['TX'], agencies: [] } },
          reason: 'Extend to Texas.',
          amendedAt: '2026-03-03T08:00:00.000Z',
        },
      },
    },
    {
      streamId: `commitment-${TX_COMMITMENT}`,
      at: '2026-03-03T09:00:00.000Z',
      correlationId: 'corr-surge',
      event: {
        type: 'SupportPledged',
        data: {
          commitmentId: TX_COMMITMENT,
          agency: 'CBP',
          taskForce: 'TX',
          kind: 'operational-support',
          quantity: 12,
          unit: 'agents',
          period: { from: '2026-03-01T00:00:00.000Z', to: '2026-06-30T00:00:00.000Z' },
          appropriation: 'available',
          pledgedAt: '2026-03-03T09:00:00.000Z',
        },
      },
    },
  ];
}

/** The steps as a store would return them: hash-chained per stream, positions 10 apart, scoped as the deciders scope. */
export function recordedLog(steps: readonly Step[] = sampleSteps()): RecordedStoredEvent[] {
  const streams = new Map<string, { state: unknown; revision: bigint; lastHash: string }>();
  return steps.map((step, index) => {
    const kind = boardKindOf(step.streamId);
    if (!kind) throw new RangeError(`no board aggregate for ${step.streamId}`);
    const { decider } = BOARD_AGGREGATES[kind];
    const known = streams.get(step.streamId) ?? {
      state: decider.initialState,
      revision: -1n,
      lastHash: GENESIS_HASH,
    };
    const state = decider.evolve(known.state, step.event);
    const commandId = `cmd-${index}`;
    const [chained] = chainEvents(known.lastHash, known.revision + 1n, [
      {
        id: eventId(commandId, 0),
        type: step.event.type,
        schemaVersion: 1,
        streamId: step.streamId,
        data: step.event.data,
        metadata: {
          actor: { sub: 'op-1', role: 'operator' },
          commandId,
          correlationId: step.correlationId ?? commandId,
          causationId: step.causationId ?? commandId,
          occurredAt: step.at,
          scope: normalizeScope(decider.scope(state)),
        },
      },
    ]);
    streams.set(step.streamId, { state, revision: chained.streamPosition, lastHash: chained.metadata.hash });
    const stored = JSON.parse(JSON.stringify(toNewEvent(chained)));
    return {
      ...stored,
      streamId: step.streamId,
      streamPosition: chained.streamPosition,
      globalPosition: BigInt((index + 1) * 10),
      recordedAt: new Date(step.at),
    };
  });
}
