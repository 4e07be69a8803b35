import { partitionForKey } from './key-partition';
import { TopicLog } from './topic-log';

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));
const message = (key: string, value: string) => ({ topic: 't', key, value });

describe('in-memory topic log', () => {
  it('puts a key in the same partition every time and spreads keys over partitions', () => {
    const keys = Array.from({ length: 200 }, (_, i) => `directive-${i}`);
    expect(keys.map((k) => partitionForKey(k, 6))).toEqual(keys.map((k) => partitionForKey(k, 6)));
    expect(new Set(keys.map((k) => partitionForKey(k, 6)))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });

  it('forgets records older than the retention while no group consumes the topic', () => {
    const topic = new TopicLog('t', 1, 100n, 10_000);
    topic.append(message('k', 'a'), at(0));
    topic.append(message('k', 'b'), at(5));
    topic.append(message('k', 'c'), at(12));
    const [log] = topic.partitions;
    expect(log.read(log.startOffset, 10).map((r) => r.value.toString())).toEqual(['b', 'c']);
    expect(log.startOffset).toBe(101n);
    expect(log.endOffset).toBe(103n);
  });

  it('keeps records until every group has consumed them, however old they are', () => {
    const topic = new TopicLog('t', 1, 0n, 1_000);
    topic.commit('fast', 0, 0n);
    topic.commit('slow', 0, 0n);
    for (let i = 0; i < 5; i++) topic.append(message('k', `m${i}`), at(i * 60));
    topic.commit('fast', 0, 5n);
    topic.commit('slow', 0, 2n);
    const [log] = topic.partitions;
    expect(log.startOffset).toBe(2n);
    expect(log.read(2n, 10).map((r) => r.value.toString())).toEqual(['m2', 'm3', 'm4']);
    expect(topic.position('slow', 0)).toBe(2n);
  });

  it('keeps everything with a retention of -1', () => {
    const topic = new TopicLog('t', 1, 0n, -1);
    topic.append(message('k', 'a'), at(0));
    topic.append(message('k', 'b'), at(59));
    expect(topic.partitions[0].startOffset).toBe(0n);
  });

  it('stays correct across compaction of many dropped records', () => {
    const topic = new TopicLog('t', 1, 0n, -1);
    topic.commit('g', 0, 0n);
    for (let i = 0; i < 5000; i++) topic.append(message('k', `m${i}`), at(0));
    for (let next = 1n; next <= 4990n; next += 7n) topic.commit('g', 0, next);
    const [log] = topic.partitions;
    expect(log.startOffset).toBe(4985n);
    expect(log.read(4985n, 100).map((r) => r.value.toString())).toEqual(
      Array.from({ length: 15 }, (_, i) => `m${4985 + i}`),
    );
  });

  it('needs at least one partition', () => {
    expect(() => new TopicLog('t', 0, 0n, -1)).toThrow(RangeError);
  });
});
