import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * Commands are JSON. Fastify would parse text/plain into a string and the DTO check would answer 400; a body
 * of another media type is a 415, said before anything reads it.
 */
export function jsonOnly(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  const encoding = request.headers['content-encoding'];
  // Bodies are read as sent; a compressed one would be parsed as garbage, so it is refused by name.
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    return void refuse(
      reply,
      request.url,
      `Send the body uncompressed; Content-Encoding ${encoding} is not accepted.`,
    );
  }
  const hasBody =
    Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  const type = request.headers['content-type'];
  if (!WITH_BODY.has(request.method) || !hasBody || (type !== undefined && JSON_TYPE.test(type)))
    return done();
  void refuse(
    reply,
    request.url,
    `Send the body as application/json, not ${type ?? 'without a Content-Type'}.`,
  );
}

function refuse(reply: FastifyReply, instance: string, detail: string): FastifyReply {
  return reply
    .status(415)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send({
      type: problemType('unsupported-media-type'),
      title: 'Unsupported media type',
      status: 415,
      detail,
      instance,
    });
}
