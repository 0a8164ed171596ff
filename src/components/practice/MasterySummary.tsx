import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TopicInfo } from '../../lib/practice/pool/types.ts';
import type { Tally } from '../../lib/practice/schedule/index.ts';
import { $practiceSummary, resetPractice } from '../../stores/practice.ts';
import { useHydrated } from '../use-hydrated.ts';
import { readIndex, topicHref, topicLabel } from './practice-data.ts';

interface Props {
  /** Id of the `<script type="application/json">` element holding the pool's index (for labels). */
  indexId: string;
}

const LEVEL_WORD = {
  new: 'New',
  learning: 'Learning',
  familiar: 'Familiar',
  mastered: 'Mastered',
} as const;

const share = (t: Tally) =>
  t.seen === 0 ? '—' : `${t.right} of ${t.seen} (${Math.round((100 * t.right) / t.seen)}%)`;

/** Four steps of a level as a small bar, beside the word (never the only sign). */
function LevelBar({ box }: { box: number }) {
  const filled = box >= 4 ? 4 : box >= 2 ? 3 : box >= 1 ? 2 : 1;
  return (
    <span class="mastery-bar" aria-hidden="true">
      {[1, 2, 3, 4].map((n) => (
        <span
          class={n <= filled ? 'mastery-bar__step mastery-bar__step--on' : 'mastery-bar__step'}
          key={n}
        />
      ))}
    </span>
  );
}

/**
 * The reader's mastery: per track (telling hard / soft / not a bounce apart; naming the reason),
 * per reason, and the three weakest reasons with links to where they are explained. With a reset.
 */
export default function MasterySummary({ indexId }: Props) {
  const hydrated = useHydrated();
  const summary = useStore($practiceSummary);
  const [topics, setTopics] = useState<Record<string, TopicInfo>>({});
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  /** Where focus goes after a step of the reset, so it is never lost with a vanished button. */
  const focusNext = useRef<'keep' | 'reset' | 'heading' | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useLayoutEffect(() => {
    const target = { keep: keepRef, reset: resetRef, heading: headingRef }[
      focusNext.current ?? 'keep'
    ];
    if (focusNext.current && target.current) {
      target.current.focus();
      focusNext.current = null;
    }
  });

  useEffect(() => {
    const index = readIndex(indexId);
    if (typeof index !== 'string') setTopics(index.topics);
  }, []);

  const rows = hydrated ? summary.topics : [];
  const label = (topic: string) => topicLabel(topics, topic);

  return (
    <section class="mastery" aria-labelledby="mastery-heading">
      <h2 id="mastery-heading" tabIndex={-1} ref={headingRef}>
        Your mastery
      </h2>
      <p role="status">{status}</p>
      {rows.length === 0 ? (
        <p>
          Answer a few messages and your mastery per reason shows here. It is kept in this browser
          only; reasons you get wrong come back in your next rounds.
        </p>
      ) : (
        <>
          <h3>By track</h3>
          <dl class="mastery-tracks">
            <dt>Core track: hard, soft or not a bounce</dt>
            <dd data-track="core">{share(summary.tracks.core)} right</dd>
            <dt>Ops track: naming the reason</dt>
            <dd data-track="ops">
              {summary.tracks.ops.seen === 0
                ? 'not tried yet (turn on “Also name the reason”)'
                : `${share(summary.tracks.ops)} right`}
            </dd>
          </dl>
          {summary.weakest.length > 0 && (
            <>
              <h3>Practise these next</h3>
              <ol class="mastery-weakest">
                {summary.weakest.map((t) => (
                  <li key={t.topic} data-topic={t.topic}>
                    <a href={topicHref(t.topic)}>{label(t.topic)}</a>: {t.core.right + t.ops.right}{' '}
                    of {t.core.seen + t.ops.seen} answers right
                  </li>
                ))}
              </ol>
            </>
          )}
          <h3>By reason</h3>
          <ul class="mastery-list">
            {rows.map((t) => (
              <li class="mastery-row" key={t.topic} data-topic={t.topic} data-level={t.level}>
                <a class="mastery-row__name" href={topicHref(t.topic)}>
                  {label(t.topic)}
                </a>
                <span class="mastery-row__level">
                  <LevelBar box={t.box} /> {LEVEL_WORD[t.level]}
                </span>
                <span>Hard, soft or none: {share(t.core)}</span>
                <span>Reason named: {share(t.ops)}</span>
                <span class="mastery-row__due">
                  Comes back {t.backIn === 1 ? 'next round' : `in ${t.backIn} rounds`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="mastery-actions">
        {rows.length > 0 && (
          <button type="button" class="button button--quiet" onClick={() => window.print()}>
            Print this summary
          </button>
        )}{' '}
        {rows.length > 0 && !confirming && (
          <button
            type="button"
            class="button button--quiet"
            ref={resetRef}
            onClick={() => {
              setConfirming(true);
              focusNext.current = 'keep';
            }}
          >
            Reset my practice record
          </button>
        )}
      </p>
      {confirming && (
        <div class="mastery-confirm" role="group" aria-labelledby="mastery-confirm-text">
          <p id="mastery-confirm-text">Forget every practice answer kept in this browser?</p>
          <button
            type="button"
            class="button"
            onClick={() => {
              resetPractice();
              setConfirming(false);
              setStatus('Your practice record was reset.');
              focusNext.current = 'heading';
            }}
          >
            Yes, reset it
          </button>{' '}
          <button
            type="button"
            class="button button--quiet"
            ref={keepRef}
            onClick={() => {
              setConfirming(false);
              focusNext.current = 'reset';
            }}
          >
            Keep it
          </button>
        </div>
      )}
    </section>
  );
}
