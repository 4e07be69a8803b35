import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MEMBER_CAPABILITIES,
  MemberCapability,
  TASK_FORCE_OBJECTIVES,
  TaskForceObjective,
} from '@hstf/domain';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';
import { IsAgencyCode, IsStateCode, Omittable } from '../http/validators';

export class EstablishTaskForceDto {
  @ApiProperty({ example: 'TX', description: 'USPS code of the state; also the id of the task force' })
  @IsStateCode()
  state!: string;

  @ApiProperty({ example: 'FBI', description: 'DOJ component of the federal catalog that co-leads for DOJ' })
  @IsAgencyCode()
  dojCoLead!: string;

  @ApiProperty({
    example: 'ICE-HSI',
    description: 'DHS component of the federal catalog that co-leads for DHS',
  })
  @IsAgencyCode()
  dhsCoLead!: string;

  @ApiPropertyOptional({ example: 'EO 14159', description: 'Legal authority cited; EO 14159 when absent' })
  @Omittable()
  @IsString()
  @Length(3, 500)
  authority?: string;
}

export class EnrollMemberAgencyDto {
  @ApiProperty({
    example: 'TX-DPS',
    description: 'A federal agency, or a registered agency of the same state',
  })
  @IsAgencyCode()
  agency!: string;

  @ApiProperty({ enum: MEMBER_CAPABILITIES, isArray: true, example: ['law-enforcement', 'intelligence'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(MEMBER_CAPABILITIES, { each: true })
  capabilities!: MemberCapability[];
}

export class WithdrawMemberAgencyDto {
  @ApiProperty({ example: 'Resources redeployed to the southwest border surge' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}

export class DesignateCoLeadDto {
  @ApiProperty({ example: 'DEA', description: 'A component of the department named in the path' })
  @IsAgencyCode()
  agency!: string;
}

export class SetObjectivesDto {
  @ApiProperty({ enum: TASK_FORCE_OBJECTIVES, isArray: true, example: ['cartels', 'human-smuggling'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TASK_FORCE_OBJECTIVES.length)
  @ArrayUnique()
  @IsIn(TASK_FORCE_OBJECTIVES, { each: true })
  objectives!: TaskForceObjective[];
}
