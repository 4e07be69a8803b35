import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGISTRABLE_AGENCY_KINDS, RegistrableAgencyKind } from '@hstf/domain';
import { IsIn, IsString, Length } from 'class-validator';
import { IsAgencyCode, IsStateCode } from '../http/validators';

export class RegisterAgencyDto {
  @ApiProperty({ example: 'TX-DPS', description: "Prefixed by the USPS code of the agency's state" })
  @IsAgencyCode()
  code!: string;

  @ApiProperty({ example: 'Texas Department of Public Safety' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({
    enum: REGISTRABLE_AGENCY_KINDS,
    example: 'state',
    description: 'Federal agencies ship in the catalog',
  })
  @IsIn(REGISTRABLE_AGENCY_KINDS)
  kind!: RegistrableAgencyKind;

  @ApiProperty({ example: 'TX', description: 'USPS code of the state the agency serves' })
  @IsStateCode()
  state!: string;
}

export class RenameAgencyDto {
  @ApiProperty({ example: 'Texas DPS' })
  @IsString()
  @Length(2, 200)
  name!: string;
}

/** One agency of the catalog, federal (shipped with the product) or registered at run time. */
export class AgencyEntry {
  @ApiProperty({ example: 'TX-DPS' })
  code!: string;
  @ApiProperty({ example: 'Texas Department of Public Safety' })
  name!: string;
  @ApiProperty({ example: 'STATE', enum: ['DOJ', 'DHS', 'DOL', 'STATE', 'LOCAL', 'OTHER'] })
  department!: string;
  @ApiProperty({ example: 'state', enum: ['federal', 'federal-entity', 'state', 'local', 'ngo'] })
  kind!: string;
  @ApiPropertyOptional({ example: 'TX', description: 'State and local agencies only' })
  state?: string;
  @ApiPropertyOptional({ example: 'TSA', description: 'The component this one belongs to' })
  parent?: string;
  @ApiProperty({ example: 'registered', enum: ['federal-catalog', 'registered'] })
  origin!: 'federal-catalog' | 'registered';
  @ApiPropertyOptional({
    example: '0',
    description: 'Revision of its stream (registered agencies only; also in ETag)',
  })
  revision?: string;
}

export class AgencyList {
  @ApiProperty({ type: [AgencyEntry] })
  agencies!: AgencyEntry[];
}
