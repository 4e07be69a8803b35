import { CoLeadDepartment } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandRequest, commandsOf } from '../commands/command-spec';
import {
  DesignateCoLeadDto,
  EnrollMemberAgencyDto,
  EstablishTaskForceDto,
  SetObjectivesDto,
  WithdrawMemberAgencyDto,
} from './task-force.dto';

const taskForce = commandsOf(AGGREGATES.taskForce);

/** A task force's stream is named by its state: `:state` in the routes, `state` in the body of a new one. */
const stateParam = <B>({ params }: CommandRequest<B>): string => params.state;

/**
 * The TaskForce aggregate's commands. All but the objectives change who may do what (members lead and
 * support taskings, co-leads acknowledge for their state): their access records are permission changes.
 */
export const TASK_FORCE_COMMANDS = {
  establish: taskForce('EstablishTaskForce', {
    route: 'POST /task-forces',
    status: 201,
    permissionChange: true,
    mode: 'create',
    id: ({ body }: CommandRequest<EstablishTaskForceDto>) => body.state,
    agencies: (body) => [
      { field: 'dojCoLead', code: body.dojCoLead },
      { field: 'dhsCoLead', code: body.dhsCoLead },
    ],
    data: ({ body: { state, dojCoLead, dhsCoLead, authority } }) => ({
      state,
      dojCoLead,
      dhsCoLead,
      ...(authority === undefined ? {} : { authority }),
    }),
    location: (state) => `/task-forces/${state}`,
  }),
  enroll: taskForce('EnrollMemberAgency', {
    route: 'POST /task-forces/:state/members',
    status: 201,
    permissionChange: true,
    mode: 'update',
    id: stateParam<EnrollMemberAgencyDto>,
    agencies: (body) => [{ field: 'agency', code: body.agency }],
    data: ({ id, body }) => ({ state: id, agency: body.agency, capabilities: body.capabilities }),
  }),
  // No catalog check: only a current member can be withdrawn, and the decider says so for any other code.
  withdraw: taskForce('WithdrawMemberAgency', {
    route: 'POST /task-forces/:state/members/:agency/withdrawal',
    status: 200,
    permissionChange: true,
    mode: 'update',
    id: stateParam<WithdrawMemberAgencyDto>,
    data: ({ id, params, body }) => ({ state: id, agency: params.agency, reason: body.reason }),
  }),
  designateCoLead: taskForce('DesignateCoLead', {
    route: 'PUT /task-forces/:state/co-leads/:department',
    status: 200,
    permissionChange: true,
    mode: 'update',
    id: stateParam<DesignateCoLeadDto>,
    agencies: (body) => [{ field: 'agency', code: body.agency }],
    data: ({ id, params, body }) => ({
      state: id,
      // The route's pipe admits only DOJ and DHS.
      department: params.department as CoLeadDepartment,
      agency: body.agency,
    }),
  }),
  setObjectives: taskForce('SetObjectives', {
    route: 'PUT /task-forces/:state/objectives',
    status: 200,
    mode: 'update',
    id: stateParam<SetObjectivesDto>,
    data: ({ id, body }) => ({ state: id, objectives: body.objectives }),
  }),
};
