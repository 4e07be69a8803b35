import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { badRequest, domainRefusal } from './problem';
import { toProblem } from './problem.filter';
import { flatten } from './validation.pipe';

describe('problem details', () => {
  it('keeps a ProblemError as it is', () => {
    const problem = toProblem(domainRefusal('DIRECTIVE_EXPIRED', 'Directive d-1 expired on 2026-12-01.'));
    expect(problem).toMatchObject({
      status: 422,
      code: 'DIRECTIVE_EXPIRED',
      type: expect.stringContaining('directive-expired'),
    });
  });

  it('maps Nest and Fastify errors below 500 to their status with a title', () => {
    expect(toProblem(new NotFoundException('Cannot GET /nowhere'))).toMatchObject({
      status: 404,
      title: 'Not found',
    });
    expect(toProblem(new BadRequestException('Unexpected token'))).toMatchObject({
      status: 400,
      detail: 'Unexpected token',
    });
    expect(toProblem({ statusCode: 413, message: 'Request body is too large' })).toMatchObject({
      status: 413,
      title: 'Payload too large',
    });
    expect(toProblem({ statusCode: 415, message: 'Unsupported Media Type' })).toMatchObject({ status: 415 });
  });

  it('hides the details of an internal error', () => {
    expect(toProblem(new Error('connection string postgres://secret'))).toEqual({
      type: expect.stringContaining('internal-error'),
      title: 'Internal error',
      status: 500,
      detail: 'An unexpected error occurred.',
    });
    expect(toProblem(new HttpException('upstream', 502)).status).toBe(500);
  });

  it('lists every field of a failed validation with a dotted path', () => {
    const child = Object.assign(new ValidationError(), {
      property: '0',
      constraints: { isStateCode: 'states must be a USPS code' },
    });
    const states = Object.assign(new ValidationError(), { property: 'states', children: [child] });
    const addressees = Object.assign(new ValidationError(), { property: 'addressees', children: [states] });
    const unknown = Object.assign(new ValidationError(), {
      property: 'bogus',
      constraints: { whitelistValidation: 'property bogus should not exist' },
    });
    expect(flatten([addressees, unknown])).toEqual([
      { field: 'addressees.states.0', reason: 'states must be a USPS code' },
      { field: 'bogus', reason: 'bogus is not a known field' },
    ]);
    expect(badRequest(flatten([unknown])).problem.status).toBe(400);
  });
});
