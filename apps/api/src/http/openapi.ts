import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { CommandAnswer } from './command-answer';

const problem = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    content: { 'application/problem+json': { example: PROBLEM_EXAMPLES[status] } },
  });

const PROBLEM_EXAMPLES: Record<number, object> = {
  400: {
    type: 'https://hstf.example/problems/invalid-request',
    title: 'Invalid request',
    status: 400,
    detail: 'The request is not valid.',
    errors: [
      {
        field: 'acknowledgeBy',
        reason: 'acknowledgeBy must be an ISO-8601 instant with a time zone, e.g. 2026-12-01T15:00:00Z',
      },
    ],
  },
  401: {
    type: 'https://hstf.example/problems/unauthorized',
    title: 'Unauthorized',
    status: 401,
    detail: 'The token has expired.',
  },
  403: {
    type: 'https://hstf.example/problems/forbidden',
    title: 'Forbidden',
    status: 403,
    detail: 'A liaison acts only for its own agency.',
  },
  404: {
    type: 'https://hstf.example/problems/not-found',
    title: 'Not found',
    status: 404,
    detail: 'No directive with id 3f0a7d52-...',
  },
  409: {
    type: 'https://hstf.example/problems/revision-conflict',
    title: 'Revision conflict',
    status: 409,
    currentRevision: '4',
  },
  413: { type: 'https://hstf.example/problems/payload-too-large', title: 'Payload too large', status: 413 },
  415: {
    type: 'https://hstf.example/problems/unsupported-media-type',
    title: 'Unsupported media type',
    status: 415,
  },
  422: {
    type: 'https://hstf.example/problems/directive-already-acknowledged',
    title: 'Refused by a rule of the domain',
    status: 422,
    code: 'DIRECTIVE_ALREADY_ACKNOWLEDGED',
    detail: 'Agency FBI already acknowledged revision 1 of directive 3f0a7d52-....',
  },
};

/** The answers every command endpoint documents: its success and each problem it can answer. */
export const CommandResponses = (success: 200 | 201) =>
  applyDecorators(
    ApiResponse({
      status: success,
      type: CommandAnswer,
      description: 'Accepted: ETag = new revision, X-Global-Position',
    }),
    problem(400, 'Malformed body: every field and its reason'),
    problem(401, 'Missing or invalid bearer token'),
    problem(403, 'The role or agency may not send this command'),
    problem(404, 'No such aggregate'),
    problem(409, 'If-Match does not match the current revision'),
    problem(413, 'Body larger than the limit'),
    problem(415, 'Body is not application/json'),
    problem(422, 'Refused by a rule of the domain, or Idempotency-Key reused with another body'),
  );
