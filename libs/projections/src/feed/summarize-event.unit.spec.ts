import { AgencyRegistered } from '@hstf/domain';
import {
  acknowledgedBy,
  adjusted,
  amendedAddingDea,
  assigned,
  deliveredQuantity,
  DIRECTIVE_ID,
  enrolled,
  established,
  issued,
  overdue,
  pledged,
  superseded,
  taskingEvent,
} from '../testing/domain-events.fixtures';
import { FeedSubject } from './feed-subject';
import { summarizeEvent, summarizeUnknown } from './summarize-event';

const directive: FeedSubject = {
  streamId: `directive-${DIRECTIVE_ID}`,
  kind: 'directive',
  title: 'Surge on I-35',
};
const tasking: FeedSubject = {
  streamId: 'tasking-1',
  kind: 'tasking',
  title: 'Disrupt the Laredo stash-house network',
};
const commitment: FeedSubject = {
  streamId: 'commitment-1',
  kind: 'commitment',
  agency: 'DEA',
  taskForce: 'TX',
  support: 'personnel',
  unit: 'agents',
};

describe('feed summaries', () => {
  it('name a directive, its addressees and its deadline', () => {
    expect(summarizeEvent(issued)).toBe(
      "Directive 'Surge on I-35' issued to TX, FBI, CBP (ack by 2026-12-03 12:00 UTC)",
    );
    const flash = { ...issued, data: { ...issued.data, priority: 'flash' as const } };
    expect(summarizeEvent(flash)).toMatch(/^Flash directive 'Surge on I-35' issued to/);
  });

  it('name the directive an acknowledgement is for, and who spoke for a state', () => {
    expect(summarizeEvent(acknowledgedBy('FBI'), { subject: directive })).toBe(
      "FBI acknowledged directive 'Surge on I-35'",
    );
    expect(summarizeEvent(acknowledgedBy('TX', 'state', 2), { subject: directive })).toBe(
      "The TX task force acknowledged directive 'Surge on I-35' through ICE-HSI (revision 2)",
    );
    expect(summarizeEvent(overdue('CBP'), { subject: directive })).toBe(
      "CBP has not acknowledged directive 'Surge on I-35', due 2026-12-03 12:00 UTC",
    );
  });

  it('say what an amendment changed', () => {
    expect(summarizeEvent(amendedAddingDea, { subject: directive })).toBe(
      "Directive 'Surge on I-35' amended to revision 2: Extend to the I-10 corridor.; retitled 'Surge on I-35 and I-10'; now also to DEA",
    );
  });

  it('name the successor of a superseded directive when the feed knows it, its id otherwise', () => {
    const successor: FeedSubject = { streamId: 'directive-d-2', kind: 'directive', title: 'Spring surge' };
    expect(summarizeEvent(superseded, { subject: directive, successor })).toBe(
      "Directive 'Surge on I-35' superseded by 'Spring surge': Spring plan.",
    );
    expect(summarizeEvent(superseded, {})).toBe(
      `Directive directive ${DIRECTIVE_ID} superseded by directive d-2: Spring plan.`,
    );
  });

  it('tell a tasking from its title and its people', () => {
    expect(summarizeEvent(assigned)).toBe(
      "Tasking 'Disrupt the Laredo stash-house network' assigned to ICE-HSI with FBI, TX-DPS in support (TX task force, due 2026-12-20 17:00 UTC)",
    );
    expect(summarizeEvent(taskingEvent.progressed, { subject: tasking })).toBe(
      "FBI reported tasking 'Disrupt the Laredo stash-house network' 40% complete: Two houses under surveillance.",
    );
    expect(summarizeEvent(taskingEvent.unblocked, { subject: tasking })).toMatch(
      /unblocked by the command center: Warrant signed\.$/,
    );
  });

  it('put support in its kind and units', () => {
    expect(summarizeEvent(pledged)).toBe(
      'DEA pledged 6 agents of personnel support to the TX task force (funds available)',
    );
    expect(summarizeEvent(deliveredQuantity(2), { subject: commitment })).toBe(
      'DEA delivered 2 agents of personnel support to the TX task force',
    );
    expect(summarizeEvent(adjusted, { subject: commitment })).toBe(
      'DEA adjusted its personnel commitment to the TX task force (quantity 8 agents, funding pending): Two more agents requested.',
    );
  });

  it('describe task forces and agencies', () => {
    expect(summarizeEvent(established)).toBe(
      'Task force TX established under EO 14159, co-led by FBI (DOJ) and ICE-HSI (DHS)',
    );
    expect(summarizeEvent(enrolled('CBP'))).toBe('CBP joined the TX task force (law-enforcement)');
    const registered: AgencyRegistered = {
      type: 'AgencyRegistered',
      data: {
        code: 'TX-DPS',
        name: 'Texas Department of Public Safety',
        kind: 'state',
        state: 'TX',
        registeredAt: issued.data.issuedAt,
      },
    };
    expect(summarizeEvent(registered)).toBe(
      'Agency TX-DPS (Texas Department of Public Safety) registered in TX',
    );
  });

  it('keep to one line, cutting long free text short', () => {
    const rambling = {
      ...taskingEvent.cancelled,
      data: { ...taskingEvent.cancelled.data, reason: `Line one.\n${'word '.repeat(60)}` },
    };
    const line = summarizeEvent(rambling, { subject: tasking });
    expect(line).not.toMatch(/\n/);
    expect(line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThan(200);
  });

  it('show an event of an unknown type plainly', () => {
    expect(summarizeUnknown('ArrestTallyReported', 'report-7')).toBe('ArrestTallyReported on report-7');
  });
});
