import { useEffect, useState } from 'preact/hooks';
import { describeRange, readNumber, type NumberField } from '../lib/simulator/fields.ts';

interface Props {
  /** Element id of the input; the hint and the message get ids derived from it. */
  id: string;
  label: string;
  field: NumberField;
  /** The value in use (the last valid one). */
  value: number;
  /** Called with a valid number; invalid text never reaches it. */
  onValid: (value: number) => void;
  /** Called with the field's state, so a form can tell whether everything is valid. */
  onState?: ((valid: boolean) => void) | undefined;
  /** What the value is still used for while the text is invalid: "The timeline still uses 7." */
  keeps?: ((value: number) => string) | undefined;
  disabled?: boolean | undefined;
  class?: string | undefined;
}

/**
 * A number field that shows what the reader typed, checks it against the field's range, and
 * says next to the field what is wrong. Only valid values are passed on; the hint states the
 * range before anything goes wrong.
 */
export default function NumberInput({
  id,
  label,
  field,
  value,
  onValid,
  onState,
  keeps,
  disabled,
  class: className,
}: Props) {
  const [text, setText] = useState(String(value));
  const result = readNumber(text, field);
  // A value set from elsewhere (a story, a link) replaces a valid text; a half-typed invalid one
  // stays until the reader fixes it.
  useEffect(() => {
    if (result.ok && result.value !== value) setText(String(value));
  }, [value]);
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  return (
    <div class={`number-field ${className ?? ''}`} data-invalid={result.ok ? undefined : 'true'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={field.whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellcheck={false}
        value={text}
        disabled={disabled}
        aria-invalid={result.ok ? undefined : 'true'}
        aria-describedby={`${hintId} ${messageId}`}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          const read = readNumber(next, field);
          onState?.(read.ok);
          if (read.ok) onValid(read.value);
        }}
      />
      <span id={hintId} class="number-field__hint">
        {describeRange(field)}
      </span>
      <span id={messageId} class="number-field__message" aria-live="polite">
        {result.ok ? '' : `${result.message}${keeps ? ` ${keeps(value)}` : ''}`}
      </span>
    </div>
  );
}
