import { OutreachEvent } from '@hstf/domain';
import { evolveDocument } from '../../definition/evolve-document';
import { Projection } from '../../definition/projection';
import { ReadModelWriter } from '../../definition/read-model-writer';
import { isOutreachEvent } from '../../events/event-kinds';
import { domainEventOf } from '../../events/projected-event';
import { OutreachFigures } from '../../rows/outreach-figures';
import {
  evolveCampaignRow,
  evolveSeminarRow,
  figuresOfSeminar,
  moveFigures,
  NATIONAL_OUTREACH,
  stateOutreach,
} from '../../rows/outreach-rows';
import { campaigns, figures, seminars } from './outreach.tables';

const SEMINAR_EVENTS: ReadonlySet<OutreachEvent['type']> = new Set([
  'SeminarHeld',
  'SeminarAttendanceCorrected',
]);

async function move(
  writer: ReadModelWriter,
  state: string,
  before: OutreachFigures | undefined,
  after: OutreachFigures | undefined,
): Promise<void> {
  for (const scope of [NATIONAL_OUTREACH, stateOutreach(state)]) {
    writer.save(figures, moveFigures(await writer.load(figures, scope), scope, before, after));
  }
}

/**
 * The task forces' outreach: each campaign (posters up and placed per station and train, scans, tips by
 * status and channel, the taskings and reports its tips led to) and each seminar, folded by the domain's
 * own evolve, and the figures of each state and of the nation, moved by what a campaign or seminar added
 * before and adds now.
 */
export const outreachProjection: Projection = {
  name: 'outreach',
  version: 1,
  tables: [campaigns, seminars, figures],
  async apply(envelope, writer) {
    const event = domainEventOf(envelope);
    if (event === undefined || !isOutreachEvent(event)) return;
    const id = event.data.outreachId;
    if (SEMINAR_EVENTS.has(event.type)) {
      const { before, after } = await evolveDocument(writer, seminars, id, (row) =>
        evolveSeminarRow(row, event),
      );
      if (after !== undefined)
        await move(writer, after.taskForce, figuresOfSeminar(before), figuresOfSeminar(after));
      return;
    }
    const { before, after } = await evolveDocument(writer, campaigns, id, (row) =>
      evolveCampaignRow(row, event),
    );
    if (after !== undefined && after !== before)
      await move(writer, after.taskForce, before?.figures, after.figures);
  },
};
