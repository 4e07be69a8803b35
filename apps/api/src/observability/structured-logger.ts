import { Logger } from '@nestjs/common';
import type { FollowLogger } from '@hstf/event-store';

/**
 * The libs' structured lines (a message and its fields: the log follower, the projections) written by the
 * app's one logger under `context`.
 */
export function structuredLogger(context: string): FollowLogger {
  const logger = new Logger(context);
  const line = (message: string, fields?: Record<string, unknown>) =>
    fields ? { msg: message, ...fields } : message;
  return {
    info: (message, fields) => logger.log(line(message, fields)),
    warn: (message, fields) => logger.warn(line(message, fields)),
    error: (message, fields) => logger.error(line(message, fields)),
  };
}
