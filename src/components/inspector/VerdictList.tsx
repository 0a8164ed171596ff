import { Component, type ComponentChildren } from 'preact';
import type { MessageVerdict } from '../../lib/bounce/index.ts';
import type { BounceDisagreement } from '../../lib/esp/disagreement-schema.ts';
import { KIND_WORDS, SOURCE_WORDS } from '../../lib/inspector/present.ts';
import { formatNumber } from '../../lib/inspector/words.ts';
import type { Policy } from '../../lib/simulator/policy-schema.ts';
import VerdictCard from '../VerdictCard.tsx';
import type { InspectorSample } from './actions.ts';
import EvidenceView from './EvidenceView.tsx';
import NextStep from './NextStep.tsx';
import Unrecognised from './Unrecognised.tsx';

interface Props {
  /** The messages to show, each with its number in the input (from 1). */
  shown: { message: MessageVerdict; number: number }[];
  /** How many messages the input holds. */
  total: number;
  /** The text the verdicts' offsets point into. */
  text: string;
  policies: Policy[];
  disagreements: BounceDisagreement[];
  reasonLabels: Record<string, string>;
  /** Samples offered when a text is not recognised. */
  offers: InspectorSample[];
  id: (name: string) => string;
}

/**
 * Draws its children again only when `same` changes: a verdict that comes back identical after
 * the reader edits a long message keeps its cards as they are.
 */
class Unchanged extends Component<{ same: string; children: ComponentChildren }> {
  override shouldComponentUpdate(next: { same: string }) {
    return next.same !== this.props.same;
  }
  override render() {
    return this.props.children;
  }
}

/** How a message was read, in one line: the recognised layout (by name) and the evidence used. */
function ReadAs({ message }: { message: MessageVerdict }) {
  if (message.kind === 'unrecognised') return null;
  return (
    <p class="inspector__meta">
      {message.systemLabel ? (
        <>
          Layout recognised: <strong data-layout>{message.systemLabel}</strong>
        </>
      ) : (
        'Layout not recognised: read as plain text'
      )}
      {` · read from ${SOURCE_WORDS[message.source]}`}
      {message.subject && <> · Subject: “{message.subject}”</>}
    </p>
  );
}

/**
 * The verdicts of one or a few messages: per message, how it was read and either the honest "not
 * recognised" answer or a card per recipient with what happens next; then the evidence.
 */
export default function VerdictList({
  shown,
  total,
  text,
  policies,
  disagreements,
  reasonLabels,
  offers,
  id,
}: Props) {
  return (
    <>
      {shown.map(({ message, number }) => (
        <section
          class="inspector__message"
          data-kind={message.kind}
          aria-labelledby={id(`m${number}`)}
          key={number}
        >
          <h3 id={id(`m${number}`)} tabIndex={-1}>
            {total > 1 ? `Message ${formatNumber(number)} of ${formatNumber(total)}: ` : ''}
            {KIND_WORDS[message.kind]}
          </h3>
          <ReadAs message={message} />
          {message.kind === 'unrecognised' ? (
            <Unrecognised message={message} offers={offers} />
          ) : message.recipients.length === 0 ? (
            <p
              class="verdict verdict--none"
              data-category="none"
              data-reason="none"
              data-kind={message.kind}
            >
              No recipient failed: this message reports no undeliverable address.
            </p>
          ) : (
            message.recipients.map((recipient, ri) => (
              <Unchanged
                same={JSON.stringify([number, message.kind, message.systemLabel, recipient])}
                key={ri}
              >
                <div class="inspector__recipient">
                  <VerdictCard message={message} recipient={recipient} level={4} />
                  <NextStep
                    message={message}
                    recipient={recipient}
                    policies={policies}
                    disagreements={disagreements}
                    reasonLabels={reasonLabels}
                    idPrefix={id(`m${number}-r${ri}`)}
                  />
                </div>
              </Unchanged>
            ))
          )}
          {message.trace.length > 0 && (
            <details class="verdict__trace">
              <summary>How the message was read</summary>
              <ol>
                {message.trace.map((t) => (
                  <li>
                    <strong>{t.step}:</strong> {t.detail}
                  </li>
                ))}
              </ol>
            </details>
          )}
          {message.kind !== 'unrecognised' && (
            <section class="inspector__why" aria-labelledby={id(`why${number}`)}>
              <h4 id={id(`why${number}`)}>
                The evidence in {total > 1 ? `message ${formatNumber(number)}` : 'the message'}
              </h4>
              <EvidenceView
                text={text}
                evidence={message.recipients.flatMap((r) => r.evidence)}
                range={message.range}
              />
            </section>
          )}
        </section>
      ))}
    </>
  );
}
