import { Addressee } from '@hstf/domain';

/**
 * A command that acts on an inbox item: the same route and body as anywhere else in the API, so acting
 * from the inbox is no separate path. `body` is what must be sent as given; `fields` what the liaison
 * fills in.
 */
export interface InboxAction {
  readonly name: string;
  readonly method: 'POST';
  readonly href: string;
  readonly body?: Readonly<Record<string, unknown>>;
  readonly fields?: readonly string[];
}

const post = (name: string, href: string, extra: Omit<InboxAction, 'name' | 'method' | 'href'> = {}) => ({
  name,
  method: 'POST' as const,
  href,
  ...extra,
});

/** An agency acknowledges for itself by default; for a state task force the addressee says which. */
export const acknowledge = (directiveId: string, addressee: Addressee): InboxAction =>
  post(`acknowledge`, `/directives/${directiveId}/acknowledgements`, {
    ...(addressee.kind === 'state' ? { body: { addressee } } : {}),
    fields: ['note (optional)'],
  });

export const acceptTasking = (taskingId: string): InboxAction =>
  post('accept', `/taskings/${taskingId}/acceptance`);

export const declineTasking = (taskingId: string): InboxAction =>
  post('decline', `/taskings/${taskingId}/declination`, { fields: ['reason'] });

export const reportProgress = (taskingId: string): InboxAction =>
  post('report-progress', `/taskings/${taskingId}/progress-reports`, {
    fields: ['summary', 'percentComplete'],
  });

export const completeTasking = (taskingId: string): InboxAction =>
  post('complete', `/taskings/${taskingId}/completion`, { fields: ['outcome'] });

export const blockTasking = (taskingId: string): InboxAction =>
  post('block', `/taskings/${taskingId}/blocks`, { fields: ['reason'] });

export const unblockTasking = (taskingId: string): InboxAction =>
  post('unblock', `/taskings/${taskingId}/unblocks`, { fields: ['resolution'] });

export const recordDelivery = (commitmentId: string): InboxAction =>
  post('record-delivery', `/commitments/${commitmentId}/deliveries`, {
    fields: ['quantity', 'deliveredAt', 'note (optional)'],
  });

export const adjustCommitment = (commitmentId: string): InboxAction =>
  post('adjust', `/commitments/${commitmentId}/adjustments`, {
    fields: ['reason', 'quantity, appropriation or period'],
  });

export const withdrawCommitment = (commitmentId: string): InboxAction =>
  post('withdraw', `/commitments/${commitmentId}/withdrawal`, { fields: ['reason'] });
