import { useStore } from '@nanostores/preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TriageFeedback } from '../../lib/triage/item.ts';
import type { MailboxItem, TrackId } from '../../lib/triage/mailboxes.ts';
import { ACTION_LABELS, TRIAGE_ACTIONS, type TriageAction } from '../../lib/triage/piles.ts';
import { $triage, answerTriage } from '../../stores/triage.ts';
import { useHydrated } from '../use-hydrated.ts';
import Icon from '../icons/Icon.tsx';

/** One message of the exercise as the island receives it: data computed at build time. */
export interface AnswerItem {
  sample: string;
  expected: TriageAction;
  /** The sample's title, revealed with the explanation. */
  title: string;
  feedback: TriageFeedback;
}

interface Props {
  track: TrackId;
  /** Every message of the track (the last answer dates the result). */
  items: MailboxItem[];
  item: AnswerItem;
  number: number;
  total: number;
  /** The id of the message's heading, which labels the group of buttons. */
  headingId: string;
  /** Where "next" goes: the next message's heading, or the result. */
  next: { href: string; label: string };
}

/**
 * The four pile buttons under one message; once the reader chooses, the explanation from the
 * classifier's verdict replaces them and takes the focus, so a keyboard user reads it next.
 */
export default function TriageAnswer({
  track,
  items,
  item,
  number,
  total,
  headingId,
  next,
}: Props) {
  const hydrated = useHydrated();
  const stored = useStore($triage)[track]?.answers[item.sample];
  const answer = hydrated ? stored : undefined;
  const feedbackRef = useRef<HTMLDivElement>(null);
  const justAnswered = useRef(false);

  // Before the browser paints: the pressed button is gone, and the focus must not fall to the page.
  useLayoutEffect(() => {
    if (answer !== undefined && justAnswered.current) {
      justAnswered.current = false;
      feedbackRef.current?.focus();
    }
  }, [answer]);

  if (answer === undefined) {
    const groupLabel = `${headingId}-question`;
    return (
      <div class="triage-answer" data-state="open">
        <p class="triage-answer__question" id={groupLabel}>
          Which pile does message {number} go in?
        </p>
        <div
          class="triage-answer__buttons"
          role="group"
          aria-labelledby={`${groupLabel} ${headingId}`}
        >
          {TRIAGE_ACTIONS.map((action) => (
            <button
              type="button"
              class="button button--quiet triage-answer__pile"
              data-action={action}
              disabled={!hydrated}
              onClick={() => {
                justAnswered.current = true;
                answerTriage(track, items, item.sample, action);
              }}
            >
              {ACTION_LABELS[action]}
            </button>
          ))}
        </div>
      </div>
    );
  }

  const right = answer === item.expected;
  const f = item.feedback;
  return (
    <div
      class="triage-answer triage-feedback"
      data-state="answered"
      data-result={right ? 'right' : 'wrong'}
      data-answer={answer}
      tabindex={-1}
      ref={feedbackRef}
    >
      <p class="triage-feedback__outcome">
        {right ? (
          <strong>
            <Icon name="check" /> Right: {ACTION_LABELS[answer]}.
          </strong>
        ) : (
          <strong>
            <Icon name="cross" /> Not quite: you chose {ACTION_LABELS[answer]}; it belongs in{' '}
            {ACTION_LABELS[item.expected]}.
          </strong>
        )}{' '}
        Message {number} of {total} was “{item.title}”.
      </p>
      <dl class="triage-feedback__details">
        <div>
          <dt>The classifier's verdict</dt>
          <dd>
            {f.verdict}
            {f.reason && (
              <>
                {' '}
                (<code>{f.reason}</code>)
              </>
            )}
          </dd>
        </div>
        {f.evidence ? (
          <div>
            <dt>The evidence</dt>
            <dd>
              <code class="triage-feedback__line">
                {f.evidence.before}
                <mark>{f.evidence.match}</mark>
                {f.evidence.after}
              </code>
              {f.evidence.note && <span class="triage-feedback__note"> {f.evidence.note}</span>}
            </dd>
          </div>
        ) : (
          f.reading && (
            <div>
              <dt>How it was read</dt>
              <dd>{f.reading}</dd>
            </div>
          )
        )}
        {f.diagnostic && (
          <div>
            <dt>The server's words</dt>
            <dd>
              <code class="triage-feedback__line">{f.diagnostic}</code>
            </dd>
          </div>
        )}
        {f.service && (
          <div>
            <dt>The sending service</dt>
            <dd>{f.service}</dd>
          </div>
        )}
        <div>
          <dt>Why {ACTION_LABELS[item.expected].toLowerCase()}</dt>
          <dd>{f.why}</dd>
        </div>
      </dl>
      <p class="triage-feedback__next">
        <a href={next.href}>{next.label}</a>
      </p>
    </div>
  );
}
