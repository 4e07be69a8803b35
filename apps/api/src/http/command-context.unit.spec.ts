import type { Actor } from '@hstf/auth';
import { buildCommandContext, parseIfMatch } from './command-context.decorator';
import { ProblemError } from './problem';

const operator: Actor = { sub: 'op-1', roles: ['operator'], states: [] };
const body = { title: 'Surge', addressees: { states: ['TX'], agencies: [] } };

describe('command context of a request', () => {
  it('derives the same command id from the same Idempotency-Key and actor', () => {
    const a = buildCommandContext(
      operator,
      { 'idempotency-key': 'key-00000001' },
      'POST',
      '/directives',
      body,
    );
    const b = buildCommandContext(
      operator,
      { 'idempotency-key': 'key-00000001' },
      'POST',
      '/directives',
      body,
    );
    expect(a.commandId).toBe(b.commandId);
    expect(a.requestHash).toBe(b.requestHash);
  });

  it('scopes the key to the actor: another subject with the same key is another command', () => {
    const a = buildCommandContext(
      operator,
      { 'idempotency-key': 'key-00000001' },
      'POST',
      '/directives',
      body,
    );
    const b = buildCommandContext(
      { ...operator, sub: 'op-2' },
      { 'idempotency-key': 'key-00000001' },
      'POST',
      '/directives',
      body,
    );
    expect(a.commandId).not.toBe(b.commandId);
  });

  it('hashes the canonical body, so key order does not matter but content does', () => {
    const hash = (b: unknown) =>
      buildCommandContext(operator, { 'idempotency-key': 'key-00000001' }, 'POST', '/x', b).requestHash;
    expect(hash({ a: 1, b: 2 })).toBe(hash({ b: 2, a: 1 }));
    expect(hash({ a: 1, b: 2 })).not.toBe(hash({ a: 1, b: 3 }));
  });

  it('gives a fresh command id without a key', () => {
    const a = buildCommandContext(operator, {}, 'POST', '/directives', body);
    const b = buildCommandContext(operator, {}, 'POST', '/directives', body);
    expect(a.commandId).not.toBe(b.commandId);
    expect(a.requestHash).toBeUndefined();
  });

  it('keeps the client’s X-Correlation-Id as its request id, and reads no causation from the client', () => {
    const sent = {
      'x-correlation-id': 'client-req-42',
      'x-causation-id': '5f0c8a52-7d1e-4c3b-9a6f-2e8d7c6b5a40',
    };
    const context = buildCommandContext(operator, sent, 'POST', '/directives', body);
    expect(context.clientRequestId).toBe('client-req-42');
    expect(context).not.toHaveProperty('provenance');
    expect(JSON.stringify(context)).not.toContain('5f0c8a52');
  });

  it('refuses a malformed key, correlation id or If-Match with a 400 naming the header', () => {
    const field = (headers: Record<string, string>) => {
      try {
        buildCommandContext(operator, headers, 'POST', '/x', body);
        return undefined;
      } catch (error) {
        return (error as ProblemError).problem.errors?.[0]?.field;
      }
    };
    expect(field({ 'idempotency-key': 'short' })).toBe('Idempotency-Key');
    expect(field({ 'x-correlation-id': 'has space' })).toBe('X-Correlation-Id');
    expect(field({ 'x-correlation-id': 'x'.repeat(101) })).toBe('X-Correlation-Id');
    expect(field({ 'x-correlation-id': 'bell\u0007' })).toBe('X-Correlation-Id');
    expect(field({ 'if-match': 'yesterday' })).toBe('If-Match');
  });

  it('reads If-Match as sent in ETag, weak or strong', () => {
    expect(parseIfMatch('"3"')).toBe(3n);
    expect(parseIfMatch('W/"12"')).toBe(12n);
    expect(parseIfMatch('7')).toBe(7n);
    expect(parseIfMatch(undefined)).toBeUndefined();
  });
});
