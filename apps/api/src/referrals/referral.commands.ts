import { AgencyState, isRegisteredAgency, memberAgencies, TaskForceState } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandRequest, commandsOf, idParam } from '../commands/command-spec';
import { newAggregateId } from '../commands/new-aggregate-id';
import { CloseReferralDto, MakeReferralDto, ReferralStepDto } from './referral.dto';

const referral = commandsOf(AGGREGATES.referral);

// The steps name no agency: only the receiving agency takes them, which the decider checks against the
// stream (a supervisor may record them on its behalf).

/** The Referral aggregate's commands: a case sent to victim services, remission or restitution, and its steps. */
export const REFERRAL_COMMANDS = {
  make: referral('MakeReferral', {
    route: 'POST /referrals',
    status: 201,
    mode: 'create',
    id: ({ body, context }: CommandRequest<MakeReferralDto>) =>
      body.referralId ?? newAggregateId(context, 'referral'),
    actsFor: ({ body }) => body.referringAgency,
    agencies: (body) => [
      { field: 'referringAgency', code: body.referringAgency },
      { field: 'receivingAgency', code: body.receivingAgency },
    ],
    // The task force's members and whether the receiver is a registered partner NGO, read in each attempt.
    context: async (load, { body }) => {
      const [taskForce, receiver] = await Promise.all([
        load(AGGREGATES.taskForce, body.taskForce),
        load(AGGREGATES.agency, body.receivingAgency),
      ]);
      const agency = receiver.state as AgencyState;
      return {
        taskForceMembers: memberAgencies(taskForce.state as TaskForceState),
        receiverIsNgo: isRegisteredAgency(agency) && agency.kind === 'ngo',
      };
    },
    data: ({ id, body }, context) => ({ ...body, referralId: id, context }),
    location: (id) => `/referrals/${id}`,
  }),
  accept: referral('AcceptReferral', {
    route: 'POST /referrals/:id/acceptance',
    status: 200,
    mode: 'update',
    id: idParam<ReferralStepDto>,
    data: ({ id, body }) => ({ referralId: id, ...body }),
  }),
  start: referral('StartReferral', {
    route: 'POST /referrals/:id/start',
    status: 200,
    mode: 'update',
    id: idParam<ReferralStepDto>,
    data: ({ id, body }) => ({ referralId: id, ...body }),
  }),
  close: referral('CloseReferral', {
    route: 'POST /referrals/:id/closure',
    status: 200,
    mode: 'update',
    id: idParam<CloseReferralDto>,
    data: ({ id, body }) => ({ referralId: id, ...body }),
  }),
};
