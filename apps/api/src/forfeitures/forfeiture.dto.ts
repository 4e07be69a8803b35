import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASSET_KINDS, AssetKind, COURT_ID, MAX_ASSETS, usdAmountProblem } from '@hstf/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  Length,
  Matches,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { IsReference, NoPersonalData } from '../http/personal-data';
import { lowerCase } from '../http/uuid-param.pipe';
import { IsAgencyCode, IsStateCode, Omittable } from '../http/validators';

// No victim's personal data ever: every reference is checked by @IsReference (a record's reference, never
// a person's name) and every free text by @NoPersonalData, both a 400 naming the field.

/**
 * Dollars and cents, by the domain's own rule (positive, at most two decimals and MAX_AMOUNT_USD), as a
 * 400 naming the field. Not class-validator's maxDecimalPlaces, which throws on a number it writes in
 * exponent form (1e-7).
 */
const Usd =
  (options?: ValidationOptions): PropertyDecorator =>
  (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isUsd',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} ${typeof args.value === 'number' ? (usdAmountProblem(args.value) ?? 'must be dollars') : 'must be a number of dollars'}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'number' && usdAmountProblem(value) === undefined,
      },
    });

export class SeizedAssetDto {
  @ApiProperty({ enum: ASSET_KINDS, example: 'financial-account' })
  @IsIn(ASSET_KINDS)
  kind!: AssetKind;

  @ApiProperty({ example: 1250000.5, description: 'Its value in U.S. dollars, at most 2 decimals' })
  @Usd()
  value!: number;

  @ApiPropertyOptional({
    example: 'Funds in a business account',
    description: "What it is, in a line; never a person's name, address or other personal data",
  })
  @Omittable()
  @IsString()
  @Length(1, 200)
  @NoPersonalData()
  description?: string;
}

export class OpenForfeitureDto {
  @ApiPropertyOptional({
    example: '5d2e8f14-7a3b-4c6d-9e1f-0a2b3c4d5e6f',
    description: 'Client-chosen id; generated when absent',
  })
  @Omittable()
  @Transform(lowerCase)
  @IsUUID()
  forfeitureId?: string;

  @ApiProperty({
    example: 'CR-18-00422-PHX-DJH',
    description: "The case as the court's docket writes it, upper case",
  })
  @IsReference()
  caseReference!: string;

  @ApiProperty({ example: 'azd', description: 'PACER id of the U.S. district court' })
  @Matches(COURT_ID, { message: '$property must be a PACER district court id such as azd' })
  court!: string;

  @ApiProperty({ example: 'AZ', description: 'USPS code of the task force whose case it is' })
  @IsStateCode()
  taskForce!: string;

  @ApiProperty({
    example: 'FBI',
    description: "A member agency of the task force; a liaison opens only its own agency's seizure",
  })
  @IsAgencyCode()
  seizingAgency!: string;

  @ApiProperty({ type: [SeizedAssetDto], description: 'What was seized: the amount seized is their sum' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ASSETS)
  @ValidateNested({ each: true })
  @Type(() => SeizedAssetDto)
  assets!: SeizedAssetDto[];
}

export class RecordForfeitureOrderDto {
  @ApiProperty({ example: 'ECF-2044', description: "The court order's reference on the docket" })
  @IsReference()
  orderReference!: string;

  @ApiProperty({
    example: 1800000,
    description: 'What the order forfeits, in dollars: at most what was seized',
  })
  @Usd()
  amountForfeited!: number;
}

export class PlaceInRemissionPoolDto {
  @ApiProperty({
    example: 'AFF-2026-000731',
    description: "The transfer's reference; names one placement once",
  })
  @IsReference()
  placementReference!: string;

  @ApiProperty({
    example: 1000000,
    description: 'Dollars placed in the remission pool: in all, at most what was forfeited',
  })
  @Usd()
  amount!: number;
}

export class FileRemissionPetitionDto {
  @ApiProperty({
    example: 'REM-BP-2026-000123',
    description: "The remission administrator's reference of the petition: never the petitioner's name",
  })
  @IsReference()
  petitionReference!: string;

  @ApiPropertyOptional({
    example: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
    description: 'The id of the referral (`referral-<uuid>`) that sent the survivor, when one did',
  })
  @Omittable()
  @Transform(lowerCase)
  @IsUUID()
  referralId?: string;
}

/** Taking a petition under review says nothing more than that. */
export class ReviewRemissionPetitionDto {}

export class GrantRemissionPetitionDto {
  @ApiProperty({ example: 25000, description: 'Dollars granted: all grants, at most what is in the pool' })
  @Usd()
  amount!: number;
}

export class DenyRemissionPetitionDto {
  @ApiProperty({
    example: 'The loss claimed is not shown to result from the offense.',
    description: 'Why the petition is denied; no personal data',
  })
  @IsString()
  @Length(1, 1000)
  @NoPersonalData()
  reason!: string;
}

export class PayRemissionPetitionDto {
  @ApiProperty({
    example: 'TREAS-2026-004417',
    description: "The payment's reference; the amount is the grant's",
  })
  @IsReference()
  paymentReference!: string;
}
