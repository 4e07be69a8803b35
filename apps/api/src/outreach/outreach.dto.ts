import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIENCES,
  Audience,
  MAX_ATTENDANCE,
  MAX_OUTREACH_ITEMS_PER_COMMAND,
  MAX_OUTREACH_TEXT,
  MAX_PARTNERS,
  MAX_POSTERS,
  MAX_SCANS,
  PLACEMENT_KINDS,
  PlacementKind,
  SEMINAR_FORMATS,
  SeminarFormat,
  TIP_CHANNELS,
  TIP_CLOSURE_REASONS,
  TIP_PRIORITIES,
  TipChannel,
  TipClosureReason,
  TipPriority,
} from '@hstf/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  isUUID,
  IsUUID,
  Length,
  Max,
  Min,
  registerDecorator,
  ValidateNested,
} from 'class-validator';
import { IsReference, NoPersonalData } from '../http/personal-data';
import { lowerCase } from '../http/uuid-param.pipe';
import { IsAgencyCode, IsInstant, IsStateCode, Omittable } from '../http/validators';

// Outreach is coordinated by reference only: every reference goes through @IsReference and every free
// text through @NoPersonalData (apps/api/src/http/personal-data.ts), a 400 naming the field.

const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of decorators) decorate(target, key);
  };

/** A nested object that must be there (ValidateNested alone lets a missing one through). */
const Nested = (type: () => new () => object) => all(IsObject(), ValidateNested(), Type(type));

/** One to MAX_OUTREACH_ITEMS_PER_COMMAND nested objects. */
const Items = (type: () => new () => object) =>
  all(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_OUTREACH_ITEMS_PER_COMMAND),
    ValidateNested({ each: true }),
    Type(type),
  );

const Count = (min: number, max: number) => all(IsInt(), Min(min), Max(max));

const Reference = () => all(IsString(), Length(1, 80), IsReference());

const FreeText = (max: number) => all(IsString(), Length(1, max), NoPersonalData());

/** An optional outreach id chosen by the client; one is derived from the command id when absent. */
class OutreachIdDto {
  @ApiPropertyOptional({
    example: '3c0a8f4e-2b61-4d7a-9c15-5e8b7f2d1a90',
    description: 'Client-chosen id; generated when absent',
  })
  @Omittable()
  @Transform(lowerCase)
  @IsUUID()
  outreachId?: string;
}

export class AttendanceDto {
  @ApiProperty({ example: 240, description: `Whole number from 0 to ${MAX_ATTENDANCE}` })
  @Count(0, MAX_ATTENDANCE)
  attendees!: number;

  @ApiProperty({
    example: 18,
    description:
      'The front-line personnel (teachers, counsellors, crews) among the attendees: at most that many',
  })
  @Count(0, MAX_ATTENDANCE)
  frontLineStaff!: number;
}

export class HoldSeminarDto extends OutreachIdDto {
  @ApiProperty({ example: 'TX', description: 'USPS code of the task force it was held for' })
  @IsStateCode()
  taskForce!: string;

  @ApiProperty({ enum: SEMINAR_FORMATS, example: 'seminar' })
  @IsIn(SEMINAR_FORMATS)
  format!: SeminarFormat;

  @ApiProperty({ enum: AUDIENCES, example: 'high-schools' })
  @IsIn(AUDIENCES)
  audience!: Audience;

  @ApiProperty({
    example: 'TX-HS-101912',
    description: "The venue's reference (a school's or campus's code), never an address",
  })
  @Reference()
  venue!: string;

  @ApiProperty({ example: '2026-03-09T15:00:00Z', description: 'When it was held: not in the future' })
  @IsInstant()
  heldAt!: string;

  @ApiProperty({ type: AttendanceDto })
  @Nested(() => AttendanceDto)
  attendance!: AttendanceDto;
}

export class CorrectAttendanceDto {
  @ApiProperty({ type: AttendanceDto })
  @Nested(() => AttendanceDto)
  attendance!: AttendanceDto;

  @ApiProperty({ example: 'Sign-in sheets tallied after the seminar.' })
  @FreeText(MAX_OUTREACH_TEXT)
  reason!: string;
}

export class LaunchCampaignDto extends OutreachIdDto {
  @ApiProperty({ example: 'TX', description: 'USPS code of the task force whose campaign it is' })
  @IsStateCode()
  taskForce!: string;

  @ApiProperty({ example: 'I-45 corridor: QR posters at stations and on trains' })
  @FreeText(200)
  name!: string;

  @ApiProperty({
    example: ['AMTRAK-PD', 'FAMS'],
    description: 'The partner agencies that place and count the posters; CCHT takes part in every campaign',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PARTNERS)
  @ArrayUnique()
  @IsAgencyCode({ each: true })
  partners!: string[];
}

export class PlacementRefDto {
  @ApiProperty({ enum: PLACEMENT_KINDS, example: 'train' })
  @IsIn(PLACEMENT_KINDS)
  placement!: PlacementKind;

  @ApiProperty({ example: 'AMTRAK-TRAIN-421', description: "The station's or the train's reference" })
  @Reference()
  reference!: string;
}

export class PosterCountDto extends PlacementRefDto {
  @ApiProperty({ example: 40, description: `Whole number from 1 to ${MAX_POSTERS}` })
  @Count(1, MAX_POSTERS)
  posters!: number;
}

export class PlacePostersDto {
  @ApiProperty({
    example: 'AMTRAK-PD',
    description: "A partner of the campaign or CCHT; a liaison records only its own agency's",
  })
  @IsAgencyCode()
  agency!: string;

  @ApiProperty({ type: [PosterCountDto] })
  @Items(() => PosterCountDto)
  placements!: PosterCountDto[];
}

export class RemovePostersDto {
  @ApiProperty({ example: 'AMTRAK-PD', description: 'A partner of the campaign or CCHT' })
  @IsAgencyCode()
  agency!: string;

  @ApiProperty({ type: [PosterCountDto], description: 'Never more posters than hang at the placement' })
  @Items(() => PosterCountDto)
  removals!: PosterCountDto[];
}

export class CountPeriodDto {
  @ApiProperty({ example: '2026-03-02T00:00:00Z', description: 'Not before the campaign was launched' })
  @IsInstant()
  from!: string;

  @ApiProperty({
    example: '2026-03-09T00:00:00Z',
    description: 'After `from`, not in the future; the next count at a placement starts here or later',
  })
  @IsInstant()
  to!: string;
}

export class ScanCountDto extends PlacementRefDto {
  @ApiProperty({ example: 31, description: `Whole number from 0 to ${MAX_SCANS}` })
  @Count(0, MAX_SCANS)
  scans!: number;
}

export class RecordScansDto {
  @ApiProperty({ example: 'AMTRAK-PD', description: 'A partner of the campaign or CCHT' })
  @IsAgencyCode()
  agency!: string;

  @ApiProperty({ type: CountPeriodDto })
  @Nested(() => CountPeriodDto)
  period!: CountPeriodDto;

  @ApiProperty({ type: [ScanCountDto], description: 'Per placement where posters hang' })
  @Items(() => ScanCountDto)
  scans!: ScanCountDto[];
}

export class ReceiveTipDto {
  @ApiProperty({
    example: 'TIP-TX-2026-000123',
    description: "The tip line's reference of the tip, never the tipster's or a victim's name",
  })
  @Reference()
  tip!: string;

  @ApiProperty({ enum: TIP_CHANNELS, example: 'qr-poster' })
  @IsIn(TIP_CHANNELS)
  channel!: TipChannel;

  @ApiProperty({ example: '2026-03-08T21:30:00Z', description: 'Not before the launch, not in the future' })
  @IsInstant()
  receivedAt!: string;

  @ApiPropertyOptional({
    type: PlacementRefDto,
    description: 'For a tip through a QR poster: the placement of the poster, one of the campaign’s',
  })
  @Omittable()
  @Nested(() => PlacementRefDto)
  poster?: PlacementRefDto;
}

export class TriageTipDto {
  @ApiProperty({ enum: TIP_PRIORITIES, example: 'urgent' })
  @IsIn(TIP_PRIORITIES)
  priority!: TipPriority;

  @ApiPropertyOptional({ example: 'Possible labor trafficking at a truck stop on I-45.' })
  @Omittable()
  @FreeText(MAX_OUTREACH_TEXT)
  note?: string;
}

/** Exactly one of the two ids, said on `taskingId`: neither, or both, is a 400. */
function ExactlyOneTarget(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'exactlyOneTarget',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'exactly one of taskingId and reportId must be given' },
      validator: {
        validate: (_value: unknown, args) => {
          const body = args?.object as { taskingId?: unknown; reportId?: unknown };
          return (body.taskingId === undefined) !== (body.reportId === undefined);
        },
      },
    });
}

/** A UUID that may be left out (not sent as null): Omittable would skip the rule above too. */
function IsOptionalUuid(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isOptionalUuid',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a UUID' },
      validator: {
        validate: (value: unknown) => value === undefined || (typeof value === 'string' && isUUID(value)),
      },
    });
}

export class LinkTipDto {
  @ApiPropertyOptional({
    example: '5f7e1c2a-8b4d-4e69-a0f3-1d2c3b4a5e6f',
    description: "The tasking the tip led to: one of the campaign's task force, not cancelled",
  })
  @ExactlyOneTarget()
  @Transform(lowerCase)
  @IsOptionalUuid()
  taskingId?: string;

  @ApiPropertyOptional({
    example: '7b1f3a52-4c0e-4d8a-9e61-2f5a8c9d0b14',
    description: "Or the operation report it fed: one of the campaign's task force",
  })
  @Transform(lowerCase)
  @IsOptionalUuid()
  reportId?: string;
}

export class CloseTipDto {
  @ApiProperty({ enum: TIP_CLOSURE_REASONS, example: 'duplicate' })
  @IsIn(TIP_CLOSURE_REASONS)
  reason!: TipClosureReason;

  @ApiPropertyOptional({ example: 'Same sighting as TIP-TX-2026-000120.' })
  @Omittable()
  @FreeText(MAX_OUTREACH_TEXT)
  note?: string;
}
