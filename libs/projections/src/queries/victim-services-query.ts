import { REFERRAL_CHANNELS, REFERRAL_STATUSES, ReferralChannel, ReferralStatus } from '@hstf/domain';
import type { SqlClient } from '@hstf/event-store';

export const VICTIM_SERVICES = 'victim_services';

/** Per state, the referrals of each channel by status: counts only, never a case. */
export interface VictimServicesState {
  readonly state: string;
  readonly channels: Record<ReferralChannel, Record<ReferralStatus, number>>;
  readonly total: number;
}

const zeroChannels = (): Record<ReferralChannel, Record<ReferralStatus, number>> =>
  Object.fromEntries(
    REFERRAL_CHANNELS.map((c) => [c, Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, 0]))]),
  ) as Record<ReferralChannel, Record<ReferralStatus, number>>;

export async function victimServicesSummary(sql: SqlClient, state?: string): Promise<VictimServicesState[]> {
  const rows = await sql.query<{
    state: string;
    channel: ReferralChannel;
    status: ReferralStatus;
    n: number;
  }>(
    `SELECT state, channel, status, count(*)::int AS n FROM victim_services.referrals
      WHERE $1::text IS NULL OR state = $1
      GROUP BY state, channel, status ORDER BY state`,
    [state ?? null],
  );
  const byState = new Map<string, VictimServicesState>();
  for (const row of rows) {
    const entry = byState.get(row.state) ?? { state: row.state, channels: zeroChannels(), total: 0 };
    entry.channels[row.channel][row.status] = Number(row.n);
    byState.set(row.state, { ...entry, total: entry.total + Number(row.n) });
  }
  return [...byState.values()];
}
