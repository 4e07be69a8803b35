import { CommandContext } from '../commands/command-context';
import {
  AdjustCommitmentDto,
  PledgeSupportDto,
  RecordDeliveryDto,
  WithdrawCommitmentDto,
} from './commitment.dto';

/** Application commands sent on the CommandBus, one per domain command of the SupportCommitment aggregate. */
export class PledgeSupportCommand {
  constructor(
    readonly body: PledgeSupportDto,
    readonly context: CommandContext,
  ) {}
}

export class RecordDeliveryCommand {
  constructor(
    readonly commitmentId: string,
    readonly body: RecordDeliveryDto,
    readonly context: CommandContext,
  ) {}
}

export class AdjustCommitmentCommand {
  constructor(
    readonly commitmentId: string,
    readonly body: AdjustCommitmentDto,
    readonly context: CommandContext,
  ) {}
}

export class WithdrawCommitmentCommand {
  constructor(
    readonly commitmentId: string,
    readonly body: WithdrawCommitmentDto,
    readonly context: CommandContext,
  ) {}
}
