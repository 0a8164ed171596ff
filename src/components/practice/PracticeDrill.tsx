import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Category, ReasonId } from '../../lib/bounce/reason/ids.ts';
import type { RoundAnswer } from '../../lib/practice/card/index.ts';
import { drawRound } from '../../lib/practice/draw/index.ts';
import { itemText } from '../../lib/practice/pool/text.ts';
import type { PracticeIndex, PracticeItem, SampleChunk } from '../../lib/practice/pool/types.ts';
import { nextRound } from '../../lib/practice/progress/index.ts';
import { checkSeed, makeSeed, seedNumber } from '../../lib/practice/random/index.ts';
import { dueTopics } from '../../lib/practice/schedule/index.ts';
import { $practice, recordPracticeAnswer, setOpsTrack } from '../../stores/practice.ts';
import { CATEGORY_LABEL, CategoryBadge, CategoryIcon, ResultIcon } from './Category.tsx';
import ItemView from './ItemView.tsx';
import { findItem, loadChunk, readIndex, topicHref, topicLabel } from './practice-data.ts';
import RoundEnd from './RoundEnd.tsx';
import TeamChallenge from './TeamChallenge.tsx';

interface Props {
  /** Id of the `<script type="application/json">` element holding the pool's index. */
  indexId: string;
  /** Where the per-sample data files are, e.g. `/practice/data/`. */
  dataUrl: string;
}

interface Round {
  seed: string;
  /** A team challenge (seed from the link): the same round for everyone. */
  team: boolean;
  /** The scheduler's round number for the answers given in it. */
  number: number;
  ids: string[];
  chunks: Record<string, SampleChunk>;
}

/** One answered item, with what the feedback needs. */
interface Given extends RoundAnswer {
  reason?: ReasonId | undefined;
}

type Phase =
  | { name: 'loading' }
  | { name: 'error'; message: string }
  | { name: 'question' }
  | { name: 'reason'; answer: Category }
  | { name: 'feedback' }
  | { name: 'done' };

const ANSWER_KEYS: Record<string, Category> = { h: 'hard', s: 'soft', n: 'none' };
/** Inputs where a letter key types nothing. */
const CHOICE_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** A generator for fresh seeds: the browser's own randomness (src/lib never draws its own). */
const browserRandom = () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32;

/** Keys typed into a text field or used with a modifier are not answers (a checkbox is no text field). */
function ignoredKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true;
  const field = (event.target as HTMLElement | null)?.closest(
    'input, textarea, select, [contenteditable="true"]',
  );
  if (!field) return false;
  return !(field instanceof HTMLInputElement) || !CHOICE_INPUTS.has(field.type);
}

/**
 * The "Hard or soft?" drill: rounds of ten messages from the project's samples, answered with
 * buttons or the keys H, S and N (and, on the ops track, the reason with 1–4), each followed by
 * the classifier's verdict, its evidence marked in the message and one sentence of why.
 */
export default function PracticeDrill({ indexId, dataUrl }: Props) {
  const progress = useStore($practice);
  const [index, setIndex] = useState<PracticeIndex | null>(null);
  const [round, setRound] = useState<Round | null>(null);
  const [position, setPosition] = useState(0);
  const [given, setGiven] = useState<Given[]>([]);
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  /** Elements that can take focus after a step, by name, and the one that should next. */
  const focusTargets = useRef<Record<string, HTMLElement | null>>({});
  const pendingFocus = useRef<string | null>(null);

  const item: PracticeItem | undefined = round
    ? findItem(round.chunks[sampleOf(round, position)], round.ids[position] ?? '')
    : undefined;
  const text = round && item ? itemText(round.chunks[item.sample]?.texts ?? {}, item) : undefined;
  const last = given[position];

  function sampleOf(r: Round, at: number): string {
    const id = r.ids[at] ?? '';
    return index?.items.find((i) => i.id === id)?.sample ?? '';
  }

  /** Draws and loads a round: a team challenge for `seed`, else one tuned to this reader. */
  async function start(pool: PracticeIndex, seed?: string) {
    setPhase({ name: 'loading' });
    const team = seed !== undefined;
    const roundSeed = seed ?? makeSeed(browserRandom);
    const stored = $practice.get();
    const number = nextRound(stored);
    const ids = drawRound(pool.items, {
      seed: seedNumber(roundSeed),
      due: team ? [] : dueTopics(stored.topics, number),
    });
    const samples = [
      ...new Set(ids.map((id) => pool.items.find((i) => i.id === id)?.sample ?? '')),
    ];
    try {
      const loaded = await Promise.all(samples.map((s) => loadChunk(dataUrl, s)));
      setRound({
        seed: roundSeed,
        team,
        number,
        ids,
        chunks: Object.fromEntries(loaded.map((c) => [c.sample, c])),
      });
      setPosition(0);
      setGiven([]);
      setAnnouncement('');
      setPhase({ name: 'question' });
      pendingFocus.current = 'item';
    } catch (error) {
      setPhase({ name: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  // Read the pool and the link's seed once, after hydration.
  useEffect(() => {
    const pool = readIndex(indexId);
    if (typeof pool === 'string') {
      setPhase({ name: 'error', message: pool });
      return;
    }
    setIndex(pool);
    const param = new URLSearchParams(location.search).get('seed');
    if (param === null) {
      void start(pool);
      return;
    }
    const check = checkSeed(param);
    if (check.ok) void start(pool, check.seed);
    else {
      setNotice(`${check.message} Here is a practice round of your own instead.`);
      void start(pool);
    }
  }, []);

  // Move focus where the reader's next step is, in the render that shows it (before paint, so a
  // key pressed at once lands where the reader now is).
  useLayoutEffect(() => {
    const target = pendingFocus.current ? focusTargets.current[pendingFocus.current] : null;
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });

  function finish(answer: Category, reason?: ReasonId) {
    if (!round || !item) return;
    const core = answer === item.category;
    const asked = reason !== undefined;
    const reasonRight = asked ? reason === item.topic : undefined;
    recordPracticeAnswer({ topic: item.topic, round: round.number, core, ops: reasonRight });
    const next = [...given];
    next[position] = { itemId: item.id, verdict: item.category, answer, reasonRight, reason };
    setGiven(next);
    setPhase({ name: 'feedback' });
    setAnnouncement(
      `${core ? 'Right' : 'Not quite'}: ${CATEGORY_LABEL[item.category].toLowerCase()}` +
        (asked ? `; reason ${reasonRight ? 'right' : 'not right'}.` : '.'),
    );
    pendingFocus.current = 'feedback';
  }

  function answerCategory(answer: Category) {
    if (!item || phase.name !== 'question') return;
    // The store, not the last render: a key pressed right after ticking the box obeys it.
    if ($practice.get().opsTrack && item.options.length > 0) {
      setPhase({ name: 'reason', answer });
      pendingFocus.current = 'reason';
    } else finish(answer);
  }

  function next() {
    if (!round) return;
    if (position + 1 >= round.ids.length) {
      setPhase({ name: 'done' });
      setAnnouncement('Round complete.');
      pendingFocus.current = 'done';
      return;
    }
    setPosition(position + 1);
    setPhase({ name: 'question' });
    setAnnouncement('');
    pendingFocus.current = 'item';
  }

  function newRound() {
    if (!index) return;
    if (round?.team) history.replaceState(null, '', location.pathname);
    setNotice('');
    void start(index);
  }

  // Keys: H, S, N answer; 1–4 name the reason, Escape skips it; Enter moves on.
  const handler = useRef<(event: KeyboardEvent) => void>(() => undefined);
  handler.current = (event: KeyboardEvent) => {
    if (ignoredKey(event)) return;
    const key = event.key.toLowerCase();
    if (phase.name === 'question' && key in ANSWER_KEYS) {
      event.preventDefault();
      answerCategory(ANSWER_KEYS[key] as Category);
    } else if (phase.name === 'reason' && item) {
      const choice = Number(key);
      if (choice >= 1 && choice <= item.options.length) {
        event.preventDefault();
        finish(phase.answer, item.options[choice - 1]);
      } else if (key === 'escape') {
        event.preventDefault();
        finish(phase.answer);
      }
    } else if (phase.name === 'feedback' && key === 'enter') {
      // Enter on a button, link or disclosure does what it does there.
      if ((event.target as HTMLElement | null)?.closest('button, a, summary')) return;
      event.preventDefault();
      next();
    }
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handler.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const focusRef = (name: string) => (el: HTMLElement | null) => {
    focusTargets.current[name] = el;
  };

  const topics = index?.topics ?? {};
  const answeredCount = given.filter(Boolean).length;

  return (
    <section class="practice-drill" aria-labelledby="drill-heading" data-phase={phase.name}>
      <h2 id="drill-heading" class="visually-hidden">
        The drill
      </h2>
      <p class="visually-hidden practice-live" role="status" aria-live="polite">
        {announcement}
      </p>
      {notice && (
        <p class="notice practice-notice" role="alert">
          {notice}
        </p>
      )}
      {phase.name === 'loading' && (
        <p class="practice-loading">Preparing a round of ten messages…</p>
      )}
      {phase.name === 'error' && (
        <div class="practice-error" role="alert">
          <p>{phase.message}</p>
          {index && (
            <button
              type="button"
              class="button"
              onClick={() => void start(index, round?.team ? round.seed : undefined)}
            >
              Try again
            </button>
          )}
        </div>
      )}

      {round &&
        (phase.name === 'question' || phase.name === 'reason' || phase.name === 'feedback') && (
          <div class="practice-round">
            <p class="practice-round__meta">
              {round.team ? (
                <>
                  Team challenge <code>{round.seed}</code>: everyone who opens this link gets these
                  ten messages.
                </>
              ) : (
                <>
                  Practice round, tuned to what you get wrong.{' '}
                  {answeredCount > 0 && `${answeredCount} answered.`}
                </>
              )}
            </p>
            <h3 class="practice-round__heading" tabIndex={-1} ref={focusRef('item')}>
              Message {position + 1} of {round.ids.length}
            </h3>
            {item && text !== undefined ? (
              <ItemView
                key={item.id}
                item={item}
                text={text}
                revealed={phase.name === 'feedback'}
                idPrefix="practice-item"
              />
            ) : (
              <p role="alert">
                This message could not be shown: its data is damaged. Skip it with “Next”.
              </p>
            )}

            {phase.name === 'question' && (
              <div class="practice-answers" role="group" aria-labelledby="answer-prompt">
                <p id="answer-prompt" class="practice-answers__prompt">
                  What is it? Answer with a button or a key: <kbd>H</kbd> hard, <kbd>S</kbd> soft,{' '}
                  <kbd>N</kbd> not a bounce.
                </p>
                <div class="practice-answers__buttons">
                  {(['hard', 'soft', 'none'] as const).map((c) => (
                    <button
                      type="button"
                      class={`button practice-answer practice-answer--${c}`}
                      data-answer={c}
                      aria-keyshortcuts={c === 'none' ? 'N' : c[0]?.toUpperCase()}
                      onClick={() => answerCategory(c)}
                      disabled={!item}
                    >
                      <CategoryIcon category={c} /> {CATEGORY_LABEL[c]}{' '}
                      <kbd aria-hidden="true">{c === 'none' ? 'N' : c[0]?.toUpperCase()}</kbd>
                    </button>
                  ))}
                </div>
                <p class="practice-answers__track">
                  <label>
                    <input
                      type="checkbox"
                      checked={progress.opsTrack}
                      onChange={(e) => setOpsTrack((e.target as HTMLInputElement).checked)}
                    />{' '}
                    Also name the reason (ops track)
                  </label>
                </p>
              </div>
            )}

            {phase.name === 'reason' && item && (
              <div class="practice-answers" role="group" aria-labelledby="reason-prompt">
                <p id="reason-prompt" class="practice-answers__prompt">
                  You said <strong>{CATEGORY_LABEL[phase.answer].toLowerCase()}</strong>. Now the
                  reason: press <kbd>1</kbd>–<kbd>{item.options.length}</kbd>, or <kbd>Esc</kbd> to
                  skip.
                </p>
                <ol class="practice-reasons">
                  {item.options.map((reason, i) => (
                    <li key={reason}>
                      <button
                        type="button"
                        class="button button--quiet practice-reason"
                        data-reason={reason}
                        aria-keyshortcuts={String(i + 1)}
                        ref={i === 0 ? focusRef('reason') : null}
                        onClick={() => finish(phase.answer, reason)}
                      >
                        <kbd aria-hidden="true">{i + 1}</kbd> {topicLabel(topics, reason)}
                      </button>
                    </li>
                  ))}
                </ol>
                <button
                  type="button"
                  class="button button--quiet"
                  data-reason=""
                  onClick={() => finish(phase.answer)}
                >
                  Skip the reason
                </button>
              </div>
            )}

            {phase.name === 'feedback' && item && last && (
              <div
                class={`practice-feedback practice-feedback--${last.answer === item.category ? 'right' : 'wrong'}`}
                data-verdict={item.category}
                data-correct={String(last.answer === item.category)}
              >
                <h4 class="practice-feedback__heading" tabIndex={-1} ref={focusRef('feedback')}>
                  <ResultIcon right={last.answer === item.category} />{' '}
                  {last.answer === item.category
                    ? `Right: ${CATEGORY_LABEL[item.category].toLowerCase()}.`
                    : `Not quite: you said ${CATEGORY_LABEL[last.answer].toLowerCase()}, the classifier says ${CATEGORY_LABEL[item.category].toLowerCase()}.`}
                </h4>
                <dl class="practice-feedback__facts">
                  <dt>Classifier's verdict</dt>
                  <dd>
                    <CategoryBadge category={item.category} />{' '}
                    {item.topic !== 'not-bounce' && (
                      <>
                        <a href={topicHref(item.topic)}>{topicLabel(topics, item.topic)}</a>{' '}
                        <code>{item.topic}</code>
                      </>
                    )}
                  </dd>
                  {last.reasonRight !== undefined && last.reason && (
                    <>
                      <dt>Your reason</dt>
                      <dd>
                        <ResultIcon right={last.reasonRight} /> {topicLabel(topics, last.reason)} —{' '}
                        {last.reasonRight ? 'right' : 'not this one'}
                      </dd>
                    </>
                  )}
                  {(item.status || item.replyCode) && (
                    <>
                      <dt>Codes</dt>
                      <dd>
                        {item.replyCode && <code>{item.replyCode}</code>}{' '}
                        {item.status && <code>{item.status}</code>}
                      </dd>
                    </>
                  )}
                </dl>
                <p class="practice-feedback__why">
                  {item.why}{' '}
                  <a href={topicHref(item.topic)}>
                    Read about “{topicLabel(topics, item.topic)}” in the reasons reference
                  </a>
                  .
                </p>
                {item.service && <p class="practice-feedback__service">{item.service}</p>}
                <p class="practice-feedback__evidence">
                  {item.marks.length > 0 ? (
                    <>
                      <mark class="evidence">Marked text</mark> is the evidence the classifier used;
                      focus a mark to hear the rule that fired.
                    </>
                  ) : (
                    'No single line decided this one: the message as a whole (its sender, headers and structure) did.'
                  )}
                </p>
                <p class="practice-feedback__source">
                  Sample: {item.title} (written by {item.system})
                  {item.origin === 'variant' && ', shown with other addresses, hosts and dates'}
                  {item.origin === 'reply-line' && ', its reply line alone'}.
                </p>
                <button type="button" class="button practice-next" data-next onClick={next}>
                  {position + 1 >= round.ids.length ? 'See your score' : 'Next message'}{' '}
                  <kbd aria-hidden="true">Enter</kbd>
                </button>
              </div>
            )}
            {phase.name !== 'feedback' && !item && (
              <button type="button" class="button practice-next" data-next onClick={next}>
                Next message
              </button>
            )}
          </div>
        )}

      {round && phase.name === 'done' && (
        <RoundEnd
          answers={given.filter(Boolean)}
          seed={round.seed}
          team={round.team}
          topics={topics}
          items={index?.items ?? []}
          headingRef={focusRef('done')}
          onAgain={newRound}
        />
      )}

      <TeamChallenge />
    </section>
  );
}
