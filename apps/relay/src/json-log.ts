import { LogSink } from '@hstf/messaging';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LEVELS)[number];

/** One JSON object per line on stdout: what log collectors of a container platform parse without help. */
export class JsonLog implements LogSink {
  private readonly threshold: number;

  constructor(
    private readonly context: string,
    level: LogLevel = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line),
  ) {
    this.threshold = LEVELS.indexOf(level);
  }

  /** The same output with another context, e.g. "kafka" for the client library's own lines. */
  child(context: string): JsonLog {
    return new JsonLog(context, LEVELS[this.threshold], this.write);
  }

  debug(message: string, fields?: Record<string, unknown>): void {
    this.emit('debug', message, fields);
  }
  log(message: string, fields?: Record<string, unknown>): void {
    this.emit('info', message, fields);
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.emit('warn', message, fields);
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.emit('error', message, fields);
  }

  private emit(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
    if (LEVELS.indexOf(level) < this.threshold) return;
    this.write(
      `${JSON.stringify({ time: new Date().toISOString(), level, context: this.context, msg, ...fields })}\n`,
    );
  }
}
