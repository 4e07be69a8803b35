import { memberAgencies, TaskForceState } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandRequest, commandsOf, idParam, ResolvedRequest } from '../commands/command-spec';
import { newAggregateId } from '../commands/new-aggregate-id';
import {
  AdjustCommitmentDto,
  PledgeSupportDto,
  RecordDeliveryDto,
  WithdrawCommitmentDto,
} from './commitment.dto';

const commitment = commandsOf(AGGREGATES.commitment);

/** Derived from the command id when not given, so a retry with the same Idempotency-Key names the same delivery. */
const deliveryIdOf = ({ body, context }: ResolvedRequest<RecordDeliveryDto>): string =>
  body.deliveryId ?? newAggregateId(context, 'delivery');

// Deliveries, adjustments and withdrawals name no agency: the decider checks the actor against the pledging
// agency of the commitment, which only the stream knows.

/** The Commitment aggregate's commands: an agency's pledge of support to a task force, and its life. */
export const COMMITMENT_COMMANDS = {
  pledge: commitment('PledgeSupport', {
    route: 'POST /commitments',
    status: 201,
    mode: 'create',
    id: ({ body, context }: CommandRequest<PledgeSupportDto>) =>
      body.commitmentId ?? newAggregateId(context, 'commitment'),
    actsFor: ({ body }) => body.agency,
    agencies: (body) => [{ field: 'agency', code: body.agency }],
    // Only a member agency of the task force pledges: read in each attempt, for the pure decider.
    context: async (load, { body }) =>
      memberAgencies((await load(AGGREGATES.taskForce, body.taskForce)).state as TaskForceState),
    data: ({ id, body }, members) => ({ ...body, commitmentId: id, context: { taskForceMembers: members } }),
    location: (id) => `/commitments/${id}`,
  }),
  deliver: commitment('RecordDelivery', {
    route: 'POST /commitments/:id/deliveries',
    status: 201,
    mode: 'update',
    id: idParam<RecordDeliveryDto>,
    data: (request) => ({ ...request.body, commitmentId: request.id, deliveryId: deliveryIdOf(request) }),
    answers: (request) => ({ deliveryId: deliveryIdOf(request) }),
  }),
  adjust: commitment('AdjustCommitment', {
    route: 'POST /commitments/:id/adjustments',
    status: 201,
    mode: 'update',
    id: idParam<AdjustCommitmentDto>,
    data: ({ id, body }) => ({ ...body, commitmentId: id }),
  }),
  withdraw: commitment('WithdrawCommitment', {
    route: 'POST /commitments/:id/withdrawal',
    status: 200,
    mode: 'update',
    id: idParam<WithdrawCommitmentDto>,
    data: ({ id, body }) => ({ commitmentId: id, reason: body.reason }),
  }),
};
