import { createHash } from 'node:crypto';
import { Client, ClientConfig } from 'pg';
import { LogSink } from '../log-sink';
import { abortableDelay } from './abortable-delay';
import { LeaseHold, RelayLease } from './relay-lease';

export interface AdvisoryLockLeaseOptions {
  /** A session of its own is opened here: a pooled connection could hand the lock to another query. */
  readonly connection: ClientConfig;
  /** Relays with the same name contend for the same lock. */
  readonly name: string;
  /** How often a standby relay tries again. Default 2 s. */
  readonly retryIntervalMs?: number;
  /** How often the holder checks its session is alive. Default 2 s. */
  readonly heartbeatMs?: number;
  readonly logger: LogSink;
}

/**
 * A session-level `pg_try_advisory_lock` on a PostgreSQL server. PostgreSQL releases it when the session
 * ends, also when the process holding it is killed, so a standby takes over without any expiry to wait out.
 * The holder learns that its session broke from the connection's error or from a failed heartbeat, and
 * stops; between the break and that moment both may publish, which at-least-once delivery absorbs.
 */
export class AdvisoryLockLease implements RelayLease {
  readonly key: bigint;
  private standby?: Client;

  constructor(private readonly options: AdvisoryLockLeaseOptions) {
    this.key = lockKey(options.name);
  }

  async acquire(signal: AbortSignal): Promise<LeaseHold> {
    let waitingLogged = false;
    for (;;) {
      signal.throwIfAborted();
      try {
        const client = await this.standbySession();
        const [row] = (
          await client.query('SELECT pg_try_advisory_lock($1::bigint) AS held', [this.key.toString()])
        ).rows as { held: boolean }[];
        if (row.held) {
          this.standby = undefined;
          return new AdvisoryLockHold(
            client,
            this.key,
            this.options.heartbeatMs ?? 2000,
            this.options.logger,
          );
        }
        if (!waitingLogged)
          this.options.logger.log(`relay lease "${this.options.name}" is held elsewhere: standing by`);
        waitingLogged = true;
      } catch (error) {
        this.options.logger.warn(`relay lease "${this.options.name}": ${(error as Error).message}`);
        await this.dropStandby();
      }
      await abortableDelay(this.options.retryIntervalMs ?? 2000, signal);
      if (signal.aborted) await this.dropStandby();
    }
  }

  /** A waiting relay keeps its session between tries instead of reconnecting every time. */
  private async standbySession(): Promise<Client> {
    if (this.standby) return this.standby;
    const client = new Client({ keepAlive: true, ...this.options.connection });
    client.on('error', () => void this.dropStandby());
    await client.connect().catch(async (error: unknown) => {
      await client.end().catch(() => undefined);
      throw error;
    });
    this.standby = client;
    return client;
  }

  private async dropStandby(): Promise<void> {
    const client = this.standby;
    this.standby = undefined;
    await client?.end().catch(() => undefined);
  }
}

class AdvisoryLockHold implements LeaseHold {
  private readonly controller = new AbortController();
  private readonly heartbeat: NodeJS.Timeout;
  readonly lost = this.controller.signal;

  constructor(
    private readonly client: Client,
    private readonly key: bigint,
    heartbeatMs: number,
    private readonly logger: LogSink,
  ) {
    client.removeAllListeners('error');
    client.on('error', (error) => this.lose(error));
    client.on('end', () => this.lose(new Error('lease session ended')));
    this.heartbeat = setInterval(() => {
      client.query('SELECT 1').catch((error: Error) => this.lose(error));
    }, heartbeatMs);
    this.heartbeat.unref();
  }

  async release(): Promise<void> {
    clearInterval(this.heartbeat);
    if (!this.lost.aborted) {
      this.controller.abort(new Error('lease released'));
      await this.client
        .query('SELECT pg_advisory_unlock($1::bigint)', [this.key.toString()])
        .catch(() => undefined);
    }
    await this.client.end().catch(() => undefined);
  }

  private lose(error: Error): void {
    if (this.lost.aborted) return;
    clearInterval(this.heartbeat);
    this.logger.error(`relay lease lost: ${error.message}`);
    this.controller.abort(error);
    void this.client.end().catch(() => undefined);
  }
}

/** A stable 64-bit lock id per relay name, so unrelated advisory locks in the same database do not clash. */
function lockKey(name: string): bigint {
  return createHash('sha256').update(`hstf-relay:${name}`).digest().readBigInt64BE(0);
}
