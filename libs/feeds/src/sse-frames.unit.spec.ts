import { itemFrame, openingFrame, overflowFrame } from './sse-frames';

describe('SSE frames', () => {
  const entry = {
    position: '50003968',
    eventId: 'e-1',
    type: 'DirectiveIssued',
    streamId: 'directive-1',
    summary: "Directive 'Surge' issued to TX, FBI (ack by 2026-12-03 12:00 UTC)",
    data: { body: 'Line one.\nLine two.\r\nLine three.' },
    occurredAt: '2026-12-01T12:00:00.000Z',
    recordedAt: '2026-12-01T12:00:00.010Z',
  };

  it('carry the position as id, the type as event, and one line of JSON with the summary and the data', () => {
    const lines = itemFrame(entry).toString().split('\n');
    expect(lines.slice(0, 2)).toEqual(['id: 50003968', 'event: DirectiveIssued']);
    expect(lines.slice(3)).toEqual(['', '']);
    const data = JSON.parse(lines[2].slice('data: '.length));
    expect(data).toEqual(entry);
  });

  it('say why a stream overflowed without moving the client’s Last-Event-ID', () => {
    const frame = overflowFrame('client too slow', '41').toString();
    expect(frame).not.toMatch(/^id:/m);
    expect(frame).toBe('event: overflow\ndata: {"reason":"client too slow","lastEventId":"41"}\n\n');
  });

  it('open with the retry delay and where the stream starts', () => {
    expect(openingFrame(2000, 'state:TX', '17').toString()).toBe('retry: 2000\n: state:TX feed after 17\n\n');
    expect(openingFrame(2000, 'state:TX', undefined).toString()).toContain('live');
  });
});
