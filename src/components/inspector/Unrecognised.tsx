import type { MessageVerdict } from '../../lib/bounce/index.ts';
import { loadSample, type InspectorSample } from './actions.ts';

interface Props {
  message: MessageVerdict;
  /** A few samples to offer instead. */
  offers: InspectorSample[];
}

/**
 * The honest answer for text that is not a bounce the classifier can read: no category, what it
 * looked for and did not find, and samples to try instead.
 */
export default function Unrecognised({ message, offers }: Props) {
  return (
    <div class="inspector__unrecognised" data-outcome="unrecognised">
      <p>
        <strong>Not recognised.</strong> This text does not look like a bounce, a delay notice or an
        automatic reply, so the inspector gives no verdict rather than guess. It looked for:
      </p>
      <ul>
        {(message.lookedFor ?? []).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        Paste the whole message with its headers (in most mail programs: “Show original” or “View
        source”), or try one of the samples:
      </p>
      <ul class="inspector__offers">
        {offers.map((s) => (
          <li key={s.id}>
            <button type="button" class="button button--quiet" onClick={() => void loadSample(s)}>
              {s.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
