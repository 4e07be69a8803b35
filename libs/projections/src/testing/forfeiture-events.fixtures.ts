import { ForfeitureEvent, forfeitureStreamId } from '@hstf/domain';
import { ProjectedEvent } from '../events/projected-event';
import { projected } from './projected-events.fixtures';

// Two Arizona forfeitures (the FBI's and ICE-HSI's) and a Texas one (the DEA's): the ledger's stories.
export const AZ_FBI = '5d2e8f14-7a3b-4c6d-9e1f-0a2b3c4d5e6f';
export const AZ_HSI = '6e3f9a25-8b4c-4d7e-8f20-1b3c4d5e6f70';
export const TX_DEA = '7f4a0b36-9c5d-4e8f-9031-2c4d5e6f7081';
export const AT = '2026-05-04T12:00:00.000Z';

const STORIES: Record<string, { taskForce: string; seizingAgency: string }> = {
  [AZ_FBI]: { taskForce: 'AZ', seizingAgency: 'FBI' },
  [AZ_HSI]: { taskForce: 'AZ', seizingAgency: 'ICE-HSI' },
  [TX_DEA]: { taskForce: 'TX', seizingAgency: 'DEA' },
};

/** The events of one forfeiture, each in its envelope at its place in the stream. */
export class ForfeitureStream {
  private next = 0;
  constructor(readonly forfeitureId: string) {}

  private event(type: ForfeitureEvent['type'], data: Record<string, unknown>): ProjectedEvent {
    const { taskForce, seizingAgency } = STORIES[this.forfeitureId];
    const event = { type, data: { forfeitureId: this.forfeitureId, taskForce, ...data } } as ForfeitureEvent;
    return projected(event, forfeitureStreamId(this.forfeitureId), this.next++, {
      states: [],
      agencies: ['CCHT', 'DOJ-MLARS', seizingAgency],
      restricted: true,
    });
  }

  opened(...values: number[]): ProjectedEvent {
    const { seizingAgency } = STORIES[this.forfeitureId];
    const amountSeized = values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
    return this.event('ForfeitureOpened', {
      caseReference: 'CR-18-00422-PHX-DJH',
      court: 'azd',
      seizingAgency,
      assets: values.map((value) => ({ kind: 'financial-account', value })),
      amountSeized,
      openedAt: AT,
    });
  }

  ordered(amountForfeited: number): ProjectedEvent {
    return this.event('ForfeitureOrdered', { orderReference: 'ECF-2044', amountForfeited, orderedAt: AT });
  }

  placed(amount: number, placementReference = `AFF-${this.next}`): ProjectedEvent {
    return this.event('PlacedInRemissionPool', { placementReference, amount, placedAt: AT });
  }

  filed(petitionReference: string): ProjectedEvent {
    return this.event('RemissionPetitionFiled', { petitionReference, filedAt: AT });
  }

  reviewed(petitionReference: string): ProjectedEvent {
    return this.event('RemissionPetitionReviewStarted', { petitionReference, startedAt: AT });
  }

  granted(petitionReference: string, amount: number): ProjectedEvent {
    return this.event('RemissionPetitionGranted', { petitionReference, amount, grantedAt: AT });
  }

  denied(petitionReference: string): ProjectedEvent {
    return this.event('RemissionPetitionDenied', { petitionReference, reason: 'Not shown.', deniedAt: AT });
  }

  paid(petitionReference: string, amount: number): ProjectedEvent {
    return this.event('RemissionPetitionPaid', {
      petitionReference,
      amount,
      paymentReference: 'TREAS-2026-004417',
      paidAt: AT,
    });
  }
}
