import { OutgoingMessage } from '../port';
import { sendChunks } from './send-chunks';

const message = (topic: string, n: number, bytes: number): OutgoingMessage => ({
  topic,
  key: `stream-${n}`,
  value: 'x'.repeat(bytes),
  headers: { id: `e${n}` },
});

describe('cutting a publish into produce requests the broker accepts', () => {
  it('keeps a publish that fits in one request whole', () => {
    const messages = [message('a', 1, 100), message('b', 2, 100)];
    expect(sendChunks(messages, 10_000)).toEqual([messages]);
  });

  it('cuts consecutive chunks under the byte bound, in the original order', () => {
    const messages = Array.from({ length: 10 }, (_, n) => message(n % 2 ? 'a' : 'b', n, 1_000));
    const chunks = sendChunks(messages, 3_500);
    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 3, 1]);
    expect(chunks.flat()).toEqual(messages);
  });

  it('counts keys, values and headers in bytes, not characters', () => {
    const wide = { topic: 'a', key: 'k', value: 'é'.repeat(600) }; // 1,200 bytes in UTF-8
    expect(sendChunks([wide, wide], 2_000)).toHaveLength(2);
    expect(sendChunks([wide, wide], 2_700)).toHaveLength(1);
  });

  it('sends a message larger than the bound alone rather than never', () => {
    const messages = [message('a', 1, 10), message('a', 2, 5_000), message('a', 3, 10)];
    expect(sendChunks(messages, 1_000)).toEqual([[messages[0]], [messages[1]], [messages[2]]]);
  });

  it('has nothing to send for nothing', () => {
    expect(sendChunks([], 1_000)).toEqual([]);
  });
});
