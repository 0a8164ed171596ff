import { segments, type Mark } from '../../lib/practice/marks/index.ts';

interface Props {
  text: string;
  from?: number;
  to?: number;
  /** Evidence to mark; empty before the reader answers. */
  marks: readonly Mark[];
}

/**
 * Text with the classifier's evidence as `<mark>` elements. Each mark can be focused and says
 * which rule fired (a hidden sentence read with it, and a tooltip), so colour is never the only sign.
 */
export default function MarkedText({ text, from = 0, to = text.length, marks }: Props) {
  return (
    <>
      {segments(text, from, to, marks).map((s) =>
        s.mark ? (
          <mark class="evidence practice-mark" tabIndex={0} title={s.mark.note} key={s.start}>
            {s.text}
            <span class="visually-hidden">
              {' '}
              (evidence: rule {s.mark.rule}, {s.mark.note})
            </span>
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
