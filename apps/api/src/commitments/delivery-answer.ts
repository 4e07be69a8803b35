import { ApiProperty } from '@nestjs/swagger';
import { CommandAnswer } from '../http/command-answer';

/** A delivery's answer also names the delivery: the API chooses its id when the client gave none. */
export class DeliveryAnswer extends CommandAnswer {
  @ApiProperty({ example: 'SA-FO-2026-117' })
  deliveryId!: string;
}
