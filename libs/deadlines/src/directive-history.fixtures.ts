import { Addressee, DirectiveCommand, directiveDecider, DirectiveState } from '@hstf/domain';
import { dueAcknowledgements } from './due-acknowledgements';
import { DirectiveRecord, trackDirective, TrackedDirective } from './tracked-directive';

export const DIRECTIVE_ID = '3f0a7d52-8a3e-4d53-9d7c-2a1f0a9c1b11';
export const ISSUED_AT = '2026-12-01T08:00:00.000Z';
export const ACK_BY = '2026-12-03T12:00:00.000Z';
export const EXPIRES = '2026-12-10T00:00:00.000Z';
export const TX: Addressee = { kind: 'state', code: 'TX' };
export const FBI: Addressee = { kind: 'agency', code: 'FBI' };
export const CBP: Addressee = { kind: 'agency', code: 'CBP' };

/** A directive's history decided by the real decider, as the schedule reads it from the store. */
export class History {
  readonly records: DirectiveRecord[] = [];
  state: DirectiveState = directiveDecider.initialState;

  constructor() {
    this.run({
      type: 'IssueDirective',
      data: {
        directiveId: DIRECTIVE_ID,
        title: 'Surge on southbound I-35 smuggling corridors',
        body: 'Coordinate interdiction at Laredo; report daily.',
        priority: 'priority',
        addressees: { states: ['TX'], agencies: ['FBI', 'CBP'] },
        authority: 'EO 14159 sec. 3(b)',
        effectiveAt: '2026-12-01T12:00:00.000Z',
        expiresAt: EXPIRES,
        acknowledgeBy: ACK_BY,
      },
      meta: { now: ISSUED_AT },
    });
  }

  run(command: DirectiveCommand): this {
    const decision = directiveDecider.decide(command, this.state);
    if (!decision.ok) throw new Error(decision.error.message);
    for (const event of decision.events) {
      this.records.push({ eventId: `event-${this.records.length}`, correlationId: 'corr-issue', event });
      this.state = directiveDecider.evolve(this.state, event);
    }
    return this;
  }

  acknowledge(agency: string, now: string): this {
    const data = { directiveId: DIRECTIVE_ID, addressee: { kind: 'agency' as const, code: agency } };
    return this.run({ type: 'AcknowledgeDirective', data, meta: { now, actorAgency: agency } });
  }

  amend(now: string, changes: Record<string, unknown>): this {
    return this.run({
      type: 'AmendDirective',
      data: { directiveId: DIRECTIVE_ID, changes, reason: 'Corridor extended to I-10.' },
      meta: { now },
    });
  }

  markOverdue(addressee: Addressee, now: string): this {
    const data = { directiveId: DIRECTIVE_ID, addressee };
    return this.run({ type: 'MarkAcknowledgementOverdue', data, meta: { now } });
  }

  close(type: 'RescindDirective' | 'SupersedeDirective', now: string): this {
    const data = { directiveId: DIRECTIVE_ID, reason: 'Operation ended.' };
    return this.run(
      type === 'RescindDirective'
        ? { type, data, meta: { now } }
        : { type, data: { ...data, supersededBy: '9b2e4c1a-6f3d-4e8a-b5c7-1d2e3f4a5b6c' }, meta: { now } },
    );
  }

  /** The schedule's view, after a JSON round trip as through its table. */
  tracked(): TrackedDirective | undefined {
    const tracked = this.records.reduce(trackDirective, undefined);
    return tracked === undefined ? undefined : JSON.parse(JSON.stringify(tracked));
  }

  /** "agency FBI r1" for each addressee due at `now`. */
  dueAt(now: string): string[] {
    const tracked = this.tracked();
    return tracked === undefined
      ? []
      : dueAcknowledgements(tracked, new Date(now)).map(
          (due) => `${due.addressee.kind} ${due.addressee.code} r${due.revision}`,
        );
  }
}

export const after = (iso: string, ms = 1): string => new Date(Date.parse(iso) + ms).toISOString();
