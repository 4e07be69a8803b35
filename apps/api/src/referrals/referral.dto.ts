import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REFERRAL_CHANNELS, REFERRAL_OUTCOMES, ReferralChannel, ReferralOutcome } from '@hstf/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { IsReference, NoPersonalData } from '../http/personal-data';
import { lowerCase } from '../http/uuid-param.pipe';
import { IsAgencyCode, IsStateCode, Omittable } from '../http/validators';

export class MakeReferralDto {
  @ApiPropertyOptional({
    example: '5a0c2f1e-7d3b-4c8a-9f21-0e6b4d8c2a17',
    description: 'Client-chosen id; generated when absent',
  })
  @Omittable()
  @Transform(lowerCase)
  @IsUUID()
  referralId?: string;

  @ApiProperty({
    example: 'CCHT-REF-2026-0001',
    description:
      "The case's reference, never a name: upper-case letters, digits and - : . / _ #, with a number",
  })
  @IsString()
  @Length(3, 80)
  @IsReference()
  caseReference!: string;

  @ApiProperty({
    enum: REFERRAL_CHANNELS,
    example: 'victim-services',
    description: 'victim-services (CCHT or a partner NGO), remission (DOJ-MLARS), restitution (DOL-OIG)',
  })
  @IsIn(REFERRAL_CHANNELS)
  channel!: ReferralChannel;

  @ApiProperty({ example: 'FBI', description: 'The referring agency: a liaison refers for its own agency' })
  @IsAgencyCode()
  referringAgency!: string;

  @ApiProperty({
    example: 'CCHT',
    description: "The channel's receiver, or a partner NGO for victim services",
  })
  @IsAgencyCode()
  receivingAgency!: string;

  @ApiProperty({ example: 'TX', description: 'USPS code of the task force the case is of' })
  @IsStateCode()
  taskForce!: string;

  @ApiPropertyOptional({
    example: '0c9e2a4b-3f1d-4b6a-8e2c-7d5f1a3b9c04',
    description: 'The tasking it came from',
  })
  @Omittable()
  @Transform(lowerCase)
  @IsUUID()
  taskingId?: string;

  @ApiPropertyOptional({
    example: '7b1f3a52-4c0e-4d8a-9e61-2f5a8c9d0b14',
    description: 'The operation report it came from',
  })
  @Omittable()
  @Transform(lowerCase)
  @IsUUID()
  reportId?: string;

  @ApiPropertyOptional({
    example: 'Survivor asked for housing and legal aid; interpreter needed (Spanish).',
    description: 'Free text without personal data: no name, SSN, date of birth, phone, e-mail or address',
  })
  @Omittable()
  @IsString()
  @Length(0, 2000)
  @NoPersonalData()
  note?: string;
}

export class ReferralStepDto {
  @ApiPropertyOptional({
    example: 'Intake scheduled with the shelter.',
    description: 'Without personal data',
  })
  @Omittable()
  @IsString()
  @Length(0, 2000)
  @NoPersonalData()
  note?: string;
}

export class CloseReferralDto extends ReferralStepDto {
  @ApiProperty({ enum: REFERRAL_OUTCOMES, example: 'services-provided' })
  @IsIn(REFERRAL_OUTCOMES)
  outcome!: ReferralOutcome;
}
