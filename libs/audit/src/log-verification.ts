import type { KeyObject } from 'node:crypto';
import { GENESIS_HASH, verifyChain } from '@hstf/contracts';
import { asVerifiable, LogVerification, LogVerifier } from './log-verifier';
import { CHECKPOINT_STREAM_ID } from './audit-streams';
import { EventStore, RecordedEvent } from '@hstf/event-store';
import { logPages, streamPages } from './log-pages';

export type StreamVerification =
  | { readonly streamId: string; readonly ok: true; readonly checked: number; readonly lastHash: string }
  | {
      readonly streamId: string;
      readonly ok: false;
      readonly checked: number;
      readonly streamPosition: string;
      readonly globalPosition: string;
      readonly eventId: string;
      readonly code: string;
      readonly reason: string;
    };

/** One stream's chain, page by page; undefined when the stream has no event. */
export async function verifyStream(
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
): Promise<StreamVerification | undefined> {
  let start = { position: 0n, prevHash: GENESIS_HASH };
  let checked = 0;
  for await (const page of streamPages(store, streamId)) {
    const result = verifyChain(page.map(asVerifiable), start);
    if (!result.ok) {
      const event = page.find((e) => e.streamPosition === result.at) as RecordedEvent;
      return {
        streamId,
        ok: false,
        checked: checked + page.indexOf(event),
        streamPosition: result.at.toString(),
        globalPosition: event.globalPosition.toString(),
        eventId: event.id,
        code: result.code,
        reason: result.reason,
      };
    }
    checked += result.checked;
    start = { position: page[page.length - 1].streamPosition + 1n, prevHash: result.lastHash };
  }
  return checked === 0 ? undefined : { streamId, ok: true, checked, lastHash: start.prevHash };
}

/** Every stream's chain and every signed checkpoint, in one pass over the global log. */
export async function verifyLog(
  store: Pick<EventStore, 'readAll' | 'readStream' | 'headPosition'>,
  trustedKey: KeyObject,
  onEvent?: (event: RecordedEvent, index: number) => void,
): Promise<LogVerification> {
  const checkpoints: RecordedEvent[] = [];
  for await (const page of streamPages(store, CHECKPOINT_STREAM_ID)) checkpoints.push(...page);
  const verifier = new LogVerifier(checkpoints, trustedKey);
  let index = 0;
  for await (const page of logPages(store)) {
    for (const event of page) {
      verifier.add(event);
      onEvent?.(event, index++);
    }
  }
  return verifier.finish();
}
