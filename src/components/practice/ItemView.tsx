import { useState } from 'preact/hooks';
import type { PracticeItem } from '../../lib/practice/pool/types.ts';
import MarkedText from './MarkedText.tsx';

interface Props {
  item: PracticeItem;
  /** The item's text (the variant's edits applied). */
  text: string;
  /** Show the evidence marks (after the answer). */
  revealed: boolean;
  idPrefix: string;
}

const lineCount = (text: string, from: number, to: number) => {
  let n = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
    n++;
  return n;
};

/** The trimmed message: the windows that matter, with the number of lines left out between them. */
function Excerpt({ item, text, revealed }: Omit<Props, 'idPrefix'>) {
  const marks = revealed ? item.marks : [];
  const parts: preact.ComponentChild[] = [];
  let previousEnd = 0;
  item.excerpt.forEach(([start, end], i) => {
    const skipped = lineCount(text, previousEnd, start) - (i === 0 ? 0 : 1);
    if (skipped > 0) {
      parts.push(
        <span class="practice-gap" key={`gap-${start}`}>
          {`… ${skipped} line${skipped === 1 ? '' : 's'} left out …\n`}
        </span>,
      );
    }
    parts.push(<MarkedText key={start} text={text} from={start} to={end} marks={marks} />);
    parts.push('\n');
    previousEnd = end;
  });
  const rest = lineCount(text, previousEnd, text.length);
  if (rest > 0) {
    parts.push(
      <span class="practice-gap" key="gap-end">
        {`… ${rest} line${rest === 1 ? '' : 's'} left out …`}
      </span>,
    );
  }
  return (
    <pre class="practice-source" tabIndex={0}>
      {parts}
    </pre>
  );
}

/**
 * One practice item as a reader meets it: a raw message (trimmed, with a toggle for the whole of
 * it), a single reply line, or an event row of an email service.
 */
export default function ItemView({ item, text, revealed, idPrefix }: Props) {
  const [whole, setWhole] = useState(false);
  const wholeId = `${idPrefix}-whole`;
  const marks = revealed ? item.marks : [];
  const trimmed =
    item.format === 'message' &&
    !(
      item.excerpt.length === 1 &&
      item.excerpt[0]?.[0] === 0 &&
      item.excerpt[0][1] === text.length
    );
  const toggle = item.format === 'event' || trimmed;
  const json = /^\s*[[{]/.test(text);

  return (
    <figure
      class={`practice-item practice-item--${item.format}`}
      data-item={item.id}
      data-sample={item.sample}
      data-message={item.message}
      data-format={item.format}
    >
      <figcaption class="practice-item__caption">{item.caption}</figcaption>
      {item.format === 'line' && (
        <pre class="practice-source practice-source--line" tabIndex={0}>
          <MarkedText text={text} marks={marks} />
        </pre>
      )}
      {item.format === 'event' && (
        <dl class="practice-event">
          {(item.cells ?? []).map((cell) => (
            <div class="practice-event__cell" key={cell.name}>
              <dt>{cell.name}</dt>
              <dd>
                <MarkedText text={cell.value} marks={revealed ? cell.marks : []} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {item.format === 'message' && !whole && (
        <Excerpt item={item} text={text} revealed={revealed} />
      )}
      {toggle && (
        <button
          type="button"
          class="button button--quiet practice-item__toggle"
          aria-expanded={whole}
          aria-controls={wholeId}
          onClick={() => setWhole(!whole)}
        >
          {whole
            ? item.format === 'message'
              ? 'Show only the part that matters'
              : 'Hide the raw data'
            : json
              ? 'Show the raw event'
              : 'Show the whole message'}
        </button>
      )}
      <div id={wholeId}>
        {whole && (
          <pre class="practice-source practice-source--whole" tabIndex={0}>
            <MarkedText text={text} marks={marks} />
          </pre>
        )}
      </div>
    </figure>
  );
}
