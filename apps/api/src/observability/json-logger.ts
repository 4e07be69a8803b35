import { LoggerService } from '@nestjs/common';
import { jsonLogger, LogLevel } from '@hstf/messaging';
import type { Logger } from 'pino';
import { requestContext } from './request-context';

/**
 * Nest's logger over the processes' one logger (`jsonLogger`, pino): one JSON object per line on stdout,
 * with the logger's name as `context` and the correlation id of the request being served.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(level: LogLevel = 'info', write?: (line: string) => void) {
    this.pino = jsonLogger(level, write);
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

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    // Nest passes the context (logger name) as the last string argument.
    const context = typeof rest.at(-1) === 'string' ? rest.at(-1) : undefined;
    const correlationId = requestContext.getStore()?.correlationId;
    const fields = {
      ...(context === undefined ? {} : { context }),
      ...(correlationId === undefined ? {} : { correlationId }),
      ...(typeof message === 'object' && message !== null ? message : { msg: String(message) }),
    };
    this.pino[level](fields);
  }
}
