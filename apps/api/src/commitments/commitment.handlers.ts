import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AGGREGATES } from '../commands/aggregates';
import { CommandOutcome } from '../commands/command-context';
import { commandMeta } from '../commands/command-meta';
import { CommandPath } from '../commands/command-path';
import { StreamLoader } from '../commands/stream-loader';
import { newAggregateId } from '../commands/new-aggregate-id';
import { AgencyCatalog } from '../reference/agency-catalog';
import { taskForceMembers } from '../taskings/task-force-members';
import {
  AdjustCommitmentCommand,
  PledgeSupportCommand,
  RecordDeliveryCommand,
  WithdrawCommitmentCommand,
} from './commitment.commands';
import { DeliveryOutcome } from './delivery-answer';

const commitment = AGGREGATES.commitment;

// Deliveries, adjustments and withdrawals name no agency: the decider checks the actor against the pledging
// agency of the commitment, which only the stream knows.

@CommandHandler(PledgeSupportCommand)
export class PledgeSupportHandler implements ICommandHandler<PledgeSupportCommand, CommandOutcome> {
  constructor(
    private readonly path: CommandPath,
    private readonly catalog: AgencyCatalog,
    private readonly loader: StreamLoader,
  ) {}

  async execute({ body, context }: PledgeSupportCommand): Promise<CommandOutcome> {
    await this.catalog.assertKnown([{ field: 'agency', code: body.agency }]);
    const commitmentId = body.commitmentId ?? newAggregateId(context, 'commitment');
    const members = await taskForceMembers(this.loader, body.taskForce);
    const data = { ...body, commitmentId, context: { taskForceMembers: members } };
    return this.path.execute(
      commitment,
      commitmentId,
      { type: 'PledgeSupport', data, meta: commandMeta(context) },
      context,
      {
        mode: 'create',
        actsForAgency: body.agency,
      },
    );
  }
}

@CommandHandler(RecordDeliveryCommand)
export class RecordDeliveryHandler implements ICommandHandler<RecordDeliveryCommand, DeliveryOutcome> {
  constructor(private readonly path: CommandPath) {}

  async execute({ commitmentId, body, context }: RecordDeliveryCommand): Promise<DeliveryOutcome> {
    // Derived from the command id, so a retry with the same Idempotency-Key names the same delivery.
    const deliveryId = body.deliveryId ?? newAggregateId(context, 'delivery');
    const data = { ...body, commitmentId, deliveryId };
    const outcome = await this.path.execute(
      commitment,
      commitmentId,
      { type: 'RecordDelivery', data, meta: commandMeta(context) },
      context,
      {
        mode: 'update',
      },
    );
    return { ...outcome, deliveryId };
  }
}

@CommandHandler(AdjustCommitmentCommand)
export class AdjustCommitmentHandler implements ICommandHandler<AdjustCommitmentCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ commitmentId, body, context }: AdjustCommitmentCommand): Promise<CommandOutcome> {
    const data = { ...body, commitmentId };
    return this.path.execute(
      commitment,
      commitmentId,
      { type: 'AdjustCommitment', data, meta: commandMeta(context) },
      context,
      {
        mode: 'update',
      },
    );
  }
}

@CommandHandler(WithdrawCommitmentCommand)
export class WithdrawCommitmentHandler implements ICommandHandler<WithdrawCommitmentCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ commitmentId, body, context }: WithdrawCommitmentCommand): Promise<CommandOutcome> {
    const data = { commitmentId, reason: body.reason };
    return this.path.execute(
      commitment,
      commitmentId,
      { type: 'WithdrawCommitment', data, meta: commandMeta(context) },
      context,
      {
        mode: 'update',
      },
    );
  }
}

export const COMMITMENT_HANDLERS = [
  PledgeSupportHandler,
  RecordDeliveryHandler,
  AdjustCommitmentHandler,
  WithdrawCommitmentHandler,
];
