import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { AGENCY_CODE } from '@hstf/domain';
import { badRequest } from '../http/problem';

/** An agency code in the path, refused with the same 400 a body field gets, naming the parameter. */
@Injectable()
export class AgencyCodePipe implements PipeTransform<string, string> {
  transform(value: string, { data }: ArgumentMetadata): string {
    if (AGENCY_CODE.test(value)) return value;
    const field = data ?? 'code';
    throw badRequest([{ field, reason: `${field} must be an agency code such as FBI, ICE-HSI or TX-DPS` }]);
  }
}
