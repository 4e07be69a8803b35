import pino, { Logger } from 'pino';
import type { LogSink } from './log-sink';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

type Fields = Record<string, unknown>;

/**
 * Bigints (positions, offsets) as decimal strings, at any depth: as JSON numbers they would lose digits
 * past 2^53. The fields are serialised once with that replacer, as JSON.stringify would (class instances by
 * their own fields, a cycle refused), and pino writes what comes back.
 */
const bigintsAsText = (_key: string, value: unknown): unknown =>
  typeof value === 'bigint' ? value.toString() : value;

function withBigintsAsText(fields: Fields): Fields {
  try {
    return JSON.parse(JSON.stringify(fields, bigintsAsText)) as Fields;
  } catch (error) {
    // A log call must not throw: a field that cannot be written is said instead of written.
    return { unloggableFields: (error as Error).message };
  }
}

/**
 * The one logger of every process: pino (the logger Fastify ships), one JSON object per line with
 * `level` as a word, `time` in ISO 8601, `context`, `msg` and the fields; no pid or hostname, which the
 * container platform adds. `write` receives each line; stdout by default.
 */
export function jsonLogger(level: LogLevel, write?: (line: string) => void): Logger {
  // stdout written synchronously: a process that exits right after its last line (a failed stop) keeps it.
  const destination = write ? { write } : pino.destination({ dest: 1, sync: true });
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => withBigintsAsText(fields),
      },
    },
    destination,
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
