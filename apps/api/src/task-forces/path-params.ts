import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { CO_LEAD_DEPARTMENTS, CoLeadDepartment, isStateCode, StateCode } from '@hstf/domain';
import { badRequest } from '../http/problem';

/** The task force's id in the path: a USPS code, refused as a 400 naming the parameter like a body field. */
@Injectable()
export class StateCodePipe implements PipeTransform<string, StateCode> {
  transform(value: string, { data }: ArgumentMetadata): StateCode {
    if (isStateCode(value)) return value;
    const field = data ?? 'state';
    throw badRequest([{ field, reason: `${field} must be a USPS state or territory code such as TX` }]);
  }
}

@Injectable()
export class CoLeadDepartmentPipe implements PipeTransform<string, CoLeadDepartment> {
  transform(value: string, { data }: ArgumentMetadata): CoLeadDepartment {
    const department = CO_LEAD_DEPARTMENTS.find((d) => d === value);
    if (department) return department;
    const field = data ?? 'department';
    throw badRequest([{ field, reason: `${field} must be one of ${CO_LEAD_DEPARTMENTS.join(', ')}` }]);
  }
}
