/** A piece of quiz text: plain words, or a code span the author wrote between backticks. */
export interface QuizTextPart {
  code: boolean;
  text: string;
}

/**
 * Splits quiz text on backtick code spans, so that `550 5.1.1` shows as code instead of with its
 * backticks. An unmatched backtick stays as text.
 * `quizTextParts('Reply `550` here')` → `[{code:false,text:'Reply '},{code:true,text:'550'},{code:false,text:' here'}]`.
 */
export function quizTextParts(text: string): QuizTextPart[] {
  const parts: QuizTextPart[] = [];
  const push = (code: boolean, value: string) => {
    if (value !== '') parts.push({ code, text: value });
  };
  let rest = text;
  for (;;) {
    const open = rest.indexOf('`');
    const close = open === -1 ? -1 : rest.indexOf('`', open + 1);
    if (open === -1 || close === -1) {
      push(false, rest);
      return parts;
    }
    push(false, rest.slice(0, open));
    push(true, rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
}
