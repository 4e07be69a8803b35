import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AGGREGATES } from '../commands/aggregates';
import { CommandOutcome } from '../commands/command-context';
import { commandMeta } from '../commands/command-meta';
import { CommandPath } from '../commands/command-path';
import { newAggregateId } from '../commands/new-aggregate-id';
import { StreamLoader } from '../commands/stream-loader';
import { AgencyCatalog } from '../reference/agency-catalog';
import { taskForceMembers, taskForceOfTasking } from './task-force-members';
import { AssignTaskingCommand, ReassignTaskingCommand } from './tasking.commands';

const tasking = AGGREGATES.tasking;

const agencyFields = (lead: string, supporters: readonly string[]) => [
  { field: 'leadAgency', code: lead },
  ...supporters.map((code, i) => ({ field: `supportingAgencies.${i}`, code })),
];

/** The commands that name who leads and supports a tasking: both need the task force's members. */
@CommandHandler(AssignTaskingCommand)
export class AssignTaskingHandler implements ICommandHandler<AssignTaskingCommand, CommandOutcome> {
  constructor(
    private readonly path: CommandPath,
    private readonly loader: StreamLoader,
    private readonly catalog: AgencyCatalog,
  ) {}

  async execute({ body, context }: AssignTaskingCommand): Promise<CommandOutcome> {
    const supportingAgencies = body.supportingAgencies ?? [];
    await this.catalog.assertKnown(agencyFields(body.leadAgency, supportingAgencies));
    const taskingId = body.taskingId ?? newAggregateId(context, 'tasking');
    const members = await taskForceMembers(this.loader, body.taskForce);
    const data = { ...body, taskingId, supportingAgencies, context: { taskForceMembers: members } };
    return this.path.execute(
      tasking,
      taskingId,
      { type: 'AssignTasking', data, meta: commandMeta(context) },
      context,
      {
        mode: 'create',
      },
    );
  }
}

@CommandHandler(ReassignTaskingCommand)
export class ReassignTaskingHandler implements ICommandHandler<ReassignTaskingCommand, CommandOutcome> {
  constructor(
    private readonly path: CommandPath,
    private readonly loader: StreamLoader,
    private readonly catalog: AgencyCatalog,
  ) {}

  async execute({ taskingId, body, context }: ReassignTaskingCommand): Promise<CommandOutcome> {
    await this.catalog.assertKnown(agencyFields(body.leadAgency, body.supportingAgencies ?? []));
    // An unknown tasking has no task force; the command path answers 404 for it.
    const taskForce = await taskForceOfTasking(this.loader, taskingId);
    const members = taskForce === undefined ? [] : await taskForceMembers(this.loader, taskForce);
    const data = { taskingId, ...body, context: { taskForceMembers: members } };
    return this.path.execute(
      tasking,
      taskingId,
      { type: 'ReassignTasking', data, meta: commandMeta(context) },
      context,
      {
        mode: 'update',
      },
    );
  }
}
