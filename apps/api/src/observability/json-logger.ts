import { LoggerService } from '@nestjs/common';
import { requestContext } from './request-context';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

/** One JSON object per line on stdout, with the correlation id of the request being served. */
export class JsonLogger implements LoggerService {
  private readonly threshold: number;

  constructor(
    level: Level = 'info',
    private readonly write: (line: string) => void = (l) => process.stdout.write(l),
  ) {
    this.threshold = LEVELS.indexOf(level);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }

  private emit(level: Level, message: unknown, rest: unknown[]): void {
    if (LEVELS.indexOf(level) < this.threshold) return;
    // Nest passes the context (logger name) as the last string argument.
    const context = typeof rest.at(-1) === 'string' ? rest.at(-1) : undefined;
    const line = {
      time: new Date().toISOString(),
      level,
      context,
      correlationId: requestContext.getStore()?.correlationId,
      ...(typeof message === 'object' && message !== null ? message : { msg: String(message) }),
    };
    this.write(`${JSON.stringify(line)}\n`);
  }
}
