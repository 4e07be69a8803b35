/** What the feed tests and the benchmark send: directives to a few states and agencies. */
export interface Addressees {
  readonly states: readonly string[];
  readonly agencies: readonly string[];
}

// Far enough ahead that no run meets the deadline or the expiry.
const EFFECTIVE_AT = '2030-01-01T12:00:00.000Z';
const ACKNOWLEDGE_BY = '2030-01-03T12:00:00.000Z';

export function directiveBody(title: string, addressees: Addressees, body = 'Coordinate and report daily.') {
  return {
    title,
    body,
    priority: 'priority',
    addressees,
    authority: 'EO 14159 sec. 3(b)',
    effectiveAt: EFFECTIVE_AT,
    acknowledgeBy: ACKNOWLEDGE_BY,
  };
}

/** The audiences an event reaches, from the scope the command path put on it (see feed-audiences). */
export function audiencesOf(scope: Addressees): string[] {
  return [
    'command-center',
    ...scope.states.map((state) => `state:${state}`),
    ...scope.agencies.map((agency) => `agency:${agency}`),
  ];
}

/** Resolves once `done` holds, polling; rejects with `what` after the timeout. */
export async function until(done: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
