import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, registerDecorator } from 'class-validator';
import { ACCESS_RECORD_TYPES, asOfTime, atPosition, Cut } from '@hstf/audit';
import { int64Of } from '../http/integers';
import { badRequest } from '../http/problem';
import { IsInstant, IsInt64 } from '../http/validators';

const COUNT = /^[1-9]\d{0,5}$/;

/** `asOf` or `atPosition`, not both; neither means now. */
export class CutQuery {
  @ApiPropertyOptional({
    example: '2026-03-01T12:00:00Z',
    description: 'the log as recorded up to this time',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;

  @ApiPropertyOptional({ example: '4815162342', description: 'the log up to this global position' })
  @IsOptional()
  @IsInt64(-1n, { message: 'atPosition must be a global position (a whole number up to 2^63 - 1)' })
  atPosition?: string;
}

export function cutOf(query: CutQuery, skewMs: number): Cut | undefined {
  if (query.asOf !== undefined && query.atPosition !== undefined) {
    throw badRequest([{ field: 'atPosition', reason: 'give asOf or atPosition, not both' }]);
  }
  if (query.atPosition !== undefined) return atPosition(BigInt(query.atPosition));
  if (query.asOf !== undefined) return asOfTime(new Date(query.asOf), skewMs);
  return undefined;
}

export class HistoryQuery {
  @ApiPropertyOptional({ example: '0', description: 'first stream revision of the page' })
  @IsOptional()
  @IsInt64(0n, { message: 'fromRevision must be a stream revision (0 to 2^63 - 1)' })
  fromRevision?: string;

  @ApiPropertyOptional({ example: '100', description: 'events per page, at most 1000' })
  @IsOptional()
  @Matches(COUNT, { message: 'limit must be a positive integer' })
  limit?: string;
}

export class TrailQuery {
  @ApiPropertyOptional({ example: '1000', description: 'most events to return, at most 10000' })
  @IsOptional()
  @Matches(COUNT, { message: 'limit must be a positive integer' })
  limit?: string;
}

export class VerifyQuery {
  @ApiPropertyOptional({ example: 'directive-3f0a7d52-8a3e-4d53-9d7c-2a1f0a9c1b11' })
  @IsOptional()
  @Matches(/^[\w.:@-]{1,200}$/, { message: 'stream must be a stream id' })
  stream?: string;
}

export class AccessParams {
  @ApiPropertyOptional({ example: '2026-03-01T00:00:00Z', description: 'default: 24 hours before `to`' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-02T00:00:00Z', description: 'exclusive; default: now' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ example: 'liaison.fbi@hstf.local', description: 'the user identity' })
  @IsOptional()
  @Matches(/^.{1,200}$/, { message: 'subject must be 1 to 200 characters' })
  subject?: string;

  @ApiPropertyOptional({ enum: ACCESS_RECORD_TYPES })
  @IsOptional()
  @IsIn(ACCESS_RECORD_TYPES)
  type?: string;

  @ApiPropertyOptional({ enum: ['success', 'failure'] })
  @IsOptional()
  @IsIn(['success', 'failure'])
  outcome?: string;

  @ApiPropertyOptional({ example: '500', description: 'records per page, at most 5000' })
  @IsOptional()
  @Matches(COUNT, { message: 'limit must be a positive integer' })
  limit?: string;

  @ApiPropertyOptional({ description: 'the `next` of the previous page' })
  @IsOptional()
  @IsAccessCursor()
  cursor?: string;
}

/** A count from the query within 1..max; `fallback` when absent. */
export function countOf(value: string | undefined, field: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const count = Number(value);
  if (count > max) throw badRequest([{ field, reason: `${field} must be at most ${max}` }]);
  return count;
}

/** `access-<yyyy-mm-dd>:<revision>`, as a page's `next` names it, with a revision a bigint can hold. */
function IsAccessCursor(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isAccessCursor',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'cursor must be the next of a previous page' },
      validator: {
        validate: (value: unknown) => {
          const match =
            typeof value === 'string' ? /^access-\d{4}-\d{2}-\d{2}:(\d{1,19})$/.exec(value) : null;
          return match !== null && int64Of(match[1], 0n) !== undefined;
        },
      },
    });
}
