import type { Response, Test } from 'supertest';
import type { TestApi } from '../../helpers/test-api';

/** Sends as a role's token (or a raw token), failing loudly on anything but 2xx. */
export function client(api: TestApi, tokens: Record<string, string>) {
  const send = (method: 'get' | 'post' | 'put', path: string, as: string): Test =>
    api
      .http()
      [method](path)
      .set('authorization', `Bearer ${tokens[as] ?? as}`);
  const ok = async (pending: Test): Promise<Response> => {
    const response = await pending;
    if (response.status >= 300) {
      throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response;
  };
  return { send, ok };
}

export const ROLE_TOKENS = async (api: TestApi): Promise<Record<string, string>> => ({
  operator: await api.token('operator', { sub: 'op-1@test' }),
  supervisor: await api.token('supervisor', { sub: 'sup-1@test' }),
  auditor: await api.token('auditor', { sub: 'aud-1@test' }),
  admin: await api.token('admin', { sub: 'admin-1@test' }),
  FBI: await api.token('liaison', { agency: 'FBI', sub: 'liaison.fbi@test' }),
  CBP: await api.token('liaison', { agency: 'CBP', sub: 'liaison.cbp@test' }),
});

export interface Scenario {
  /** Global position of each step's last event. */
  readonly positions: Record<'established' | 'issued' | 'assigned' | 'progressed' | 'pledged', string>;
  readonly directiveId: string;
  readonly taskingId: string;
  readonly commitmentId: string;
  /** The directive's correlation, the server's: its issuing command's id. */
  readonly correlationId: string;
  /** What the client sent as X-Correlation-Id with the directive and with the pledge: its request id only. */
  readonly clientRequestId: string;
}

export const directiveBody = (states: string[], agencies: string[]) => ({
  title: 'Surge on southbound I-35 smuggling corridors',
  body: 'Coordinate interdiction at the Laredo and San Antonio checkpoints; report daily.',
  priority: 'priority',
  addressees: { states, agencies },
  authority: 'EO 14159 sec. 3(b)',
  effectiveAt: '2026-01-01T00:00:00Z',
  acknowledgeBy: '2099-01-01T00:00:00Z',
});

/**
 * The Texas task force with CBP enrolled, a directive to TX and the FBI (sent with a correlation id the
 * commitment shares), acknowledged by the FBI, a tasking under it accepted and progressed, and a pledge.
 */
export async function texasScenario(api: TestApi, tokens: Record<string, string>): Promise<Scenario> {
  const { send, ok } = client(api, tokens);
  const clientRequestId = '5f0c8a52-7d1e-4c3b-9a6f-2e8d7c6b5a40';
  const established = await ok(
    send('post', '/task-forces', 'operator').send({ state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }),
  );
  await ok(
    send('post', '/task-forces/TX/members', 'operator').send({
      agency: 'CBP',
      capabilities: ['law-enforcement'],
    }),
  );
  const issued = await ok(
    send('post', '/directives', 'operator')
      .set('x-correlation-id', clientRequestId)
      .send(directiveBody(['TX'], ['FBI'])),
  );
  const directiveId = issued.body.id as string;
  const [issuedEvent] = await api.store.readStream(`directive-${directiveId}`);
  const correlationId = String(issuedEvent.metadata.correlationId);
  await ok(send('post', `/directives/${directiveId}/acknowledgements`, 'FBI').send({ note: 'Received.' }));
  const assigned = await ok(
    send('post', '/taskings', 'operator').send({
      taskForce: 'TX',
      leadAgency: 'FBI',
      supportingAgencies: ['CBP'],
      objective: 'smuggling',
      title: 'Disrupt the Laredo stash-house network',
      instructions: 'Identify and surveil the stash houses named in the directive annex.',
      directiveId,
      dueAt: '2099-01-01T00:00:00Z',
    }),
  );
  const taskingId = assigned.body.id as string;
  await ok(send('post', `/taskings/${taskingId}/acceptance`, 'FBI').send({}));
  const progressed = await ok(
    send('post', `/taskings/${taskingId}/progress-reports`, 'FBI').send({
      summary: 'Surveillance set up on two houses.',
      percentComplete: 40,
    }),
  );
  const pledged = await ok(
    send('post', '/commitments', 'CBP')
      // The directive's client request id again: a client header must not graft the pledge onto its trail.
      .set('x-correlation-id', clientRequestId)
      .send({
        agency: 'CBP',
        taskForce: 'TX',
        kind: 'personnel',
        quantity: 12,
        unit: 'agents',
        period: { from: '2026-01-01T00:00:00Z', to: '2026-06-30T00:00:00Z' },
        appropriation: 'available',
      }),
  );
  return {
    positions: {
      established: established.body.position,
      issued: issued.body.position,
      assigned: assigned.body.position,
      progressed: progressed.body.position,
      pledged: pledged.body.position,
    },
    directiveId,
    taskingId,
    commitmentId: pledged.body.id as string,
    correlationId,
    clientRequestId,
  };
}
