/**
 * The classifier pipeline: input → messages (mbox split) → MIME scan → the sources of facts, asked
 * in `SOURCE_ORDER` (report-like look-alikes, JSON events, the report part, an attached bounce, the
 * text layout) → per-recipient facts → reason (`decide/`) → verdict. `classify` never throws.
 */
import type { TraceStep } from '../decide/index.ts';
import { splitMbox, type Range } from '../mbox/index.ts';
import { findHeaderStart, scanMessage } from '../mime/index.ts';
import { systemLabel } from '../catalog/systems/index.ts';
import { readBare, readEvents, SOURCE_ORDER, type Pipeline } from '../sources/index.ts';
import { decodeBytes } from '../text/index.ts';
import { looksLikeMessage, messageInput, type MessageInput } from './message.ts';
import { profileOf, type Profile } from './profile.ts';
import type { ClassifyOptions, ClassifyResult, MessageVerdict } from './types.ts';

export type * from './types.ts';
export type { ProfileName } from './profile.ts';

/** Default input limit: 10 MB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Classifies a raw message, an mbox, an SMTP transcript, a single reply line or a diagnostic text.
 *
 * @example classify('550 5.1.1 <a@example.com>: Recipient address rejected: User unknown').ok // true
 */
export function classify(
  input: string | Uint8Array,
  options: ClassifyOptions = {},
): ClassifyResult {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const size = typeof input === 'string' ? input.length : input.byteLength;
    if (size > max) {
      return {
        ok: false,
        error: { code: 'too-large', message: `Input is ${size} bytes; the limit is ${max} bytes.` },
      };
    }
    const text = typeof input === 'string' ? input : decodeBytes(input);
    if (text.trim() === '')
      return { ok: false, error: { code: 'empty', message: 'Input is empty.' } };
    const profile = profileOf(options.profile);
    const ranges = splitMbox(text);
    const messages = ranges.map((r, i) => classifyMessage(text, r, i, ranges.length, profile));
    return { ok: true, messages };
  } catch (err) {
    return {
      ok: false,
      error: { code: 'internal', message: `Could not classify: ${String(err)}` },
    };
  }
}

/** Asks each source in turn; the text layout always answers, so the last line is never reached. */
const pipeline: Pipeline = {
  readMessage(m: MessageInput): MessageVerdict {
    for (const source of SOURCE_ORDER) {
      const found = source.read(m, pipeline);
      if (found) return found;
    }
    throw new Error('no source read the message');
  },
};

function classifyMessage(
  input: string,
  range: Range,
  index: number,
  total: number,
  profile: Profile,
): MessageVerdict {
  let msg = scanMessage(input, range.start, range.end);
  const trace: TraceStep[] = [];
  if (total > 1)
    trace.push({ step: 'split', detail: `Message ${index + 1} of ${total} in an mbox` });
  if (!looksLikeMessage(msg.root)) {
    // Blank lines or a line of junk before the header (a copy-paste, a tool's banner): the
    // message starts at its first header block.
    const start = findHeaderStart(input, range.start, range.end);
    if (start > range.start) {
      const later = scanMessage(input, start, range.end);
      if (looksLikeMessage(later.root)) {
        msg = later;
        trace.push({ step: 'layout', detail: 'Text before the first header field was skipped' });
      }
    }
  }
  let found: MessageVerdict;
  if (looksLikeMessage(msg.root)) {
    found = pipeline.readMessage(messageInput(input, msg, range, trace, 0, profile));
  } else {
    // Not a message: a service's JSON event pasted on its own, or a server's words.
    const text = input.slice(range.start, range.end);
    const whole = { text, start: range.start, end: range.end, encoded: false };
    found =
      readEvents({ range, trace, profile }, whole) ?? readBare({ input, range, trace, profile });
  }
  const label = systemLabel(found.system);
  return label ? { ...found, systemLabel: label } : found;
}
