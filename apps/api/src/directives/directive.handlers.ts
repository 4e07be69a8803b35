import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { authorizeCommand } from '@hstf/auth';
import { TaskForceState } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandOutcome } from '../commands/command-context';
import { commandMeta } from '../commands/command-meta';
import { CommandPath } from '../commands/command-path';
import { newAggregateId } from '../commands/new-aggregate-id';
import { StreamLoader } from '../commands/stream-loader';
import { badRequest, forbidden } from '../http/problem';
import { AgencyCatalog } from '../reference/agency-catalog';
import {
  AcknowledgeDirectiveCommand,
  AmendDirectiveCommand,
  IssueDirectiveCommand,
  RescindDirectiveCommand,
  SupersedeDirectiveCommand,
} from './directive.commands';

const directive = AGGREGATES.directive;

@CommandHandler(IssueDirectiveCommand)
export class IssueDirectiveHandler implements ICommandHandler<IssueDirectiveCommand, CommandOutcome> {
  constructor(
    private readonly path: CommandPath,
    private readonly catalog: AgencyCatalog,
  ) {}

  async execute({ body, context }: IssueDirectiveCommand): Promise<CommandOutcome> {
    await this.catalog.assertKnown(
      body.addressees.agencies.map((code, i) => ({ field: `addressees.agencies.${i}`, code })),
    );
    const directiveId = body.directiveId ?? newAggregateId(context, 'directive');
    const data = { ...body, directiveId };
    return this.path.execute(
      directive,
      directiveId,
      { type: 'IssueDirective', data, meta: commandMeta(context) },
      context,
      {
        mode: 'create',
      },
    );
  }
}

@CommandHandler(AcknowledgeDirectiveCommand)
export class AcknowledgeDirectiveHandler implements ICommandHandler<
  AcknowledgeDirectiveCommand,
  CommandOutcome
> {
  constructor(
    private readonly path: CommandPath,
    private readonly loader: StreamLoader,
  ) {}

  async execute({ directiveId, body, context }: AcknowledgeDirectiveCommand): Promise<CommandOutcome> {
    const addressee =
      body.addressee ??
      (context.actor.agency ? { kind: 'agency' as const, code: context.actor.agency } : undefined);
    if (!addressee) {
      // Only liaisons acknowledge, and their tokens always name an agency: a token without one is refused
      // for its role, not for the body.
      if (!authorizeCommand(context.actor, 'AcknowledgeDirective').ok) {
        throw forbidden('Only an agency liaison acknowledges a directive.');
      }
      throw badRequest([{ field: 'addressee', reason: 'is required when the token names no agency' }]);
    }
    // A state addressee is acknowledged by its task force's co-leads: the rule spans two aggregates.
    const coLeads = addressee.kind === 'state' ? await this.coLeadsOf(addressee.code) : undefined;
    const data = {
      directiveId,
      addressee,
      note: body.note,
      ...(coLeads ? { context: { taskForceCoLeads: coLeads } } : {}),
    };
    return this.path.execute(
      directive,
      directiveId,
      { type: 'AcknowledgeDirective', data, meta: commandMeta(context) },
      context,
      {
        mode: 'update',
        actsForAgency: addressee.kind === 'agency' ? addressee.code : undefined,
      },
    );
  }

  private async coLeadsOf(state: string): Promise<string[]> {
    const taskForce = (await this.loader.load(AGGREGATES.taskForce, state)).state as TaskForceState;
    return taskForce.status === 'established' ? [taskForce.coLeads.DOJ, taskForce.coLeads.DHS] : [];
  }
}

@CommandHandler(AmendDirectiveCommand)
export class AmendDirectiveHandler implements ICommandHandler<AmendDirectiveCommand, CommandOutcome> {
  constructor(
    private readonly path: CommandPath,
    private readonly catalog: AgencyCatalog,
  ) {}

  async execute({ directiveId, body, context }: AmendDirectiveCommand): Promise<CommandOutcome> {
    const { reason, ...changes } = body;
    const added = changes.addressees?.agencies ?? [];
    await this.catalog.assertKnown(added.map((code, i) => ({ field: `addressees.agencies.${i}`, code })));
    const data = { directiveId, changes, reason };
    return this.path.execute(
      directive,
      directiveId,
      { type: 'AmendDirective', data, meta: commandMeta(context) },
      context,
      {
        mode: 'update',
      },
    );
  }
}

@CommandHandler(SupersedeDirectiveCommand)
export class SupersedeDirectiveHandler implements ICommandHandler<SupersedeDirectiveCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ directiveId, body, context }: SupersedeDirectiveCommand): Promise<CommandOutcome> {
    const data = { directiveId, supersededBy: body.supersededBy, reason: body.reason };
    return this.path.execute(
      directive,
      directiveId,
      { type: 'SupersedeDirective', data, meta: commandMeta(context) },
      context,
      {
        mode: 'update',
      },
    );
  }
}

@CommandHandler(RescindDirectiveCommand)
export class RescindDirectiveHandler implements ICommandHandler<RescindDirectiveCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ directiveId, body, context }: RescindDirectiveCommand): Promise<CommandOutcome> {
    const data = { directiveId, reason: body.reason };
    return this.path.execute(
      directive,
      directiveId,
      { type: 'RescindDirective', data, meta: commandMeta(context) },
      context,
      {
        mode: 'update',
      },
    );
  }
}

export const DIRECTIVE_HANDLERS = [
  IssueDirectiveHandler,
  AcknowledgeDirectiveHandler,
  AmendDirectiveHandler,
  SupersedeDirectiveHandler,
  RescindDirectiveHandler,
];
