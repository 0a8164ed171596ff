import { describeReason, describeReplyCode, describeStatus } from '../lib/bounce/catalog/index.ts';
import type { MessageVerdict, RecipientVerdict } from '../lib/bounce/index.ts';
import Icon from './icons/Icon.tsx';

const CATEGORY = {
  hard: {
    label: 'Hard bounce',
    icon: 'stop',
    hint: 'The address will not work: stop sending to it.',
  },
  soft: {
    label: 'Soft bounce',
    icon: 'retry',
    hint: 'The address may work later: do not remove it yet.',
  },
  none: { label: 'Not a bounce', icon: 'mail', hint: 'Nothing failed: no action on the address.' },
} as const;

const KIND: Record<MessageVerdict['kind'], string> = {
  failure: 'Delivery failure report',
  delay: 'Delay notice (still being retried)',
  delivery: 'Successful delivery report',
  'auto-reply': 'Automatic reply (RFC 3834)',
  feedback: 'Complaint / feedback report (RFC 5965)',
  'read-receipt': 'Read receipt (RFC 8098)',
  'not-bounce': 'Not a bounce',
  unrecognised: 'Not recognised as a bounce or a reply',
};

/** A human name for a message kind, e.g. "Delay notice (still being retried)". */
export function kindLabel(kind: MessageVerdict['kind']): string {
  return KIND[kind];
}

/** The hard / soft / not-a-bounce badge: an icon and words, never colour alone. */
export function CategoryBadge({ category }: { category: RecipientVerdict['category'] }) {
  const c = CATEGORY[category];
  return (
    <span class={`badge badge--${category}`}>
      <Icon name={c.icon} /> {c.label}
    </span>
  );
}

interface Props {
  message: MessageVerdict;
  recipient: RecipientVerdict;
  /** Heading level for the recipient's heading, so the card fits the page outline. */
  level?: 3 | 4;
  /** Show the decision trace in a disclosure. */
  showTrace?: boolean;
}

/**
 * One recipient's verdict: category, reason with its explanation and advice, the codes with their
 * meanings (linked to the reference), the servers involved and the diagnostic text. Renders the
 * same on the server (lessons) and in islands (the inspector).
 */
export default function VerdictCard({ message, recipient, level = 3, showTrace = true }: Props) {
  const reason = describeReason(recipient.reason);
  const status = recipient.status ? describeStatus(recipient.status) : null;
  const reply = recipient.replyCode ? describeReplyCode(recipient.replyCode) : null;
  const Heading = level === 3 ? 'h3' : 'h4';

  return (
    <article
      class={`verdict verdict--${recipient.category}`}
      data-category={recipient.category}
      data-reason={recipient.reason}
      data-recipient={recipient.recipient}
    >
      <header class="verdict__header">
        <CategoryBadge category={recipient.category} />
        <Heading class="verdict__title">
          {reason.label}
          {recipient.recipient && (
            <>
              {' '}
              <span class="verdict__for">for</span> <code>{recipient.recipient}</code>
            </>
          )}
        </Heading>
      </header>
      <p class="verdict__hint">{CATEGORY[recipient.category].hint}</p>
      <dl class="verdict__facts">
        <dt>Reason</dt>
        <dd>
          <a href={`/reference/reasons/#${recipient.reason}`}>
            <code>{recipient.reason}</code>
          </a>{' '}
          {reason.summary}
        </dd>
        <dt>Status code</dt>
        <dd>
          {recipient.status ? (
            <>
              <a href={`/reference/status-codes/#${status?.anchor ?? ''}`}>
                <code>{recipient.status}</code>
              </a>{' '}
              {status?.meaning ?? 'not a well-formed enhanced status code'}
            </>
          ) : (
            'none stated in the message'
          )}
        </dd>
        <dt>SMTP reply</dt>
        <dd>
          {recipient.replyCode ? (
            <>
              <a href={`/reference/reply-codes/#${reply?.anchor ?? ''}`}>
                <code>{recipient.replyCode}</code>
              </a>{' '}
              {reply?.entry?.meaning ?? reply?.first.meaning ?? ''}
            </>
          ) : (
            'none stated in the message'
          )}
        </dd>
        <dt>Message</dt>
        <dd>
          {kindLabel(message.kind)}
          {message.feedbackType ? `, feedback type “${message.feedbackType}”` : ''}
        </dd>
        {recipient.action && (
          <>
            <dt>Action</dt>
            <dd>
              <code>{recipient.action}</code>
            </dd>
          </>
        )}
        {message.reportingMta && (
          <>
            <dt>Reported by</dt>
            <dd>{message.reportingMta}</dd>
          </>
        )}
        {recipient.remoteMta && (
          <>
            <dt>Remote server</dt>
            <dd>{recipient.remoteMta}</dd>
          </>
        )}
        {recipient.diagnostic && (
          <>
            <dt>Diagnostic</dt>
            <dd>
              <code class="verdict__diagnostic">{recipient.diagnostic}</code>
            </dd>
          </>
        )}
      </dl>
      <p class="verdict__explanation">{reason.explanation}</p>
      <p class="verdict__advice">
        <strong>What to do:</strong> {reason.advice}
      </p>
      {showTrace && recipient.trace.length > 0 && (
        <details class="verdict__trace">
          <summary>How the classifier decided</summary>
          <ol>
            {recipient.trace.map((t) => (
              <li>
                <strong>{t.step}:</strong> {t.detail}
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}
