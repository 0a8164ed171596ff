import { describeReason, describeReplyCode, describeStatus } from '../lib/bounce/catalog/index.ts';
import type { MessageVerdict, RecipientVerdict } from '../lib/bounce/index.ts';
import {
  CONFIDENCE,
  KIND_WORDS,
  bucketWords,
  compareWithService,
  delayOutcome,
} from '../lib/inspector/present.ts';
import { lowerFirst } from '../lib/inspector/words.ts';
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
  delay: {
    label: 'Delayed — not a bounce yet',
    icon: 'clock',
    hint: 'The sending server is still retrying. Nothing has failed yet: do not count it or remove the address.',
  },
} as const;

/** A human name for a message kind, e.g. "Delayed — not a bounce yet". */
export function kindLabel(kind: MessageVerdict['kind']): string {
  return KIND_WORDS[kind];
}

/** The hard / soft / delayed / not-a-bounce badge: an icon and words, never colour alone. */
export function CategoryBadge({
  category,
  kind,
}: {
  category: RecipientVerdict['category'];
  kind?: MessageVerdict['kind'];
}) {
  const key = kind === 'delay' ? 'delay' : category;
  const c = CATEGORY[key];
  return (
    <span class={`badge badge--${key === 'delay' ? 'none' : key}`}>
      <Icon name={c.icon} /> {c.label}
    </span>
  );
}

/** The status code's meaning in the registry, and each provider's own use of it, by source. */
function StatusMeaning({ code }: { code: string }) {
  const status = describeStatus(code);
  if (!status) return <>not a well-formed enhanced status code</>;
  const registry = status.detail
    ? `Registry (${status.detail.rfc}): “${status.detail.title}”. ${status.meaning}`
    : status.meaning;
  return (
    <>
      <a href={`/reference/status-codes/#${status.anchor}`}>
        <code>{code}</code>
      </a>{' '}
      {registry}
      {status.providerUses.length > 0 && (
        <ul class="verdict__uses">
          {status.providerUses.map((use) => (
            <li key={use.provider}>
              <strong>{use.provider} uses it for:</strong> {use.meaning}{' '}
              <span class="verdict__source">(source: {use.source})</span>
            </li>
          ))}
        </ul>
      )}
    </>
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
 * One recipient's verdict: category (or a delay), reason with its explanation and advice, how sure
 * the verdict is, the codes with their meanings (linked to the reference), what a sending service
 * said beside it, the servers involved and the diagnostic text. Renders the same on the server
 * (lessons) and in islands (the inspector).
 */
export default function VerdictCard({ message, recipient, level = 3, showTrace = true }: Props) {
  const reason = describeReason(recipient.reason);
  const reply = recipient.replyCode ? describeReplyCode(recipient.replyCode) : null;
  const delay = message.kind === 'delay';
  const service = compareWithService(message, recipient);
  const confidence = CONFIDENCE[recipient.confidence];
  const Heading = level === 3 ? 'h3' : 'h4';
  const title = delay
    ? recipient.reason === 'undefined'
      ? 'Delayed: the notice names no cause'
      : `Delayed: ${lowerFirst(reason.label)}`
    : reason.label;

  return (
    <article
      class={`verdict verdict--${recipient.category}`}
      data-category={recipient.category}
      data-reason={recipient.reason}
      data-kind={message.kind}
      data-confidence={recipient.confidence}
      data-recipient={recipient.recipient}
    >
      <header class="verdict__header">
        <CategoryBadge category={recipient.category} kind={message.kind} />
        <Heading class="verdict__title">
          {title}
          {recipient.recipient && (
            <>
              {' '}
              <span class="verdict__for">for</span> <code>{recipient.recipient}</code>
            </>
          )}
        </Heading>
      </header>
      <p class="verdict__hint">{CATEGORY[delay ? 'delay' : recipient.category].hint}</p>
      {service && (
        <p class="verdict__service" data-service-differs={String(service.differ)}>
          <strong>{service.says}.</strong>{' '}
          {service.differ
            ? `Bounce Lab reads it differently: the service calls it ${bucketWords(service.theirs ?? '')}; the server's words in the event read as ${bucketWords(service.ours)}.`
            : `Bounce Lab's reading of the server's words agrees: ${bucketWords(service.ours)}.`}
        </p>
      )}
      <dl class="verdict__facts">
        <dt>{delay ? 'Cause named' : 'Reason'}</dt>
        <dd>
          <a href={`/reference/reasons/#${recipient.reason}`}>
            <code>{recipient.reason}</code>
          </a>{' '}
          {reason.summary}
        </dd>
        <dt>Confidence</dt>
        <dd>
          <strong>{confidence.label}.</strong> {confidence.meaning}
        </dd>
        <dt>Status code</dt>
        <dd>
          {recipient.status ? (
            <StatusMeaning code={recipient.status} />
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
      {delay ? (
        <>
          {recipient.willRetryUntil && (
            <p class="verdict__explanation">
              <strong>Retries until:</strong> {recipient.willRetryUntil} (the report's
              Will-Retry-Until field).
            </p>
          )}
          <p class="verdict__explanation">
            <strong>If the retries run out:</strong> the sending server gives up and sends a failure
            report for the same cause. That report is a{' '}
            {delayOutcome(recipient) === 'hard' ? 'hard' : 'soft'} bounce (
            {recipient.reason === 'undefined' ? 'delivery time expired' : lowerFirst(reason.label)}
            ), and only then does your email service count it.
          </p>
          <p class="verdict__advice">
            <strong>What to do:</strong> nothing to the address yet. If delays for this cause keep
            coming: {reason.advice}
          </p>
        </>
      ) : (
        <>
          <p class="verdict__explanation">{reason.explanation}</p>
          <p class="verdict__advice">
            <strong>What to do:</strong> {reason.advice}
          </p>
        </>
      )}
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
