import type { FastifyInstance } from 'fastify';
import { checkJsonBody } from './json-limits';
import { badRequest } from './problem';

/**
 * Parses JSON bodies so that a malformed one is a 400 naming the `body` field with the parser's reason,
 * like every other invalid input, instead of Fastify's bare error; then holds them to json-limits.ts
 * before any validation sees them.
 */
export function useJsonBodyParser(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser(['application/json']);
  fastify.addContentTypeParser(
    /^application\/([\w.-]+\+)?json/i,
    { parseAs: 'string' },
    (_request, body, done) => {
      const text = String(body);
      if (text.trim() === '') return done(null, undefined);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return done(
          badRequest([{ field: 'body', reason: `is not valid JSON: ${(error as Error).message}` }]),
          undefined,
        );
      }
      const checked = checkJsonBody(parsed);
      if (!checked.ok) return done(badRequest(checked.errors), undefined);
      done(null, checked.value);
    },
  );
}
