import type { AcknowledgementRecord, KnownDirective } from '../directive';
import { mayReadTextOf, Reader } from './need-to-know';

/** Each acknowledgement keeps who acknowledged and when; its note only for the agency that wrote it. */
export function redactAcknowledgement(reader: Reader, record: AcknowledgementRecord): AcknowledgementRecord {
  if (record.note === undefined || mayReadTextOf(reader, record.acknowledgedBy)) return record;
  const { note: _withheld, ...rest } = record;
  return rest;
}

/** A directive (its state, or a read model row built on it) as this reader may read it. */
export function redactDirective<D extends KnownDirective>(reader: Reader, directive: D): D {
  return {
    ...directive,
    acknowledgements: directive.acknowledgements.map((record) => redactAcknowledgement(reader, record)),
  };
}
