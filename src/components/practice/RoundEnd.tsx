import { useState } from 'preact/hooks';
import { resultCard, roundScore, type RoundAnswer } from '../../lib/practice/card/index.ts';
import type { PracticeIndexItem, TopicInfo } from '../../lib/practice/pool/types.ts';
import { CATEGORY_LABEL, ResultIcon } from './Category.tsx';
import { topicHref, topicLabel } from './practice-data.ts';

interface Props {
  answers: RoundAnswer[];
  seed: string;
  team: boolean;
  topics: Record<string, TopicInfo>;
  items: PracticeIndexItem[];
  headingRef: (el: HTMLElement | null) => void;
  onAgain: () => void;
}

/**
 * The end of a round: the score, what each message was, and a text result card for a team chat.
 * The card is copied only when the reader asks; nothing is sent anywhere.
 */
export default function RoundEnd({
  answers,
  seed,
  team,
  topics,
  items,
  headingRef,
  onAgain,
}: Props) {
  const score = roundScore(answers);
  const card = resultCard({
    answers,
    seed,
    team,
    pageUrl: `${location.origin}${location.pathname}`,
  });
  const [copied, setCopied] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(card);
      setCopied('Copied. Paste it into your team chat.');
    } catch {
      const area = document.getElementById('practice-card') as HTMLTextAreaElement | null;
      area?.select();
      setCopied('Copying was not allowed here: the card is selected, press Ctrl+C (⌘C on a Mac).');
    }
  }

  return (
    <div class="practice-end" data-score={`${score.right}/${score.total}`}>
      <h3 class="practice-end__heading" tabIndex={-1} ref={headingRef}>
        Round complete: {score.right} of {score.total} right
      </h3>
      {score.reasons.answered > 0 && (
        <p>
          Reasons named right: {score.reasons.right} of {score.reasons.answered}.
        </p>
      )}
      <ol class="practice-end__list">
        {answers.map((a) => {
          const topic = items.find((i) => i.id === a.itemId)?.topic ?? 'not-bounce';
          const right = a.answer === a.verdict;
          return (
            <li key={a.itemId}>
              <ResultIcon right={right} /> {right ? 'Right' : 'Wrong'}:{' '}
              {CATEGORY_LABEL[a.verdict].toLowerCase()}
              {!right && ` (you said ${CATEGORY_LABEL[a.answer].toLowerCase()})`},{' '}
              <a href={topicHref(topic)}>{topicLabel(topics, topic)}</a>
            </li>
          );
        })}
      </ol>
      <div class="practice-card">
        <label for="practice-card">Your result card, to paste into a team chat</label>
        <textarea id="practice-card" readOnly rows={card.split('\n').length + 1} value={card} />
        <p class="practice-card__actions">
          <button type="button" class="button" onClick={() => void copy()}>
            Copy the result card
          </button>{' '}
          <span role="status">{copied}</span>
        </p>
        <p class="practice-card__note">Nothing leaves this page unless you copy it.</p>
      </div>
      <p>
        <button type="button" class="button" onClick={onAgain}>
          Play another round
        </button>
      </p>
    </div>
  );
}
