import pino, { Logger } from 'pino';
import type { LogSink } from './log-sink';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

type Fields = Record<string, unknown>;

/** Bigints (positions, offsets) as decimal strings: as a JSON number they would lose digits past 2^53. */
function withBigintsAsText(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(withBigintsAsText);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withBigintsAsText(field)]));
  }
  return value;
}

/**
 * The one logger of every process: pino (the logger Fastify ships), one JSON object per line with
 * `level` as a word, `time` in ISO 8601, `context`, `msg` and the fields; no pid or hostname, which the
 * container platform adds. `write` receives each line; stdout by default.
 */
export function jsonLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(line),
): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => withBigintsAsText(fields) as Fields,
      },
    },
    { write },
  );
}

/**
 * The relay's and the projector's log, and the Kafka adapter's sink, over `jsonLogger`: `message` first,
 * then the fields, as the projections' structured logger calls it.
 */
export class JsonLog implements LogSink {
  private readonly root: Logger;
  private readonly logger: Logger;

  /** `root` is the logger a child shares with its parent; a new JsonLog makes its own. */
  constructor(context: string, level: LogLevel = 'info', write?: (line: string) => void, root?: Logger) {
    this.root = root ?? jsonLogger(level, write);
    this.logger = this.root.child({ context });
  }

  /** The same output under another context, e.g. "kafka" for the client library's own lines. */
  child(context: string): JsonLog {
    return new JsonLog(context, undefined, undefined, this.root);
  }

  debug(message: string, fields?: Fields): void {
    this.logger.debug(fields ?? {}, message);
  }
  info(message: string, fields?: Fields): void {
    this.logger.info(fields ?? {}, message);
  }
  log(message: string, fields?: Fields): void {
    this.logger.info(fields ?? {}, message);
  }
  warn(message: string, fields?: Fields): void {
    this.logger.warn(fields ?? {}, message);
  }
  error(message: string, fields?: Fields): void {
    this.logger.error(fields ?? {}, message);
  }
}
