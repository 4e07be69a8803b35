import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AFFILIATION_KINDS,
  AffiliationKind,
  CASE_NUMBER,
  COURT_ID,
  COURT_OUTCOMES,
  CourtOutcome,
  DRUG_KINDS,
  DrugKind,
  EVIDENCE_BASES,
  EvidenceBasis,
  INCIDENT_REFERENCE,
  MAX_DOCKET_ENTRY,
  MAX_ITEMS_PER_COMMAND,
  SEIZURE_KINDS,
  SeizureKind,
} from '@hstf/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { lowerCase } from '../http/uuid-param.pipe';
import { IsAgencyCode, IsInstant, IsStateCode, Omittable } from '../http/validators';

// The reference formats are the domain's (libs/domain/src/report/references.ts): a malformed one is a 400
// naming the field; one of another state's task force is the decider's 422.
const IsIncident = (each = false) =>
  Matches(INCIDENT_REFERENCE, {
    each,
    message: '$property must be an incident reference such as HSTF-TX-2026-000417',
  });

const finite = { allowNaN: false, allowInfinity: false };

/** A nested object that must be there: ValidateNested alone lets a missing object through. */
const Nested = (type: () => new () => object): PropertyDecorator => {
  const decorators = [IsObject(), ValidateNested(), Type(type)];
  return (target, key) => decorators.forEach((d) => d(target, key));
};

/** A list of nested objects, one to MAX_ITEMS_PER_COMMAND of them. */
const NestedList = (type: () => new () => object): PropertyDecorator => {
  const decorators = [
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_ITEMS_PER_COMMAND),
    ValidateNested({ each: true }),
    Type(type),
  ];
  return (target, key) => decorators.forEach((d) => d(target, key));
};

const Incidents = (): PropertyDecorator => {
  const decorators = [
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_ITEMS_PER_COMMAND),
    ArrayUnique(),
    IsIncident(true),
  ];
  return (target, key) => decorators.forEach((d) => d(target, key));
};

export class ReportPeriodDto {
  @ApiProperty({ example: '2026-02-01T00:00:00Z' })
  @IsInstant()
  from!: string;

  @ApiProperty({ example: '2026-02-28T23:59:59Z', description: 'After `from`' })
  @IsInstant()
  to!: string;
}

export class OpenReportDto {
  @ApiPropertyOptional({
    example: '7b1f3a52-4c0e-4d8a-9e61-2f5a8c9d0b14',
    description: 'Client-chosen id; generated when absent',
  })
  @Omittable()
  @Transform(lowerCase)
  @IsUUID()
  reportId?: string;

  @ApiProperty({ example: 'TX', description: 'USPS code of the task force whose operation it is' })
  @IsStateCode()
  taskForce!: string;

  @ApiProperty({ example: 'Operation Lone Star Sweep' })
  @IsString()
  @Length(1, 200)
  operation!: string;

  @ApiProperty({ type: ReportPeriodDto })
  @Nested(() => ReportPeriodDto)
  period!: ReportPeriodDto;

  @ApiProperty({
    example: ['FBI', 'ICE-HSI'],
    description: 'The member agencies taking part; only they report arrests and seizures on it',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsAgencyCode({ each: true })
  participants!: string[];
}

export class AffiliationDto {
  @ApiProperty({ enum: AFFILIATION_KINDS, example: 'cartel' })
  @IsIn(AFFILIATION_KINDS)
  kind!: AffiliationKind;

  @ApiPropertyOptional({ example: 'Cartel del Noreste', description: "The organisation's name, where known" })
  @Omittable()
  @IsString()
  @Length(1, 200)
  name?: string;
}

export class ArrestDto {
  @ApiProperty({
    example: 'HSTF-TX-2026-000101',
    description: "The task force's incident reference: two agencies reporting the same arrest count it once",
  })
  @IsIncident()
  incident!: string;

  @ApiProperty({ type: AffiliationDto, description: 'The alleged affiliation: an allegation until proved in court' })
  @Nested(() => AffiliationDto)
  affiliation!: AffiliationDto;

  @ApiProperty({ enum: EVIDENCE_BASES, isArray: true, example: ['intelligence', 'communications'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVIDENCE_BASES.length)
  @ArrayUnique()
  @IsIn(EVIDENCE_BASES, { each: true })
  evidence!: EvidenceBasis[];
}

export class ReportArrestsDto {
  @ApiProperty({ example: 'FBI', description: "A participating agency; a liaison reports only its own agency's" })
  @IsAgencyCode()
  reportingAgency!: string;

  @ApiProperty({ type: [ArrestDto] })
  @NestedList(() => ArrestDto)
  arrests!: ArrestDto[];
}

export class SeizureDto {
  @ApiProperty({ example: 'HSTF-TX-2026-000101' })
  @IsIncident()
  incident!: string;

  @ApiProperty({ enum: SEIZURE_KINDS, example: 'drugs' })
  @IsIn(SEIZURE_KINDS)
  kind!: SeizureKind;

  @ApiPropertyOptional({ enum: DRUG_KINDS, example: 'fentanyl', description: 'For drugs only, and then required' })
  @Omittable()
  @IsIn(DRUG_KINDS)
  drug?: DrugKind;

  @ApiProperty({
    example: 2.5,
    description: 'In the kind’s unit: kg of a drug (3 decimals), firearms, USD (2 decimals), vehicles',
  })
  @IsNumber(finite)
  @IsPositive()
  quantity!: number;
}

export class ReportSeizuresDto {
  @ApiProperty({ example: 'FBI' })
  @IsAgencyCode()
  reportingAgency!: string;

  @ApiProperty({ type: [SeizureDto] })
  @NestedList(() => SeizureDto)
  seizures!: SeizureDto[];
}

export class ChargingDocumentDto {
  @ApiProperty({ example: 'txsd', description: 'PACER id of the U.S. district court' })
  @Matches(COURT_ID, { message: '$property must be a PACER district court id such as txsd' })
  court!: string;

  @ApiProperty({ example: '4:26-cr-00123', description: 'Federal case number as PACER writes it' })
  @Matches(CASE_NUMBER, { message: '$property must be a federal case number such as 4:26-cr-00123' })
  caseNumber!: string;
}

export class DocketReferenceDto extends ChargingDocumentDto {
  @ApiProperty({ example: 57, description: 'The entry number on the case docket' })
  @IsInt()
  @Min(1)
  @Max(MAX_DOCKET_ENTRY)
  entry!: number;
}

export class ChargeArrestsDto {
  @ApiProperty({ example: ['HSTF-TX-2026-000101'], description: 'Reported arrests the document charges' })
  @Incidents()
  incidents!: string[];

  @ApiProperty({ type: ChargingDocumentDto })
  @Nested(() => ChargingDocumentDto)
  charging!: ChargingDocumentDto;
}

export class VerifyArrestsInCourtDto {
  @ApiProperty({ example: ['HSTF-TX-2026-000101'], description: 'Charged arrests the docket shows' })
  @Incidents()
  incidents!: string[];

  @ApiProperty({ type: DocketReferenceDto })
  @Nested(() => DocketReferenceDto)
  docket!: DocketReferenceDto;

  @ApiProperty({ enum: COURT_OUTCOMES, example: 'indicted' })
  @IsIn(COURT_OUTCOMES)
  outcome!: CourtOutcome;
}

export class ProveAffiliationDto {
  @ApiProperty({ example: ['HSTF-TX-2026-000101'] })
  @Incidents()
  incidents!: string[];

  @ApiProperty({ type: DocketReferenceDto })
  @Nested(() => DocketReferenceDto)
  docket!: DocketReferenceDto;

  @ApiProperty({ example: 'Jury special verdict: member of the enterprise (count 1)' })
  @IsString()
  @Length(1, 500)
  finding!: string;
}

export class AddedArrestDto extends ArrestDto {
  @ApiProperty({ example: 'ICE-HSI', description: 'The participating agency that made the arrest' })
  @IsAgencyCode()
  reportedBy!: string;
}

export class CorrectedAffiliationDto {
  @ApiProperty({ example: 'HSTF-TX-2026-000101' })
  @IsIncident()
  incident!: string;

  @ApiProperty({ type: AffiliationDto })
  @Nested(() => AffiliationDto)
  affiliation!: AffiliationDto;
}

export class SeizureKeyDto {
  @ApiProperty({ example: 'HSTF-TX-2026-000101' })
  @IsIncident()
  incident!: string;

  @ApiProperty({ enum: SEIZURE_KINDS, example: 'firearms' })
  @IsIn(SEIZURE_KINDS)
  kind!: SeizureKind;

  @ApiPropertyOptional({ enum: DRUG_KINDS })
  @Omittable()
  @IsIn(DRUG_KINDS)
  drug?: DrugKind;
}

/** Only what changes; at least one of them. */
export class ReportChangesDto {
  @ApiPropertyOptional({ type: [AddedArrestDto], description: 'Arrests the report lacked' })
  @Omittable()
  @NestedList(() => AddedArrestDto)
  addArrests?: AddedArrestDto[];

  @ApiPropertyOptional({ example: ['HSTF-TX-2026-000102'], description: 'Arrests reported in error (not charged ones)' })
  @Omittable()
  @Incidents()
  withdrawArrests?: string[];

  @ApiPropertyOptional({ type: [CorrectedAffiliationDto] })
  @Omittable()
  @NestedList(() => CorrectedAffiliationDto)
  correctAffiliations?: CorrectedAffiliationDto[];

  @ApiPropertyOptional({ type: [SeizureKeyDto] })
  @Omittable()
  @NestedList(() => SeizureKeyDto)
  withdrawSeizures?: SeizureKeyDto[];
}

export class ReviseReportDto {
  @ApiProperty({ example: 'Reconciled with the indictment in txsd 4:26-cr-00123.' })
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiProperty({ type: ReportChangesDto, example: { withdrawArrests: ['HSTF-TX-2026-000102'] } })
  @Nested(() => ReportChangesDto)
  changes!: ReportChangesDto;
}
