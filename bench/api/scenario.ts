import { ApiClient } from '../../apps/cli/src/api-client';

export type TokenFor = (role: string, agency?: string) => Promise<string>;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

/**
 * The directive every issue-directive request sends; each request creates a new directive stream. Its
 * dates are relative to the run: an acknowledgement deadline already past is refused (422).
 */
export const DIRECTIVE_BODY = JSON.stringify({
  title: 'Benchmark directive to the Texas task force',
  body: 'Coordinate interdiction along I-35 and report daily to the command center.',
  priority: 'priority',
  addressees: { states: ['TX'], agencies: ['FBI', 'ICE-HSI', 'CBP'] },
  authority: 'EO 14159 sec. 3(b)',
  effectiveAt: inDays(0),
  acknowledgeBy: inDays(2),
});

/**
 * A Texas task force with the FBI as member and `count` taskings the FBI leads and has accepted, so that
 * report-progress requests spread over many streams as real liaisons' reports do.
 */
export async function prepareTaskings(api: ApiClient, tokenFor: TokenFor, count: number): Promise<string[]> {
  const operator = await tokenFor('operator');
  const fbi = await tokenFor('liaison', 'FBI');
  await api.post('/task-forces', operator, { state: 'TX', dojCoLead: 'USAO', dhsCoLead: 'ICE-HSI' });
  await api.post('/task-forces/TX/members', operator, { agency: 'FBI', capabilities: ['law-enforcement'] });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const tasking = await api.post('/taskings', operator, {
      taskForce: 'TX',
      leadAgency: 'FBI',
      supportingAgencies: [],
      objective: 'human-smuggling',
      title: `Benchmark tasking ${i}`,
      instructions: 'Report progress as the work goes.',
      dueAt: inDays(30),
    });
    await api.post(`/taskings/${tasking.id}/acceptance`, fbi, {});
    ids.push(tasking.id);
  }
  return ids;
}
