import { LogEntry, logCreator, logLevel } from 'kafkajs';
import { LogSink } from '../log-sink';

/** A repeated line is printed once per window, then with the count of the repeats it stood for. */
const REPEAT_WINDOW_MS = 30_000;
const DETAIL_FIELDS = ['error', 'broker', 'groupId', 'topic', 'retryCount'] as const;

/**
 * Routes kafkajs logs to a LogSink without flooding it: kafkajs logs every error response at ERROR,
 * including the retriable ones it recovers from itself (coordinator loading, leader moved), and repeats
 * connection errors on every retry while a broker is down.
 */
export function kafkaLogCreator(sink: LogSink, now: () => number = Date.now): logCreator {
  return () => {
    const recent = new Map<string, { at: number; repeats: number }>();
    return ({ namespace, level, log }: LogEntry) => {
      const details = DETAIL_FIELDS.filter((f) => log[f] !== undefined).map((f) => `${f}=${String(log[f])}`);
      const line = `[${namespace}] ${log.message}${details.length ? ` (${details.join(', ')})` : ''}`;
      // retryCount changes on every retry; the rest tells one group's or broker's line from another's.
      const key = `${namespace}|${log.message}|${details.filter((d) => !d.startsWith('retryCount=')).join()}`;
      const seen = recent.get(key);
      const at = now();
      if (seen && at - seen.at < REPEAT_WINDOW_MS) {
        seen.repeats += 1;
        return;
      }
      if (recent.size > 500) recent.clear();
      recent.set(key, { at, repeats: 0 });
      const text = seen?.repeats ? `${line} [repeated ${seen.repeats} times]` : line;
      const downgraded = namespace === 'Connection' && level === logLevel.ERROR ? logLevel.WARN : level;
      write(sink, downgraded, text);
    };
  };
}

function write(sink: LogSink, level: logLevel, text: string): void {
  if (level === logLevel.ERROR) sink.error(text);
  else if (level === logLevel.WARN) sink.warn(text);
  else if (level === logLevel.INFO) sink.log(text);
  else sink.debug?.(text);
}
