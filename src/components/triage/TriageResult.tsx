import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import type { MailboxItem, TrackId } from '../../lib/triage/mailboxes.ts';
import { ACTION_LABELS } from '../../lib/triage/piles.ts';
import { MAX_NAME, resultLine, scoreTrack } from '../../lib/triage/progress.ts';
import { $triage, nameTriage, restartTriage } from '../../stores/triage.ts';
import { useHydrated } from '../use-hydrated.ts';
import Icon from '../icons/Icon.tsx';

interface Props {
  track: TrackId;
  /** "core track", as it reads inside a sentence. */
  trackName: string;
  items: MailboxItem[];
  /** Sample id → the sample's title, for the results table. */
  titles: Record<string, string>;
  /** Id of the result's heading (the last message's "Your result" link points at it). */
  headingId: string;
  /** Id of the first message's heading, focused when the reader starts again. */
  startId: string;
  level: 3 | 4;
}

/**
 * The running score and, once every message is sorted, the printable result: a line for the
 * onboarding file ("Completed the core track triage exercise — 11/12 — 7 December 2026"), an
 * optional name, and the answers message by message.
 */
export default function TriageResult({
  track,
  trackName,
  items,
  titles,
  headingId,
  startId,
  level,
}: Props) {
  const hydrated = useHydrated();
  const all = useStore($triage);
  const progress = hydrated ? all[track] : undefined;
  const score = scoreTrack(items, progress);
  const certificate = useRef<HTMLDivElement>(null);
  const Heading = `h${level}` as 'h3' | 'h4';

  // Printing from the button prints the result alone (see triage.css); the marks go after.
  useEffect(() => {
    const done = () => {
      delete document.documentElement.dataset['printing'];
      certificate.current?.removeAttribute('data-print-target');
    };
    addEventListener('afterprint', done);
    return () => removeEventListener('afterprint', done);
  }, []);

  function restart() {
    restartTriage(track);
    document.getElementById(startId)?.focus();
  }

  function print() {
    document.documentElement.dataset['printing'] = 'triage';
    certificate.current?.setAttribute('data-print-target', '');
    window.print();
  }

  const status = !hydrated
    ? ''
    : score.complete
      ? `All ${score.total} messages sorted: ${score.correct} in the right pile.`
      : score.answered === 0
        ? `${score.total} messages to sort.`
        : `${score.answered} of ${score.total} sorted, ${score.correct} in the right pile so far.`;

  return (
    <section
      class="triage-result"
      aria-labelledby={headingId}
      data-complete={score.complete ? 'true' : 'false'}
    >
      <Heading id={headingId} tabindex={-1}>
        Your result
      </Heading>
      <p class="triage-result__status" role="status" aria-live="polite" data-score={score.correct}>
        {status}
      </p>
      {score.complete ? (
        <>
          <div class="triage-certificate" ref={certificate}>
            <p class="triage-certificate__site">Bounce Lab</p>
            {progress?.name && <p class="triage-certificate__name">{progress.name}</p>}
            <p class="triage-certificate__line">
              {resultLine(trackName, score, progress?.completedOn)}
            </p>
            <table class="triage-certificate__table">
              <caption>Message by message</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Message</th>
                  <th scope="col">Your pile</th>
                  <th scope="col">Right pile</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item, i) => {
                  const answer = progress?.answers[item.sample];
                  const right = answer === item.expected;
                  return (
                    <tr data-result={right ? 'right' : 'wrong'}>
                      <td>{i + 1}</td>
                      <td>{titles[item.sample] ?? item.sample}</td>
                      <td>
                        <Icon name={right ? 'check' : 'cross'} />{' '}
                        {answer ? ACTION_LABELS[answer] : '—'}
                        <span class="visually-hidden">{right ? ' (right)' : ' (wrong)'}</span>
                      </td>
                      <td>{ACTION_LABELS[item.expected]}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div class="triage-result__actions">
            <label class="triage-result__name">
              Name to print on the result (optional; it stays in this browser)
              <input
                type="text"
                autocomplete="name"
                maxLength={MAX_NAME}
                value={progress?.name ?? ''}
                onChange={(e) => nameTriage(track, e.currentTarget.value)}
              />
            </label>
            <button type="button" class="button" onClick={print}>
              Print the result
            </button>
            <button type="button" class="button button--quiet" onClick={restart}>
              Start again
            </button>
          </div>
        </>
      ) : (
        <>
          <p>Sort every message to get a result you can print for your team's onboarding file.</p>
          {score.answered > 0 && (
            <button type="button" class="button button--quiet" onClick={restart}>
              Start again
            </button>
          )}
        </>
      )}
    </section>
  );
}
