import { Logger } from '@nestjs/common';

/** What the adapters log through; Nest's Logger and `console` both fit. */
export interface LogSink {
  error(message: string): void;
  warn(message: string): void;
  log(message: string): void;
  debug?(message: string): void;
}

export const defaultLogSink = (context: string): LogSink => new Logger(context);
