import { toIncomingMessage, toTopicMessages } from './kafka-messages';

describe('mapping between the port and kafkajs messages', () => {
  it('groups outgoing messages by topic and keeps their order within each', () => {
    const grouped = toTopicMessages([
      { topic: 'a', key: 's1', value: '1', headers: { id: 'e1' } },
      { topic: 'b', key: 's1', value: '1' },
      { topic: 'a', key: 's2', value: Buffer.from('2') },
    ]);
    expect(grouped).toEqual([
      {
        topic: 'a',
        messages: [
          { key: 's1', value: '1', headers: { id: 'e1' } },
          { key: 's2', value: Buffer.from('2'), headers: undefined },
        ],
      },
      { topic: 'b', messages: [{ key: 's1', value: '1', headers: undefined }] },
    ]);
  });

  it('turns a fetched message into bytes, string headers and a bigint offset', () => {
    const incoming = toIncomingMessage('hstf.events.v1', 2, {
      key: Buffer.from('directive-1'),
      value: Buffer.from('{}'),
      timestamp: '1767225600000',
      attributes: 0,
      offset: '9007199254740993',
      headers: { id: Buffer.from('e1'), repeated: [Buffer.from('x'), Buffer.from('y')] },
    });
    expect(incoming).toEqual({
      topic: 'hstf.events.v1',
      partition: 2,
      offset: 9007199254740993n,
      key: 'directive-1',
      value: Buffer.from('{}'),
      headers: { id: 'e1', repeated: 'y' },
      timestamp: new Date('2026-01-01T00:00:00.000Z'),
    });
  });

  it('reads a message without key, value or headers as empty', () => {
    const incoming = toIncomingMessage('t', 0, {
      key: null,
      value: null,
      timestamp: '0',
      attributes: 0,
      offset: '0',
      size: 0,
    });
    expect(incoming).toMatchObject({ key: '', value: Buffer.alloc(0), headers: {} });
  });
});
