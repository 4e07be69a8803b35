import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsNumber,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { IsAgencyCode, IsInstant, IsStateCode, Omittable } from '../http/validators';

// IsOptional lets null through as well, which the deciders and the event contracts refuse: only absent is optional.
// Events carry lower-case UUIDs; a client's upper-case spelling names the same aggregate.
const lowerCase = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toLowerCase() : value,
);

export class AssignTaskingDto {
  @ApiPropertyOptional({
    example: '0b6f3a52-6d1e-4c4f-9a57-2f4f1b8c9e01',
    description: 'Client-chosen id; generated when absent',
  })
  @Omittable()
  @lowerCase
  @IsUUID()
  taskingId?: string;

  @ApiProperty({ example: 'TX', description: 'USPS code of the state task force the tasking belongs to' })
  @IsStateCode()
  taskForce!: string;

  @ApiProperty({ example: 'ICE-HSI', description: 'Member agency that leads the tasking' })
  @IsAgencyCode()
  leadAgency!: string;

  @ApiPropertyOptional({
    example: ['FBI', 'TX-DPS'],
    description: 'Member agencies in support; none when absent',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsAgencyCode({ each: true })
  supportingAgencies?: string[];

  @ApiProperty({ example: 'smuggling', description: "Usually one of the task force's objectives" })
  @IsString()
  @Length(1, 200)
  objective!: string;

  @ApiProperty({ example: 'Disrupt the Laredo stash-house network' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty({ example: 'Identify and surveil the three stash houses named in the directive annex.' })
  @IsString()
  @Length(1, 20000)
  instructions!: string;

  @ApiPropertyOptional({
    example: '7d1e2f3a-4b5c-4d6e-8f70-81a2b3c4d5e6',
    description: 'The directive this tasking carries out',
  })
  @Omittable()
  @lowerCase
  @IsUUID()
  directiveId?: string;

  @ApiProperty({ example: '2026-12-20T17:00:00Z' })
  @IsInstant()
  dueAt!: string;
}

/** Acceptance says nothing beyond who accepts (the token); unknown fields are still refused. */
export class AcceptTaskingDto {}

export class DeclineTaskingDto {
  @ApiProperty({ example: 'No agents free until April.' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class ReportTaskingProgressDto {
  @ApiProperty({ example: 'Two of the three houses under surveillance.' })
  @IsString()
  @Length(1, 5000)
  summary!: string;

  @ApiProperty({
    example: 40,
    minimum: 0,
    maximum: 100,
    description: 'The estimate may go down as well as up',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  percentComplete!: number;
}

export class BlockTaskingDto {
  @ApiProperty({ example: 'Waiting for the wiretap order from the district court.' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class UnblockTaskingDto {
  @ApiProperty({ example: 'Order signed this morning.' })
  @IsString()
  @Length(1, 2000)
  resolution!: string;
}

export class ReassignTaskingDto {
  @ApiProperty({
    example: 'FBI',
    description: 'The new lead: a member agency other than the one that declined',
  })
  @IsAgencyCode()
  leadAgency!: string;

  @ApiPropertyOptional({
    example: ['TX-DPS'],
    description: 'The new supporters; when absent the supporters stay, less the new lead',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsAgencyCode({ each: true })
  supportingAgencies?: string[];

  @ApiProperty({ example: 'ICE-HSI declined for lack of agents; the FBI field office has capacity.' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class CompleteTaskingDto {
  @ApiProperty({ example: 'Three stash houses searched; 14 arrests referred to the USAO.' })
  @IsString()
  @Length(1, 5000)
  outcome!: string;
}

export class CancelTaskingDto {
  @ApiProperty({ example: 'Overtaken by the DEA operation in the same area.' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
