import { incidentsInReport, incidentsOf } from '@hstf/domain';
import { evolveDocument } from '../../definition/evolve-document';
import { Projection } from '../../definition/projection';
import { isReportEvent } from '../../events/event-kinds';
import { domainEventOf } from '../../events/projected-event';
import { evolveIncidentRow, reportingAgencyOf, scopedIncidents } from '../../rows/incident-row';
import { evolveReportRow } from '../../rows/report-row';
import { countMoves, moveCount } from '../../rows/tally-counts';
import { counts, incidents, reports, scopedIncidentsTable } from './tallies.tables';

/**
 * Arrests and seizures per tier, for the nation, each state and each agency. An incident is re-counted
 * from the reports that hold it each time an event touches it, and the counts move by what it added
 * before and adds now, so a tally is always the sum of its incidents, each once, whatever the order of
 * reports, revisions and court steps. A report is folded by the domain's own evolve.
 */
export const talliesProjection: Projection = {
  name: 'tallies',
  version: 1,
  tables: [reports, incidents, counts, scopedIncidentsTable],
  async apply(envelope, writer) {
    const event = domainEventOf(envelope);
    if (event === undefined || !isReportEvent(event)) return;
    const { after: report } = await evolveDocument(writer, reports, event.data.reportId, (row) =>
      evolveReportRow(row, event),
    );
    if (report === undefined) return;
    const touched = incidentsOf(event);
    const held = incidentsInReport(report, new Set(touched));
    for (const incident of touched) {
      const before = await writer.load(incidents, incident);
      const after = evolveIncidentRow(before, incident, {
        report,
        record: held.get(incident),
        source: {
          eventId: envelope.id,
          type: event.type,
          reportId: report.reportId,
          globalPosition: envelope.globalPosition.toString(),
          ...optional('reportingAgency', reportingAgencyOf(event, incident)),
        },
      });
      writer.save(incidents, after);
      writer.replaceGroup(scopedIncidentsTable, incident, scopedIncidents(after));
      for (const move of countMoves(before, after)) {
        writer.save(counts, moveCount(await writer.load(counts, move.scope), move));
      }
    }
  },
};

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);
