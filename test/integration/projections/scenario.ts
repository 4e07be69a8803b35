import {
  agencyDecider,
  agencyStreamId,
  directiveDecider,
  directiveStreamId,
  taskForceDecider,
  taskForceStreamId,
} from '@hstf/domain';
import {
  acknowledge,
  directive,
  onCommitment,
  onTasking,
  pledge,
  taskForce,
  tasking,
} from './scenario-steps';
import { ScenarioWriter } from './scenario-writer';

/** The moment queries are asked at in these suites: after every deadline of the story, before expiries. */
export const QUERY_TIME = new Date('2026-12-10T12:00:00.000Z');

/**
 * Texas and Arizona task forces over a few weeks: members come and go, a co-lead changes, directives are
 * acknowledged, amended, missed, rescinded, superseded and left to expire; taskings go through every
 * status; support is pledged, delivered in part, adjusted and withdrawn.
 */
export async function writeScenario(w: ScenarioWriter): Promise<void> {
  await w.run(agencyDecider, agencyStreamId('TX-DPS'), {
    type: 'RegisterAgency',
    data: { code: 'TX-DPS', name: 'Texas Department of Public Safety', kind: 'state', state: 'TX' },
    meta: w.meta(),
  });
  await taskForce(w, 'TX', 'FBI', 'ICE-HSI', ['CBP', 'TX-DPS', 'DEA', 'USMS']);
  await taskForce(w, 'AZ', 'ATF', 'CBP', ['FBI', 'AZ-DPS']);
  await w.run(taskForceDecider, taskForceStreamId('TX'), {
    type: 'SetObjectives',
    data: { state: 'TX', objectives: ['cartels', 'smuggling', 'human-trafficking'] },
    meta: w.meta(),
  });
  await w.run(taskForceDecider, taskForceStreamId('TX'), {
    type: 'WithdrawMemberAgency',
    data: { state: 'TX', agency: 'USMS', reason: 'Fugitive teams reassigned.' },
    meta: w.meta(),
  });
  await w.run(taskForceDecider, taskForceStreamId('AZ'), {
    type: 'DesignateCoLead',
    data: { state: 'AZ', department: 'DOJ', agency: 'DEA' },
    meta: w.meta(),
  });

  const surge = await directive(
    w,
    'Surge on I-35',
    { states: ['TX', 'AZ'], agencies: ['FBI', 'CBP'] },
    { ack: 48, expires: 24 * 120 },
  );
  await acknowledge(w, surge, 'agency', 'FBI', 'FBI');
  await acknowledge(w, surge, 'state', 'TX', 'ICE-HSI');
  await w.run(directiveDecider, directiveStreamId(surge), {
    type: 'AmendDirective',
    data: {
      directiveId: surge,
      changes: { addressees: { agencies: ['DEA'] }, acknowledgeBy: w.inHours(72) },
      reason: 'Extend to the DEA.',
    },
    meta: w.meta(),
  });
  await acknowledge(w, surge, 'agency', 'CBP', 'CBP');
  const outreach = await directive(
    w,
    'Trafficking outreach at Amtrak hubs',
    { states: ['AZ'], agencies: ['FAMS', 'AMTRAK-PD'] },
    { ack: 24, expires: 24 * 60 },
  );
  await w.run(directiveDecider, directiveStreamId(outreach), {
    type: 'RescindDirective',
    data: { directiveId: outreach, reason: 'Issued to the wrong task force.' },
    meta: w.meta(),
  });
  const winter = await directive(
    w,
    'Winter checkpoint plan',
    { states: ['TX'], agencies: ['TX-DPS'] },
    { ack: 24, expires: 24 * 90 },
  );
  const spring = await directive(
    w,
    'Spring checkpoint plan',
    { states: ['TX'], agencies: ['TX-DPS', 'DEA'] },
    { ack: 24 * 5, expires: 24 * 150 },
  );
  await w.run(directiveDecider, directiveStreamId(winter), {
    type: 'SupersedeDirective',
    data: { directiveId: winter, supersededBy: spring, reason: 'The spring plan replaces it.' },
    meta: w.meta(),
  });
  await directive(
    w,
    'Holiday weekend patrols',
    { states: ['AZ'], agencies: ['AZ-DPS'] },
    { ack: 2, expires: 4 },
  );

  const laredo = await tasking(w, 'TX', 'ICE-HSI', ['FBI', 'TX-DPS'], 'Disrupt the Laredo stash houses');
  await onTasking(w, laredo).accept('ICE-HSI');
  await onTasking(w, laredo).progress('FBI', 40);
  await onTasking(w, laredo).block('ICE-HSI');
  const corridor = await tasking(w, 'TX', 'DEA', ['CBP'], 'Map the I-35 corridor couriers');
  await onTasking(w, corridor).decline('DEA');
  await onTasking(w, corridor).reassign('TX', 'CBP');
  const nogales = await tasking(w, 'AZ', 'FBI', ['AZ-DPS'], 'Nogales tunnel survey');
  await onTasking(w, nogales).accept('FBI');
  await onTasking(w, nogales).progress('AZ-DPS', 100);
  await onTasking(w, nogales).complete('FBI');
  const houston = await tasking(w, 'TX', 'CBP', [], 'Houston port container checks');
  await onTasking(w, houston).cancel();
  await tasking(w, 'AZ', 'CBP', ['FBI'], 'Yuma sector night patrols');
  await tasking(w, 'TX', 'TX-DPS', ['DEA'], 'Track the Valley gang network');
  await onTasking(w, laredo).unblock('ICE-HSI');

  const dea = await pledge(w, 'DEA', 'TX', 'personnel', 6, 'agents');
  await onCommitment(w, dea, 'DEA').deliver(2);
  await onCommitment(w, dea, 'DEA').deliver(1);
  await onCommitment(w, dea, 'DEA').adjust(8);
  const fbi = await pledge(w, 'FBI', 'TX', 'intelligence', 200, 'analyst-hours');
  await onCommitment(w, fbi, 'FBI').deliver(50);
  await onCommitment(w, fbi, 'FBI').withdraw();
  const cbp = await pledge(w, 'CBP', 'AZ', 'equipment', 4, 'vehicles');
  await onCommitment(w, cbp, 'CBP').deliver(4);
  await pledge(w, 'CBP', 'TX', 'personnel', 10, 'officers');

  // Past the surge's amended deadline: the deadline process marks the laggards.
  w.jumpTo('2026-12-05T09:00:00.000Z');
  await w.run(directiveDecider, directiveStreamId(surge), {
    type: 'MarkAcknowledgementOverdue',
    data: { directiveId: surge, addressee: { kind: 'state', code: 'AZ' } },
    meta: w.meta(),
  });
  await w.run(directiveDecider, directiveStreamId(surge), {
    type: 'MarkAcknowledgementOverdue',
    data: { directiveId: surge, addressee: { kind: 'agency', code: 'FBI' } },
    meta: w.meta(),
  });
}

/** More of the same story, for the suites that add events while a projector runs or after it restarts. */
export async function writeMore(w: ScenarioWriter, round: number): Promise<void> {
  const id = await tasking(w, 'TX', 'CBP', ['DEA'], `Round ${round}: checkpoint inspections`);
  await onTasking(w, id).accept('CBP');
  await onTasking(w, id).progress('DEA', 10 * ((round % 9) + 1));
  await w.run(taskForceDecider, taskForceStreamId('AZ'), {
    type: 'SetObjectives',
    data: { state: 'AZ', objectives: round % 2 === 0 ? ['cartels'] : ['smuggling', 'drug-trafficking'] },
    meta: w.meta(),
  });
  const d = await directive(
    w,
    `Round ${round}: bulletin`,
    { states: ['AZ'], agencies: ['FBI'] },
    { ack: 24 * 20, expires: 24 * 40 },
  );
  await acknowledge(w, d, 'agency', 'FBI', 'FBI');
  const c = await pledge(w, 'FBI', 'AZ', 'intelligence', 40, 'analyst-hours');
  await onCommitment(w, c, 'FBI').deliver(5);
}
