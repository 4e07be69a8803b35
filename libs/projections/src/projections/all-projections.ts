import { Projection } from '../definition/projection';
import { agencyInboxProjection } from './agency-inbox/agency-inbox.projection';
import { feedProjection } from './feed/feed.projection';
import { outreachProjection } from './outreach/outreach.projection';
import { remissionLedgerProjection } from './remission-ledger/remission-ledger.projection';
import { stateBoardProjection } from './state-board/state-board.projection';
import { talliesProjection } from './tallies/tallies.projection';
import { victimServicesProjection } from './victim-services/victim-services.projection';

/** Every projection the projector runs, by name (the name `hstf projections rebuild` takes). */
export const ALL_PROJECTIONS: readonly Projection[] = [
  stateBoardProjection,
  agencyInboxProjection,
  feedProjection,
  talliesProjection,
  remissionLedgerProjection,
  victimServicesProjection,
  outreachProjection,
];

export class UnknownProjection extends Error {
  override readonly name = 'UnknownProjection';
  constructor(readonly projection: string) {
    super(`No projection named ${projection}; there are ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`);
  }
}

export function projectionNamed(name: string): Projection {
  const projection = ALL_PROJECTIONS.find((p) => p.name === name);
  if (!projection) throw new UnknownProjection(name);
  return projection;
}
