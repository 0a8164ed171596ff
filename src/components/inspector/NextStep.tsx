import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { MessageVerdict, RecipientVerdict } from '../../lib/bounce/index.ts';
import { espDelayRows } from '../../lib/esp/delays.ts';
import type { BounceDisagreement } from '../../lib/esp/disagreement-schema.ts';
import { canSimulate, delayOutcome } from '../../lib/inspector/present.ts';
import { lowerFirst } from '../../lib/inspector/words.ts';
import type { Policy } from '../../lib/simulator/policy-schema.ts';
import { treat } from '../../lib/simulator/treatment.ts';
import { $chosenEsp, $inspectorStatus } from '../../stores/inspector.ts';
import { appendCampaign } from '../../stores/simulator.ts';
import EspVerdicts from '../EspVerdicts.tsx';

interface Props {
  message: MessageVerdict;
  recipient: RecipientVerdict;
  policies: Policy[];
  disagreements: BounceDisagreement[];
  reasonLabels: Record<string, string>;
  idPrefix: string;
}

/** What the chosen service does with a delay: its retries, then what it records if they run out. */
function delayText(policy: Policy, eventual: 'hard' | 'soft'): string {
  const row = espDelayRows([policy], eventual)[0];
  const after = treat(policy, eventual).text;
  if (!row)
    return `Nothing is counted while the message is delayed. If the retries run out: ${after}`;
  return `${row.whileDelayed} If the retries run out: ${row.ifRetriesRunOut}`;
}

/**
 * What happens next at the reader's email service (chosen in a select, remembered across pages),
 * the offer to send a real bounce to the simulator, and the comparison with every service.
 */
export default function NextStep({
  message,
  recipient,
  policies,
  disagreements,
  reasonLabels,
  idPrefix,
}: Props) {
  const esp = useStore($chosenEsp);
  // The comparison table is drawn when the reader opens it, not with every verdict.
  const [comparing, setComparing] = useState(false);
  const policy = policies.find((p) => p.id === esp) ?? policies[0];
  if (!policy) return null;
  const reasonLabel = reasonLabels[recipient.reason] ?? recipient.reason;
  const delay = message.kind === 'delay' ? delayOutcome(recipient) : undefined;
  const selectId = `${idPrefix}-esp`;

  function sendToSimulator() {
    if (!canSimulate(message, recipient) || recipient.category === 'none') return;
    appendCampaign({
      outcome: recipient.category,
      reason: recipient.reason,
      note: `From the inspector: ${reasonLabel}`,
    });
    $inspectorStatus.set(
      `Added a ${recipient.category} bounce (${reasonLabel}) to the simulator's timeline.`,
    );
  }

  const label =
    delay !== undefined
      ? `a delay (${lowerFirst(reasonLabel)})`
      : `this ${recipient.category === 'none' ? 'message' : `${recipient.category} bounce`} (${reasonLabel})`;

  return (
    <div class="next-step">
      <h4 class="next-step__title">What happens next</h4>
      <div class="next-step__service">
        <label for={selectId}>At</label>
        <select
          id={selectId}
          value={policy.id}
          onChange={(e) => $chosenEsp.set(e.currentTarget.value)}
        >
          {policies.map((p) => (
            <option value={p.id} key={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <p>
        {delay !== undefined ? delayText(policy, delay) : treat(policy, recipient.category).text}
      </p>
      {canSimulate(message, recipient) && (
        <p>
          <button type="button" class="button button--quiet" onClick={sendToSimulator}>
            Send to simulator
          </button>{' '}
          <a href="/simulator/">Open the simulator</a>
        </p>
      )}
      <details
        class="esp-verdicts__details"
        onToggle={(e) => setComparing((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>Compare every service</summary>
        {comparing && (
          <EspVerdicts
            policies={policies}
            disagreements={disagreements}
            verdict={recipient}
            label={label}
            idPrefix={`${idPrefix}-compare`}
            level={5}
            delay={delay}
          />
        )}
      </details>
    </div>
  );
}
