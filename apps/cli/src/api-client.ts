/** A small HTTP client of the command API, for the demo and the benchmarks: every call goes through the API. */
export interface CommandAnswer {
  readonly id: string;
  readonly revision: string;
  readonly position: string;
  readonly replayed: boolean;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`HTTP ${status}: ${JSON.stringify(problem)}`);
  }
}

export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async post<T = CommandAnswer>(
    path: string,
    token: string,
    body: unknown,
    idempotencyKey?: string,
  ): Promise<T> {
    return this.send<T>('POST', path, token, body, idempotencyKey);
  }

  async put<T = CommandAnswer>(
    path: string,
    token: string,
    body: unknown,
    idempotencyKey?: string,
  ): Promise<T> {
    return this.send<T>('PUT', path, token, body, idempotencyKey);
  }

  async get<T = unknown>(path: string, token: string): Promise<T> {
    return this.send<T>('GET', path, token);
  }

  private async send<T>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    key?: string,
  ): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new ApiError(response.status, parsed);
    return parsed as T;
  }
}
