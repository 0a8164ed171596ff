/**
 * The interface every source of facts implements. A source reads one kind of evidence (a report
 * part, a JSON event, the bounce's text layout...) and, when the message is of its kind, returns
 * the verdict; otherwise it returns undefined and the next source in `SOURCE_ORDER` is asked.
 */
import type { MessageInput } from '../classify/message.ts';
import type { MessageVerdict } from '../classify/types.ts';

/** What a source may ask of the pipeline (to read a bounce attached to the message, say). */
export interface Pipeline {
  /** Reads a (nested) message with every source, as the top-level message is read. */
  readMessage(m: MessageInput): MessageVerdict;
}

/** One source of facts. */
export interface FactSource {
  /** Stable id, e.g. `report-part`. */
  id: string;
  /** The verdict when the message is of this source's kind, else undefined. */
  read(m: MessageInput, pipeline: Pipeline): MessageVerdict | undefined;
}
