import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { count, formatSize } from '../../lib/inspector/words.ts';
import {
  $hasText,
  $inspectorResult,
  $inspectorStatus,
  $inspectorText,
  $redaction,
  $undo,
  replaceText,
  undo,
} from '../../stores/inspector.ts';
import { redactText, shareLink, type ShareOutcome } from './actions.ts';
import { SHARE_LIMIT } from './share.ts';

async function copy(value: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(value);
    $inspectorStatus.set(`${what} copied to the clipboard.`);
  } catch {
    $inspectorStatus.set(
      `Your browser did not allow copying; select the ${what.toLowerCase()} and copy it by hand.`,
    );
  }
}

const KIND_NAMES: Record<string, string> = {
  address: 'address',
  name: 'name',
  'message-id': 'message id',
  ipv4: 'IP address',
  ipv6: 'IP address',
};

/** How the undo button names what it takes back. */
const UNDO_NAMES: Record<string, string> = {
  redaction: 'Undo redaction',
  'loading the sample': 'Undo: put back your text',
  'opening the file': 'Undo: put back your text',
  'opening the files': 'Undo: put back your text',
  'opening the link': 'Undo: put back your text',
  clearing: 'Undo clear',
};

/**
 * Redact, undo, copy the result, share and clear, with what the redaction replaced and the share
 * link (or why a message is too big for one, and the offer to share its relevant part).
 */
export default function Toolbar({ id }: { id: (name: string) => string }) {
  const hasText = useStore($hasText);
  const result = useStore($inspectorResult);
  const pending = useStore($undo);
  const replaced = useStore($redaction);
  const [share, setShare] = useState<ShareOutcome | null>(null);
  const [working, setWorking] = useState(false);
  const empty = !hasText;
  // A link made for an earlier text no longer applies.
  useEffect(() => $inspectorText.listen(() => setShare(null)), []);

  async function makeLink(part: boolean) {
    setWorking(true);
    $inspectorStatus.set(
      part ? 'Cutting the message down to its relevant part…' : 'Preparing the link…',
    );
    try {
      const outcome = await shareLink(part);
      setShare(outcome);
      if (outcome.kind === 'link') await copy(outcome.url, 'The share link');
      else $inspectorStatus.set('The message is too big to share in a link.');
    } catch {
      $inspectorStatus.set('The share link could not be made; your text is unchanged.');
    } finally {
      setWorking(false);
    }
  }

  return (
    <div class="inspector__toolbar">
      <div class="inspector__actions" role="group" aria-label="Redact and share">
        <button
          type="button"
          class="button button--quiet"
          disabled={empty}
          onClick={() => {
            setShare(null);
            void redactText();
          }}
        >
          Redact
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={!pending}
          onClick={() => {
            const entry = undo();
            setShare(null);
            if (entry)
              $inspectorStatus.set(
                entry.label === 'redaction'
                  ? 'Redaction undone: the text is as it was before you first redacted it.'
                  : 'Your text is back.',
              );
          }}
        >
          {pending ? (UNDO_NAMES[pending.label] ?? 'Undo') : 'Undo'}
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={!result?.ok}
          onClick={() =>
            result?.ok && void copy(JSON.stringify(result.messages, null, 2), 'The result as JSON')
          }
        >
          Copy result as JSON
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={empty || working}
          onClick={() => void makeLink(false)}
        >
          Copy share link
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={empty}
          onClick={() => {
            setShare(null);
            replaceText('', { kind: 'empty' }, 'clearing');
          }}
        >
          Clear
        </button>
      </div>
      {share?.kind === 'link' && (
        <div class="inspector__share">
          <label for={id('share')}>
            Share link (the message is redacted first
            {share.part ? '; only its relevant part' : ''})
          </label>
          <input
            id={id('share')}
            type="text"
            readOnly
            value={share.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          {share.part && (
            <p class="inspector__note">
              {share.same
                ? 'The link holds the header, the notice and the report of each message, without attachments or the returned message’s body; read alone, it gives the same verdict.'
                : 'The link holds the header, the notice and the report of each message; read alone, it gives a different verdict from the whole message, so say so when you share it.'}
            </p>
          )}
        </div>
      )}
      {share?.kind === 'too-big' && (
        <div class="notice inspector__too-big" data-share="too-big">
          <p>
            {share.part
              ? `Even the relevant part is ${formatSize(share.bytes)} compressed, over the ${formatSize(SHARE_LIMIT)} a link can carry. Share one message at a time, or send the file itself.`
              : `This message is ${formatSize(share.bytes)} compressed, over the ${formatSize(SHARE_LIMIT)} a link can carry. Share the relevant part instead: the header, the notice with the diagnostic and the report, without attachments.`}
          </p>
          {!share.part && (
            <button
              type="button"
              class="button"
              disabled={working}
              onClick={() => void makeLink(true)}
            >
              Share the relevant part
            </button>
          )}
        </div>
      )}
      {replaced && replaced.length > 0 && (
        <details class="inspector__replaced">
          <summary>What the redaction replaced ({count(replaced.length, 'value')})</summary>
          <ul>
            {replaced.slice(0, 200).map((r) => (
              <li>
                {KIND_NAMES[r.kind] ?? r.kind}: <code>{r.original}</code> →{' '}
                <code>{r.replacement}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
