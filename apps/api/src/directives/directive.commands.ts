import { Addressee, TaskForceState } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandRequest, commandsOf, idParam } from '../commands/command-spec';
import { newAggregateId } from '../commands/new-aggregate-id';
import { badRequest } from '../http/problem';
import {
  AcknowledgeDirectiveDto,
  AmendDirectiveDto,
  IssueDirectiveDto,
  RescindDirectiveDto,
  SupersedeDirectiveDto,
} from './directive.dto';

const directive = commandsOf(AGGREGATES.directive);

const addresseeAgencies = (codes: readonly string[] = []) =>
  codes.map((code, i) => ({ field: `addressees.agencies.${i}`, code }));

/** A liaison acknowledges for its own agency unless it names the addressee (a state, as its co-lead). */
const addresseeOf = ({ body, context }: CommandRequest<AcknowledgeDirectiveDto>): Addressee | undefined =>
  body.addressee ?? (context.actor.agency ? { kind: 'agency', code: context.actor.agency } : undefined);

/** The Directive aggregate's commands: route, body → domain command, and the context each one reads. */
export const DIRECTIVE_COMMANDS = {
  issue: directive('IssueDirective', {
    route: 'POST /directives',
    status: 201,
    mode: 'create',
    id: ({ body, context }: CommandRequest<IssueDirectiveDto>) =>
      body.directiveId ?? newAggregateId(context, 'directive'),
    agencies: (body) => addresseeAgencies(body.addressees.agencies),
    data: ({ id, body }) => ({ ...body, directiveId: id }),
    location: (id) => `/directives/${id}`,
  }),
  acknowledge: directive('AcknowledgeDirective', {
    route: 'POST /directives/:id/acknowledgements',
    status: 201,
    mode: 'update',
    id: idParam<AcknowledgeDirectiveDto>,
    actsFor: (request) => {
      const addressee = addresseeOf(request);
      return addressee?.kind === 'agency' ? addressee.code : undefined;
    },
    // A state addressee is acknowledged by its task force's co-leads: the rule spans two aggregates.
    context: async (load, request) => {
      const addressee = addresseeOf(request);
      if (addressee?.kind !== 'state') return undefined;
      const taskForce = (await load(AGGREGATES.taskForce, addressee.code)).state as TaskForceState;
      return taskForce.status === 'established' ? [taskForce.coLeads.DOJ, taskForce.coLeads.DHS] : [];
    },
    data: (request, coLeads) => {
      const addressee = addresseeOf(request);
      // Reached only by a role allowed to acknowledge without an agency of its own.
      if (!addressee)
        throw badRequest([{ field: 'addressee', reason: 'is required when the token names no agency' }]);
      return {
        directiveId: request.id,
        addressee,
        note: request.body.note,
        ...(coLeads ? { context: { taskForceCoLeads: coLeads } } : {}),
      };
    },
  }),
  amend: directive('AmendDirective', {
    route: 'POST /directives/:id/amendments',
    status: 201,
    mode: 'update',
    id: idParam<AmendDirectiveDto>,
    agencies: (body) => addresseeAgencies(body.addressees?.agencies),
    data: ({ id, body: { reason, ...changes } }) => ({ directiveId: id, changes, reason }),
  }),
  supersede: directive('SupersedeDirective', {
    route: 'POST /directives/:id/supersession',
    status: 200,
    mode: 'update',
    id: idParam<SupersedeDirectiveDto>,
    data: ({ id, body }) => ({ directiveId: id, supersededBy: body.supersededBy, reason: body.reason }),
  }),
  rescind: directive('RescindDirective', {
    route: 'POST /directives/:id/rescission',
    status: 200,
    mode: 'update',
    id: idParam<RescindDirectiveDto>,
    data: ({ id, body }) => ({ directiveId: id, reason: body.reason }),
  }),
  /** Sent by the deadline process only; the body names the addressee that missed its deadline. */
  markOverdue: directive('MarkAcknowledgementOverdue', {
    mode: 'update',
    id: idParam<{ addressee: Addressee }>,
    data: ({ id, body }) => ({ directiveId: id, addressee: body.addressee }),
  }),
};
