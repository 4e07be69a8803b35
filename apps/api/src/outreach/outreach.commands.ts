import { CCHT, LinkTipContext } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandRequest, commandsOf, idParam, LoadAggregate } from '../commands/command-spec';
import { newAggregateId } from '../commands/new-aggregate-id';
import {
  CloseTipDto,
  CorrectAttendanceDto,
  HoldSeminarDto,
  LaunchCampaignDto,
  LinkTipDto,
  PlacePostersDto,
  ReceiveTipDto,
  RecordScansDto,
  RemovePostersDto,
  TriageTipDto,
} from './outreach.dto';

const outreach = commandsOf(AGGREGATES.outreach);

/** The tip a route names (`:tip`), validated as a reference by the controller. */
const tipParam = ({ params }: CommandRequest<unknown>): string => params.tip;

// Seminars and tips are CCHT's work: a liaison sends them only for CCHT (the token's agency must be CCHT),
// and the command center for it. Posters and scans name the agency that placed or counted them, for which
// a liaison must act; the decider checks that it is one of the campaign's partners or CCHT.
const forCcht = (): string => CCHT;

const createdId = ({ body, context }: CommandRequest<{ outreachId?: string }>) =>
  body.outreachId ?? newAggregateId(context, 'outreach');

/**
 * The tasking or report a tip is linked to, read in each attempt for the pure decider: its task force and
 * whether the tasking was cancelled, or nothing when there is none.
 */
async function linkTarget(load: LoadAggregate, body: LinkTipDto): Promise<LinkTipContext> {
  if (body.taskingId !== undefined) {
    const { state } = await load(AGGREGATES.tasking, body.taskingId);
    return state.status === 'unassigned'
      ? {}
      : { target: { taskForce: state.taskForce, cancelled: state.status === 'cancelled' } };
  }
  if (body.reportId === undefined) return {};
  const { state } = await load(AGGREGATES.report, body.reportId);
  return state.status === 'none' ? {} : { target: { taskForce: state.taskForce } };
}

/**
 * The Outreach aggregate's commands: CCHT's seminars, and the QR-poster campaigns with their posters,
 * scans and tips. A POST that records something answers 201; one that moves a tip along answers 200.
 */
export const OUTREACH_COMMANDS = {
  seminar: outreach('HoldSeminar', {
    route: 'POST /outreach/seminars',
    status: 201,
    mode: 'create',
    id: (request: CommandRequest<HoldSeminarDto>) => createdId(request),
    actsFor: forCcht,
    data: ({ id, body }) => ({
      outreachId: id,
      taskForce: body.taskForce,
      format: body.format,
      audience: body.audience,
      venue: body.venue,
      heldAt: body.heldAt,
      attendance: { attendees: body.attendance.attendees, frontLineStaff: body.attendance.frontLineStaff },
    }),
    location: (id) => `/outreach/${id}`,
  }),
  correctAttendance: outreach('CorrectAttendance', {
    route: 'POST /outreach/seminars/:id/attendance-corrections',
    status: 201,
    mode: 'update',
    id: idParam<CorrectAttendanceDto>,
    actsFor: forCcht,
    data: ({ id, body }) => ({
      outreachId: id,
      attendance: { attendees: body.attendance.attendees, frontLineStaff: body.attendance.frontLineStaff },
      reason: body.reason,
    }),
  }),
  campaign: outreach('LaunchCampaign', {
    route: 'POST /outreach/campaigns',
    status: 201,
    mode: 'create',
    id: (request: CommandRequest<LaunchCampaignDto>) => createdId(request),
    agencies: (body) => body.partners.map((code, i) => ({ field: `partners.${i}`, code })),
    data: ({ id, body }) => ({
      outreachId: id,
      taskForce: body.taskForce,
      name: body.name,
      partners: body.partners,
    }),
    location: (id) => `/outreach/${id}`,
  }),
  posters: outreach('PlacePosters', {
    route: 'POST /outreach/campaigns/:id/posters',
    status: 201,
    mode: 'update',
    id: idParam<PlacePostersDto>,
    actsFor: ({ body }) => body.agency,
    agencies: (body) => [{ field: 'agency', code: body.agency }],
    data: ({ id, body }) => ({
      outreachId: id,
      agency: body.agency,
      placements: body.placements.map(({ placement, reference, posters }) => ({
        placement,
        reference,
        posters,
      })),
    }),
  }),
  removals: outreach('RemovePosters', {
    route: 'POST /outreach/campaigns/:id/poster-removals',
    status: 201,
    mode: 'update',
    id: idParam<RemovePostersDto>,
    actsFor: ({ body }) => body.agency,
    agencies: (body) => [{ field: 'agency', code: body.agency }],
    data: ({ id, body }) => ({
      outreachId: id,
      agency: body.agency,
      removals: body.removals.map(({ placement, reference, posters }) => ({ placement, reference, posters })),
    }),
  }),
  scans: outreach('RecordScans', {
    route: 'POST /outreach/campaigns/:id/scans',
    status: 201,
    mode: 'update',
    id: idParam<RecordScansDto>,
    actsFor: ({ body }) => body.agency,
    agencies: (body) => [{ field: 'agency', code: body.agency }],
    data: ({ id, body }) => ({
      outreachId: id,
      agency: body.agency,
      period: { from: body.period.from, to: body.period.to },
      scans: body.scans.map(({ placement, reference, scans }) => ({ placement, reference, scans })),
    }),
  }),
  tip: outreach('ReceiveTip', {
    route: 'POST /outreach/campaigns/:id/tips',
    status: 201,
    mode: 'update',
    id: idParam<ReceiveTipDto>,
    actsFor: forCcht,
    data: ({ id, body }) => ({
      outreachId: id,
      tip: body.tip,
      channel: body.channel,
      receivedAt: body.receivedAt,
      ...(body.poster === undefined
        ? {}
        : { poster: { placement: body.poster.placement, reference: body.poster.reference } }),
    }),
    answers: ({ body }) => ({ tip: body.tip }),
  }),
  triage: outreach('TriageTip', {
    route: 'POST /outreach/campaigns/:id/tips/:tip/triage',
    status: 200,
    mode: 'update',
    id: idParam<TriageTipDto>,
    actsFor: forCcht,
    data: (request) => ({
      outreachId: request.id,
      tip: tipParam(request),
      priority: request.body.priority,
      ...(request.body.note === undefined ? {} : { note: request.body.note }),
    }),
  }),
  link: outreach('LinkTip', {
    route: 'POST /outreach/campaigns/:id/tips/:tip/link',
    status: 200,
    mode: 'update',
    id: idParam<LinkTipDto>,
    actsFor: forCcht,
    context: (load, { body }) => linkTarget(load, body),
    data: (request, context) => ({
      outreachId: request.id,
      tip: tipParam(request),
      ...(request.body.taskingId === undefined ? {} : { taskingId: request.body.taskingId }),
      ...(request.body.reportId === undefined ? {} : { reportId: request.body.reportId }),
      context,
    }),
  }),
  closure: outreach('CloseTip', {
    route: 'POST /outreach/campaigns/:id/tips/:tip/closure',
    status: 200,
    mode: 'update',
    id: idParam<CloseTipDto>,
    actsFor: forCcht,
    data: (request) => ({
      outreachId: request.id,
      tip: tipParam(request),
      reason: request.body.reason,
      ...(request.body.note === undefined ? {} : { note: request.body.note }),
    }),
  }),
};
