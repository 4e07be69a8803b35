import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DIRECTIVE_PRIORITIES, DirectivePriority } from '@hstf/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { lowerCase } from '../http/uuid-param.pipe';
import { IsAgencyCode, IsInstant, IsStateCode, Omittable } from '../http/validators';

export class AddresseesDto {
  @ApiProperty({ example: ['TX', 'AZ'], description: 'USPS codes of the addressed state task forces' })
  @IsArray()
  @ArrayMaxSize(56)
  @ArrayUnique()
  @IsStateCode({ each: true })
  states!: string[];

  @ApiProperty({ example: ['FBI', 'ICE-HSI'], description: 'Codes of the addressed agencies' })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsAgencyCode({ each: true })
  agencies!: string[];
}

export class IssueDirectiveDto {
  @ApiPropertyOptional({
    example: '3f0a7d52-8a3e-4d53-9d7c-2a1f0a9c1b11',
    description: 'Client-chosen id; generated when absent',
  })
  @Omittable()
  @Transform(lowerCase)
  @IsUUID()
  directiveId?: string;

  @ApiProperty({ example: 'Surge on southbound I-35 smuggling corridors' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty({
    example: 'Coordinate interdiction at the Laredo and San Antonio checkpoints; report daily.',
  })
  @IsString()
  @Length(1, 20000)
  body!: string;

  @ApiProperty({ enum: DIRECTIVE_PRIORITIES, example: 'priority' })
  @IsIn(DIRECTIVE_PRIORITIES)
  priority!: DirectivePriority;

  @ApiProperty({ type: AddresseesDto })
  // ValidateNested alone lets a missing object through.
  @IsObject()
  @ValidateNested()
  @Type(() => AddresseesDto)
  addressees!: AddresseesDto;

  @ApiProperty({ example: 'EO 14159 sec. 3(b)', description: 'Legal authority citation' })
  @IsString()
  @Length(3, 500)
  authority!: string;

  @ApiProperty({ example: '2026-12-01T12:00:00Z' })
  @IsInstant()
  effectiveAt!: string;

  @ApiPropertyOptional({ example: '2027-03-01T00:00:00Z' })
  @Omittable()
  @IsInstant()
  expiresAt?: string;

  @ApiProperty({ example: '2026-12-03T12:00:00Z' })
  @IsInstant()
  acknowledgeBy!: string;
}

export class AddresseeDto {
  @ApiProperty({ enum: ['agency', 'state'], example: 'agency' })
  @IsIn(['agency', 'state'])
  kind!: 'agency' | 'state';

  @ApiProperty({ example: 'FBI', description: 'Agency code, or USPS code for a state task force' })
  @IsString()
  @Length(2, 40)
  code!: string;
}

export class AcknowledgeDirectiveDto {
  @ApiPropertyOptional({ type: AddresseeDto, description: "Defaults to the liaison's own agency" })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => AddresseeDto)
  addressee?: AddresseeDto;

  @ApiPropertyOptional({ example: 'Received; field offices notified.' })
  @Omittable()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class AmendDirectiveDto {
  @ApiPropertyOptional({ example: 'Surge on I-35 and I-10 corridors' })
  @Omittable()
  @IsString()
  @Length(3, 200)
  title?: string;

  @ApiPropertyOptional()
  @Omittable()
  @IsString()
  @Length(1, 20000)
  body?: string;

  @ApiPropertyOptional({ enum: DIRECTIVE_PRIORITIES })
  @Omittable()
  @IsIn(DIRECTIVE_PRIORITIES)
  priority?: DirectivePriority;

  @ApiPropertyOptional({ example: '2026-12-05T12:00:00Z' })
  @Omittable()
  @IsInstant()
  acknowledgeBy?: string;

  @ApiPropertyOptional({ example: '2027-04-01T00:00:00Z' })
  @Omittable()
  @IsInstant()
  expiresAt?: string;

  @ApiPropertyOptional({ type: AddresseesDto, description: 'Addressees to add (none is ever removed)' })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => AddresseesDto)
  addressees?: AddresseesDto;

  @ApiProperty({ example: 'Extend to the I-10 corridor after the El Paso seizure' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}

export class SupersedeDirectiveDto {
  @ApiProperty({ example: '9b2e4c1a-6f3d-4e8a-b5c7-1d2e3f4a5b6c' })
  @Transform(lowerCase)
  @IsUUID()
  supersededBy!: string;

  @ApiProperty({ example: 'Replaced by the consolidated winter directive' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}

export class RescindDirectiveDto {
  @ApiProperty({ example: 'Issued in error' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}
