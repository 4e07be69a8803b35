import { randomBytes } from 'node:crypto';
import { ConformanceContext, newEvent, uniqueTag } from '../conformance-context';

const oneMiB = 1024 * 1024;

/** Unicode the store must keep byte for byte; NUL is out, since PostgreSQL's jsonb cannot hold it. */
const unicode = {
  emoji: '🚓🛂🧭 👮🏽‍♀️ 🇺🇸 ✅',
  rightToLeft: 'مركز القيادة والسيطرة — מרכז שליטה',
  bidiMixed: 'Task force ‏עברית‎ and العربية 2026',
  cjk: '国土安全特别工作组',
  combining: 'é ñ ṩ',
  astral: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈',
  escapes: `"quoted" 'single' \\ back\\slash \t tab \n newline \u0001 control`,
};

export function payloadCases(context: ConformanceContext): void {
  describe('payloads', () => {
    it('keep events of 1 MiB intact', async () => {
      const streamId = `${uniqueTag()}-report`;
      const blobs = [0, 1, 2].map(() => randomBytes((oneMiB * 3) / 4).toString('base64'));
      const events = blobs.map((blob, index) =>
        newEvent('ReportAttached', { index, blob }, { size: blob.length }),
      );
      await context.store().append(streamId, events, 'no_stream');
      const read = await context.store().readStream(streamId);
      expect(read.map((event) => (event.data as { blob: string }).blob.length)).toEqual([
        oneMiB,
        oneMiB,
        oneMiB,
      ]);
      expect(read.map((event) => event.data)).toEqual(events.map((event) => event.data));
    }, 60_000);

    it('keep unicode in ids, types, data and metadata', async () => {
      const streamId = `${uniqueTag()}-mission-🚓-مركز`;
      const event = newEvent('Übergabe✓', unicode, { note: unicode.rightToLeft, scope: { states: ['PR'] } });
      await context.store().append(streamId, [event], 'no_stream');
      const [read] = await context.store().readStream(streamId);
      expect(read).toMatchObject({ streamId, type: 'Übergabe✓', data: unicode, metadata: event.metadata });
      const [fromAll] = await context.store().readAll({ filter: { streamPrefixes: [streamId] } });
      expect(fromAll.data).toEqual(unicode);
    });

    it('keep any JSON as data and metadata', async () => {
      const streamId = `${uniqueTag()}-shapes`;
      const shapes = [
        ['list', 1, null],
        'just a string',
        -12.5,
        null,
        {
          nested: { deeper: [{ a: true }, { b: false }] },
          empty: {},
          none: [],
          big: Number.MAX_SAFE_INTEGER,
        },
      ];
      const metadata = { causationId: null, tags: ['a', 'b'], depth: { level: { n: 3 } } };
      await context.store().append(
        streamId,
        shapes.map((data) => newEvent('Shaped', data, metadata)),
        'no_stream',
      );
      const read = await context.store().readStream(streamId);
      expect(read.map((event) => event.data)).toEqual(shapes);
      expect(read.map((event) => event.metadata)).toEqual(shapes.map(() => metadata));
    });
  });
}
