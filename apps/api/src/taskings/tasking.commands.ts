import { memberAgencies, TaskForceState } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandRequest, commandsOf, idParam, LoadAggregate } from '../commands/command-spec';
import { newAggregateId } from '../commands/new-aggregate-id';
import {
  AcceptTaskingDto,
  AssignTaskingDto,
  BlockTaskingDto,
  CancelTaskingDto,
  CompleteTaskingDto,
  DeclineTaskingDto,
  ReassignTaskingDto,
  ReportTaskingProgressDto,
  UnblockTaskingDto,
} from './tasking.dto';

const tasking = commandsOf(AGGREGATES.tasking);

/**
 * "Only member agencies lead or support" spans two aggregates: the task force's members are read in each
 * attempt and handed to the pure tasking decider as context.
 */
async function membersOf(load: LoadAggregate, state: string | undefined): Promise<readonly string[]> {
  if (state === undefined) return [];
  return memberAgencies((await load(AGGREGATES.taskForce, state)).state as TaskForceState);
}

const teamAgencies = (lead: string, supporters: readonly string[] = []) => [
  { field: 'leadAgency', code: lead },
  ...supporters.map((code, i) => ({ field: `supportingAgencies.${i}`, code })),
];

// The steps of an existing tasking name no acting agency: which agency may take each step (the lead, a
// participant) is a rule of the tasking, checked by its decider against the actor.

/**
 * The Tasking aggregate's commands. Records a tasking produces (progress reports, blocks, unblocks) are
 * POSTed to plural nouns and answer 201; single transitions of its lifecycle to singular nouns and answer
 * 200, as the directives' supersession and rescission do.
 */
export const TASKING_COMMANDS = {
  assign: tasking('AssignTasking', {
    route: 'POST /taskings',
    status: 201,
    mode: 'create',
    id: ({ body, context }: CommandRequest<AssignTaskingDto>) =>
      body.taskingId ?? newAggregateId(context, 'tasking'),
    agencies: (body) => teamAgencies(body.leadAgency, body.supportingAgencies),
    context: (load, { body }) => membersOf(load, body.taskForce),
    data: ({ id, body }, members) => ({
      ...body,
      taskingId: id,
      supportingAgencies: body.supportingAgencies ?? [],
      context: { taskForceMembers: members },
    }),
    // A tasking under a directive continues the directive's trail.
    continues: (data) =>
      data.directiveId ? { aggregate: AGGREGATES.directive, id: data.directiveId } : undefined,
    location: (id) => `/taskings/${id}`,
  }),
  accept: tasking('AcceptTasking', {
    route: 'POST /taskings/:id/acceptance',
    status: 200,
    mode: 'update',
    id: idParam<AcceptTaskingDto>,
    data: ({ id }) => ({ taskingId: id }),
  }),
  decline: tasking('DeclineTasking', {
    route: 'POST /taskings/:id/declination',
    status: 200,
    mode: 'update',
    id: idParam<DeclineTaskingDto>,
    data: ({ id, body }) => ({ taskingId: id, reason: body.reason }),
  }),
  reportProgress: tasking('ReportTaskingProgress', {
    route: 'POST /taskings/:id/progress-reports',
    status: 201,
    mode: 'update',
    id: idParam<ReportTaskingProgressDto>,
    data: ({ id, body }) => ({ taskingId: id, summary: body.summary, percentComplete: body.percentComplete }),
  }),
  block: tasking('BlockTasking', {
    route: 'POST /taskings/:id/blocks',
    status: 201,
    mode: 'update',
    id: idParam<BlockTaskingDto>,
    data: ({ id, body }) => ({ taskingId: id, reason: body.reason }),
  }),
  unblock: tasking('UnblockTasking', {
    route: 'POST /taskings/:id/unblocks',
    status: 201,
    mode: 'update',
    id: idParam<UnblockTaskingDto>,
    data: ({ id, body }) => ({ taskingId: id, resolution: body.resolution }),
  }),
  reassign: tasking('ReassignTasking', {
    route: 'POST /taskings/:id/reassignment',
    status: 200,
    mode: 'update',
    id: idParam<ReassignTaskingDto>,
    agencies: (body) => teamAgencies(body.leadAgency, body.supportingAgencies),
    // A reassignment names only the tasking: its task force is in the state just loaded.
    context: (load, _request, state) =>
      membersOf(load, state.status === 'unassigned' ? undefined : state.taskForce),
    data: ({ id, body }, members) => ({ taskingId: id, ...body, context: { taskForceMembers: members } }),
  }),
  complete: tasking('CompleteTasking', {
    route: 'POST /taskings/:id/completion',
    status: 200,
    mode: 'update',
    id: idParam<CompleteTaskingDto>,
    data: ({ id, body }) => ({ taskingId: id, outcome: body.outcome }),
  }),
  cancel: tasking('CancelTasking', {
    route: 'POST /taskings/:id/cancellation',
    status: 200,
    mode: 'update',
    id: idParam<CancelTaskingDto>,
    data: ({ id, body }) => ({ taskingId: id, reason: body.reason }),
  }),
};
