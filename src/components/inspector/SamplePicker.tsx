import type { InspectorSample } from './actions.ts';

interface Props {
  id: string;
  label: string;
  /** Option groups: a heading and its samples. */
  groups: (readonly [string, InspectorSample[]])[];
  /** The picked option's value; '' when the text is not a sample picked here. */
  value: string;
  disabled: boolean;
  /** Called with the option's value and the sample it stands for. */
  onPick: (value: string, sample: InspectorSample) => void;
}

/**
 * The option value for a sample in the group at `index`: unique, so arrow keys step through every
 * option even when a sample sits in two groups.
 */
export const optionValue = (index: number, sampleId: string) => `${index}:${sampleId}`;

/** The sample id of an option value. */
export const sampleOf = (value: string) => value.slice(value.indexOf(':') + 1);

/**
 * A select of samples in labelled groups. It keeps the picked sample shown, so the arrow keys
 * step from one sample to the next and each step loads it.
 */
export default function SamplePicker({ id, label, groups, value, disabled, onPick }: Props) {
  return (
    <div class="inspector__picker">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const picked = e.currentTarget.value;
          const sample = groups.flatMap(([, list]) => list).find((s) => s.id === sampleOf(picked));
          if (sample) onPick(picked, sample);
        }}
      >
        <option value="">Choose a sample…</option>
        {groups.map(([heading, list], index) => (
          <optgroup label={heading} key={heading}>
            {list.map((s) => (
              <option value={optionValue(index, s.id)} key={s.id}>
                {s.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
