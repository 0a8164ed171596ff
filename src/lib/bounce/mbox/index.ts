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
  let at = text.startsWith('From ') ? 0 : text.indexOf('From ');
  while (at >= 0) {
    const prev = at === 0 ? 10 : text.charCodeAt(at - 1);
    if (prev === 10 || prev === 13) {
      const blankBefore = at === 0 || isBlankLineBefore(text, at);
      if (blankBefore) {
        const next = nextLine(text, lineEnd(text, at));
        const nextText = text.slice(next, Math.min(next + 80, lineEnd(text, next)));
        if (FIELD.test(nextText)) starts.push(at);
      }
    }
    at = text.indexOf('From ', at + 5);
  }
  if (starts.length === 0 || text.slice(0, starts[0]).trim() !== '') starts.unshift(0);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

/** True when the line before offset `at` (which starts a line) is blank or absent. */
function isBlankLineBefore(text: string, at: number): boolean {
  let i = at - 1;
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  i--;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
