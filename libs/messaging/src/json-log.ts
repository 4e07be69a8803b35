import type { LogSink } from './log-sink';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LEVELS)[number];

type Fields = Record<string, unknown>;

/**
 * One JSON object per line on stdout, what container platforms' log collectors parse without help. It is
 * the Kafka adapter's sink and, by its shape, the projections' structured logger: the relay and projector
 * processes log through it.
 */
export class JsonLog implements LogSink {
  private readonly threshold: number;

  constructor(
    private readonly context: string,
    level: LogLevel = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line),
  ) {
    this.threshold = LEVELS.indexOf(level);
  }

  /** The same output under another context, e.g. "kafka" for the client library's own lines. */
  child(context: string): JsonLog {
    return new JsonLog(context, LEVELS[this.threshold], this.write);
  }

  debug(message: string, fields?: Fields): void {
    this.emit('debug', message, fields);
  }
  info(message: string, fields?: Fields): void {
    this.emit('info', message, fields);
  }
  log(message: string, fields?: Fields): void {
    this.emit('info', message, fields);
  }
  warn(message: string, fields?: Fields): void {
    this.emit('warn', message, fields);
  }
  error(message: string, fields?: Fields): void {
    this.emit('error', message, fields);
  }

  private emit(level: LogLevel, msg: string, fields: Fields = {}): void {
    if (LEVELS.indexOf(level) < this.threshold) return;
    const line = { time: new Date().toISOString(), level, context: this.context, msg, ...fields };
    this.write(
      `${JSON.stringify(line, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))}\n`,
    );
  }
}
