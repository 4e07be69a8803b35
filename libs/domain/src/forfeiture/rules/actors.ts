import { CommandMeta, reject } from '../../shared';
import { REMISSION_AUTHORITY, PETITIONS_FILED_BY } from '../vocabulary';
import { Refusal } from './checks';

// Who writes a forfeiture, beside the command center's supervisors (meta.actorAgency undefined), who may
// do everything: the seizing agency records what it seized and what the court forfeited; DOJ-MLARS, which
// rules on remission petitions, places money in the pool and reviews, grants, denies and pays petitions;
// CCHT, which helps survivors, files petitions for them. Who did it stays in the event's actor metadata.

export const requireSeizingAgency = (
  seizingAgency: string,
  meta: CommandMeta,
  act: string,
  forfeitureId: string,
): Refusal =>
  meta.actorAgency === undefined || meta.actorAgency === seizingAgency
    ? undefined
    : reject(
        'FORFEITURE_NOT_SEIZING_AGENCY',
        `Only ${seizingAgency}, the seizing agency, or a supervisor may ${act} forfeiture ${forfeitureId}; the actor acts for ${meta.actorAgency}.`,
      );

export const requireRemissionAuthority = (meta: CommandMeta, act: string, forfeitureId: string): Refusal =>
  meta.actorAgency === undefined || meta.actorAgency === REMISSION_AUTHORITY
    ? undefined
    : reject(
        'FORFEITURE_NOT_REMISSION_AUTHORITY',
        `Only ${REMISSION_AUTHORITY}, which rules on remission, or a supervisor may ${act} on forfeiture ${forfeitureId}; the actor acts for ${meta.actorAgency}.`,
      );

export const requireVictimServices = (meta: CommandMeta, forfeitureId: string): Refusal =>
  meta.actorAgency === undefined || meta.actorAgency === PETITIONS_FILED_BY
    ? undefined
    : reject(
        'FORFEITURE_NOT_VICTIM_SERVICES',
        `Only ${PETITIONS_FILED_BY}, which helps survivors petition, or a supervisor may file a remission petition on forfeiture ${forfeitureId}; the actor acts for ${meta.actorAgency}.`,
      );
