import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPROPRIATION_STATUSES, AppropriationStatus, SUPPORT_KINDS, SupportKind } from '@hstf/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsNumber,
  IsObject,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { IsAgencyCode, IsInstant, IsStateCode, Omittable } from '../http/validators';

// IsOptional lets null through as well, which the deciders and the event contracts refuse: only absent is optional.
// Events carry lower-case UUIDs; a client's upper-case spelling names the same aggregate.
const lowerCase = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toLowerCase() : value,
);

const finite = { allowNaN: false, allowInfinity: false };

export class SupportPeriodDto {
  @ApiProperty({ example: '2026-12-01T00:00:00Z' })
  @IsInstant()
  from!: string;

  @ApiProperty({ example: '2027-06-01T00:00:00Z', description: 'After `from`' })
  @IsInstant()
  to!: string;
}

export class PledgeSupportDto {
  @ApiPropertyOptional({
    example: '5c2d8e14-9b7a-4f3e-8d21-6a0b9c8d7e6f',
    description: 'Client-chosen id; generated when absent',
  })
  @Omittable()
  @lowerCase
  @IsUUID()
  commitmentId?: string;

  @ApiProperty({
    example: 'FBI',
    description: "The pledging agency: a liaison pledges only its own agency's support",
  })
  @IsAgencyCode()
  agency!: string;

  @ApiProperty({ example: 'TX', description: 'USPS code of the task force supported' })
  @IsStateCode()
  taskForce!: string;

  @ApiProperty({ enum: SUPPORT_KINDS, example: 'personnel' })
  @IsIn(SUPPORT_KINDS)
  kind!: SupportKind;

  @ApiProperty({ example: 12, description: 'How much, counted in `unit`' })
  @IsNumber(finite)
  @IsPositive()
  quantity!: number;

  @ApiProperty({
    example: 'agents',
    description: "What the quantity counts: 'agents', 'analyst-hours', 'vehicles' ...",
  })
  @IsString()
  @Length(1, 100)
  unit!: string;

  @ApiProperty({ type: SupportPeriodDto })
  // ValidateNested alone lets a missing object through.
  @IsObject()
  @ValidateNested()
  @Type(() => SupportPeriodDto)
  period!: SupportPeriodDto;

  @ApiProperty({
    enum: APPROPRIATION_STATUSES,
    example: 'available',
    description: 'Support is subject to available appropriations',
  })
  @IsIn(APPROPRIATION_STATUSES)
  appropriation!: AppropriationStatus;

  @ApiPropertyOptional({ example: 'Special agents from the San Antonio field office.' })
  @Omittable()
  @IsString()
  @Length(0, 2000)
  note?: string;
}

export class RecordDeliveryDto {
  @ApiPropertyOptional({
    example: 'SA-FO-2026-117',
    description: "The delivering agency's own reference, naming one delivery once; generated when absent",
  })
  @Omittable()
  @IsString()
  @Length(1, 200)
  deliveryId?: string;

  @ApiProperty({ example: 4, description: 'Partial deliveries add up to the pledge and no further' })
  @IsNumber(finite)
  @IsPositive()
  quantity!: number;

  @ApiProperty({
    example: '2026-12-02T08:00:00Z',
    description: 'When the support was delivered; not in the future',
  })
  @IsInstant()
  deliveredAt!: string;

  @ApiPropertyOptional({ example: 'First four agents reported to the Laredo office.' })
  @Omittable()
  @IsString()
  @Length(0, 2000)
  note?: string;
}

/** Only what changes is given, with the reason. */
export class AdjustCommitmentDto {
  @ApiPropertyOptional({ example: 8, description: 'The new pledged quantity; not below what was delivered' })
  @Omittable()
  @IsNumber(finite)
  @IsPositive()
  quantity?: number;

  @ApiPropertyOptional({ enum: APPROPRIATION_STATUSES, example: 'pending' })
  @Omittable()
  @IsIn(APPROPRIATION_STATUSES)
  appropriation?: AppropriationStatus;

  @ApiPropertyOptional({ type: SupportPeriodDto })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SupportPeriodDto)
  period?: SupportPeriodDto;

  @ApiProperty({ example: 'Four agents recalled to the border surge.' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class WithdrawCommitmentDto {
  @ApiProperty({ example: 'Field office reassigned to a national priority.' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
