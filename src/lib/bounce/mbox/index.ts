/**
 * mbox splitting: messages are separated by lines that start with `From ` (the envelope line,
 * RFC 4155). A `From ` line only starts a new message when it follows a blank line (or is the
 * first line) and is followed by a header field, so quoted body text is not split.
 */

/** `[start, end)` offsets of one message in the input. */
export interface Range {
  start: number;
  end: number;
}

const FIELD = /^[!-9;-~]{1,76}:/;

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function nextLine(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return end + 1;
}

/**
 * Returns the ranges of the messages in `text`. Text that is not an mbox yields one range covering it.
 *
 * @example splitMbox('From a@example.com Mon\nSubject: x\n\nhi\n').length // 1
 */
export function splitMbox(text: string): Range[] {
  const starts: number[] = [];
  let pos = 0;
  let prevBlank = true;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    if (prevBlank && text.startsWith('From ', pos)) {
      const next = nextLine(text, end);
      const nextText = text.slice(next, Math.min(next + 80, lineEnd(text, next)));
      if (FIELD.test(nextText)) starts.push(pos);
    }
    prevBlank = end === pos || text.slice(pos, end).trim() === '';
    pos = nextLine(text, end);
  }
  if (starts.length === 0 || text.slice(0, starts[0]).trim() !== '') starts.unshift(0);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}
