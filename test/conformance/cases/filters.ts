import { ConformanceContext, newEvent, uniqueTag } from '../conformance-context';

export function filterCases(context: ConformanceContext): void {
  describe('filters', () => {
    const tag = uniqueTag();
    beforeAll(async () => {
      const store = context.store();
      await store.append(`${tag}directive-1`, [newEvent(`${tag}DirectiveIssued`)], 'no_stream');
      await store.append(`${tag}tasking-1`, [newEvent(`${tag}TaskingAssigned`)], 'no_stream');
      await store.append(`${tag}directive-1`, [newEvent(`${tag}DirectiveAmended`)], 0n);
      await store.append(`${tag}commitment-1`, [newEvent(`${tag}CommitmentPledged`)], 'no_stream');
      await store.append(`${tag}tasking-1`, [newEvent(`${tag}TaskingAccepted`)], 0n);
    });

    const typesOf = async (filter: { eventTypePrefixes?: string[]; streamPrefixes?: string[] }) =>
      (await context.store().readAll({ filter })).map((event) => event.type.slice(tag.length));

    it('keeps events whose type starts with a prefix', async () => {
      expect(await typesOf({ eventTypePrefixes: [`${tag}Directive`] })).toEqual([
        'DirectiveIssued',
        'DirectiveAmended',
      ]);
    });

    it('keeps events whose type starts with any of several prefixes', async () => {
      expect(await typesOf({ eventTypePrefixes: [`${tag}Commitment`, `${tag}TaskingAcc`] })).toEqual([
        'CommitmentPledged',
        'TaskingAccepted',
      ]);
    });

    it('keeps events whose stream id starts with a prefix', async () => {
      expect(await typesOf({ streamPrefixes: [`${tag}tasking-`] })).toEqual([
        'TaskingAssigned',
        'TaskingAccepted',
      ]);
    });

    it('applies a type filter and a stream filter together', async () => {
      const filter = {
        streamPrefixes: [`${tag}directive-`, `${tag}tasking-`],
        eventTypePrefixes: [`${tag}Tasking`],
      };
      expect(await typesOf(filter)).toEqual(['TaskingAssigned', 'TaskingAccepted']);
    });

    it('filters a subscription the same way', async () => {
      const subscription = context
        .store()
        .subscribe({ filter: { eventTypePrefixes: [`${tag}DirectiveAm`] } });
      const seen: string[] = [];
      for await (const event of subscription) {
        seen.push(event.type.slice(tag.length));
        break;
      }
      expect(seen).toEqual(['DirectiveAmended']);
    });
  });
}
