import { describe, expect, it } from 'vitest';
import { splitMbox } from './index.ts';

describe('mbox', () => {
  it('splits on From lines that follow a blank line and precede a header', () => {
    const a =
      'From x@example.com Mon Mar  3 10:00:00 2025\nSubject: one\n\nbody\nFrom here on, text.\n\n';
    const b = 'From y@example.com Mon Mar  3 10:01:00 2025\nSubject: two\n\nbody\n';
    const ranges = splitMbox(a + b);
    expect(ranges).toEqual([
      { start: 0, end: a.length },
      { start: a.length, end: a.length + b.length },
    ]);
  });

  it('returns one range for a single message', () => {
    expect(splitMbox('Subject: x\n\nFrom me\n')).toEqual([{ start: 0, end: 20 }]);
  });
});
