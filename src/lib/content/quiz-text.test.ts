import { describe, expect, it } from 'vitest';
import { quizTextParts } from './index.ts';

describe('quizTextParts', () => {
  it('turns backtick spans into code parts', () => {
    expect(quizTextParts('A `550 5.1.1` reply and `Action: failed`.')).toEqual([
      { code: false, text: 'A ' },
      { code: true, text: '550 5.1.1' },
      { code: false, text: ' reply and ' },
      { code: true, text: 'Action: failed' },
      { code: false, text: '.' },
    ]);
  });

  it('leaves text without code, and an unmatched backtick, as it is', () => {
    expect(quizTextParts('Plain.')).toEqual([{ code: false, text: 'Plain.' }]);
    expect(quizTextParts('One ` tick')).toEqual([{ code: false, text: 'One ` tick' }]);
  });
});
