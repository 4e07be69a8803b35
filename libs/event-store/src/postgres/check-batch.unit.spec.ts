import { randomUUID } from 'node:crypto';
import { checkBatch } from './check-batch';

const event = (id: string = randomUUID()) => ({ id, type: 'DirectiveIssued', data: {}, metadata: {} });

describe('checking a batch before it reaches the database', () => {
  it('accepts 1 to 65,536 events with distinct ids', () => {
    expect(() => checkBatch('directive-1', [event(), event()], 'any')).not.toThrow();
  });

  it('refuses an empty batch and an empty stream id', () => {
    expect(() => checkBatch('directive-1', [], 'any')).toThrow(RangeError);
    expect(() => checkBatch('', [event()], 'any')).toThrow(TypeError);
  });

  it('refuses a negative expected revision', () => {
    expect(() => checkBatch('directive-1', [event()], -1n)).toThrow(RangeError);
  });

  it('refuses a batch that repeats an id, whatever its case', () => {
    const id = randomUUID();
    expect(() => checkBatch('directive-1', [event(id), event(id.toUpperCase())], 'any')).toThrow(
      /repeat an id/,
    );
  });
});
