import { CommandMeta, reject } from '../../shared';
import { OpenTasking, taskingParticipants } from '../state';
import { Refusal } from './refusal';

/** Acceptance, refusal and completion commit the lead agency, so only its own liaison gives them. */
export const requireLead = (state: OpenTasking, meta: CommandMeta, act: string): Refusal =>
  meta.actorAgency === state.leadAgency
    ? undefined
    : reject(
        'TASKING_NOT_LEAD_AGENCY',
        `Only the lead agency ${state.leadAgency} may ${act} tasking ${state.taskingId}; the actor acts for ${meta.actorAgency ?? 'the command centre'}.`,
      );

/** Progress comes from the agencies doing the work: the lead or a supporter. */
export const requireParticipant = (state: OpenTasking, meta: CommandMeta, act: string): Refusal =>
  meta.actorAgency !== undefined && taskingParticipants(state).includes(meta.actorAgency)
    ? undefined
    : reject(
        'TASKING_NOT_PARTICIPANT',
        `Only ${taskingParticipants(state).join(', ')} may ${act} tasking ${state.taskingId}; the actor acts for ${meta.actorAgency ?? 'the command centre'}.`,
      );

/**
 * The command centre (no agency) may also flag an obstacle it learnt of; an agency that does not work the
 * tasking may not.
 */
export const requireParticipantOrCommandCentre = (
  state: OpenTasking,
  meta: CommandMeta,
  act: string,
): Refusal => (meta.actorAgency === undefined ? undefined : requireParticipant(state, meta, act));
