import { useState } from 'preact/hooks';
import { makeSeed } from '../../lib/practice/random/index.ts';

const browserRandom = () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32;

/**
 * Makes a team challenge link: `/practice/?seed=…` gives everyone who opens it the same ten
 * messages. The link is made here and shared only by the reader.
 */
export default function TeamChallenge() {
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      (document.getElementById('practice-challenge-link') as HTMLInputElement | null)?.select();
      setCopied('Copying was not allowed here: the link is selected, press Ctrl+C (⌘C on a Mac).');
    }
  }

  return (
    <section class="practice-team" aria-labelledby="practice-team-heading">
      <h2 id="practice-team-heading">Team challenge</h2>
      <p>
        Make a link and share it: everyone who opens it gets the same ten messages, and each gets a
        result card to paste back into the chat.
      </p>
      <p>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            setLink(`${location.origin}${location.pathname}?seed=${makeSeed(browserRandom)}`);
            setCopied('');
          }}
        >
          {link ? 'Make another link' : 'Make a challenge link'}
        </button>
      </p>
      {link && (
        <div class="practice-team__link">
          <label for="practice-challenge-link">Challenge link</label>
          <input id="practice-challenge-link" type="text" readOnly value={link} />
          <p>
            <button type="button" class="button button--quiet" onClick={() => void copy()}>
              Copy the link
            </button>{' '}
            <a href={link}>Play this round</a> <span role="status">{copied}</span>
          </p>
        </div>
      )}
    </section>
  );
}
