import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ClassifyResult } from '../lib/bounce/index.ts';
import type { BounceDisagreement } from '../lib/esp/disagreement-schema.ts';
import type { FileSpan } from '../lib/inspector/batch.ts';
import type { Policy } from '../lib/simulator/policy-schema.ts';
import {
  $busy,
  $classifiedFiles,
  $classifiedText,
  $files,
  $inspectorError,
  $inspectorResult,
  $inspectorStatus,
  $inspectorText,
  $textOrigin,
  keepForUndo,
  replaceText,
} from '../stores/inspector.ts';
import { classifyNow, loadSample, type InspectorSample } from './inspector/actions.ts';
import type BatchViewType from './inspector/BatchView.tsx';
import InputPanel from './inspector/InputPanel.tsx';
import { isReturnVisit, load, save, type Saved } from './inspector/session.ts';
import { unpack } from './inspector/share.ts';
import StatusLine from './inspector/StatusLine.tsx';
import Toolbar from './inspector/Toolbar.tsx';
import VerdictList from './inspector/VerdictList.tsx';
import { useHydrated } from './use-hydrated.ts';

export type { InspectorSample } from './inspector/actions.ts';

interface Props {
  samples: InspectorSample[];
  policies: Policy[];
  /** Known cross-vendor disagreements, shown under "Compare every service". */
  disagreements: BounceDisagreement[];
  /** Reason labels by id, for the sample picker's groups. */
  reasonLabels: Record<string, string>;
  /** The sample's text and its verdict, read at build time: shown without starting the worker. */
  initial?: { id: string; text: string; result: ClassifyResult; title: string } | undefined;
  /** The inspector page: open a shared message (#m=) or a sample (?sample=) from the address. */
  page?: boolean;
  idPrefix?: string;
}

/** Texts up to this size are saved for a return visit after each reading, bigger ones on leaving. */
const SAVE_EAGERLY = 1024 * 1024;
/** Up to this many messages are shown in full; a bigger batch shows the chosen message only. */
const CARDS_AT_ONCE = 5;

const sameFiles = (a: FileSpan[], b: FileSpan[]) =>
  a.length === b.length &&
  a.every((f, i) => f.name === b[i]?.name && f.start === b[i]?.start && f.end === b[i]?.end);

/** A few samples to offer when a text is not recognised: a hard bounce, a soft one, a delay. */
function offersFrom(samples: InspectorSample[]): InspectorSample[] {
  const picks = [
    samples.find((s) => s.kind === 'failure' && s.reasons.includes('userunknown')),
    samples.find((s) => s.kind === 'failure' && s.reasons.includes('mailboxfull')),
    samples.find((s) => s.kind === 'delay'),
  ];
  return picks.filter((s): s is InspectorSample => s !== undefined);
}

/**
 * The bounce inspector: paste, drop or pick bounces and see, per recipient, what the classifier
 * makes of them and why; many at once become a batch table. Classification runs in a Web Worker
 * with the project's own classifier; nothing the reader types leaves the browser.
 */
export default function BounceInspector({
  samples,
  policies,
  disagreements,
  reasonLabels,
  initial,
  page = false,
  idPrefix = 'inspector',
}: Props) {
  // Until the island is live, its controls stay disabled, so nothing typed or picked is lost.
  const hydrated = useHydrated();
  const result = useStore($inspectorResult);
  const text = useStore($classifiedText);
  const files = useStore($classifiedFiles);
  const busy = useStore($busy);
  const [selected, setSelected] = useState<number | null>(null);
  const [Batch, setBatch] = useState<typeof BatchViewType | null>(null);
  const id = (name: string) => `${idPrefix}-${name}`;
  const offers = useMemo(() => offersFrom(samples), [samples]);
  const messages = result?.ok ? result.messages : [];
  const batch = messages.length > 1;

  // Read the text when the reader pauses; a big text waits a little longer between keystrokes.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      const value = $inspectorText.get();
      timer = setTimeout(
        () => {
          const now = $files.get();
          if (value === $classifiedText.get() && sameFiles(now, $classifiedFiles.get())) return;
          void classifyNow(value, now);
        },
        value.length > 500_000 ? 600 : 250,
      );
    };
    const stops = [$inspectorText.listen(schedule), $files.listen(schedule)];
    return () => {
      stops.forEach((stop) => stop());
      clearTimeout(timer);
    };
  }, []);

  // Keep the text in this tab's session storage, so "Open the simulator" and Back keep it.
  useEffect(() => {
    const current = (): Saved => ({
      text: $inspectorText.get(),
      origin: $textOrigin.get(),
      files: $files.get(),
    });
    const persist = () => void save(idPrefix, current());
    const hidden = () => document.visibilityState === 'hidden' && persist();
    const stop = $inspectorResult.listen(() => {
      const now = current();
      if (now.text.length <= SAVE_EAGERLY && !save(idPrefix, now)) {
        $inspectorStatus.set(
          `${$inspectorStatus.get()} (This browser would not keep the text for when you come back.)`,
        );
      }
    });
    addEventListener('pagehide', persist);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      stop();
      removeEventListener('pagehide', persist);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);

  // Open with: the text from before (Back, reload), a shared link, a sample named in the address,
  // the lesson's own sample, or the text left here earlier in this tab. (This effect comes after
  // the listeners above, so that what it puts in the box is read.)
  useEffect(() => {
    const saved = load(idPrefix);
    const restore = (s: Saved) =>
      replaceText(
        s.text,
        s.origin.kind === 'sample' ? s.origin : { kind: 'restored' },
        '',
        s.files,
      );
    const fragment = page ? new URLSearchParams(location.hash.slice(1)).get('m') : null;
    const asked = page ? new URLSearchParams(location.search).get('sample') : null;
    if (saved && saved.text !== initial?.text && (isReturnVisit() || (!fragment && !asked))) {
      restore(saved);
      return;
    }
    if (saved && saved.text !== initial?.text) {
      keepForUndo({ ...saved, label: fragment ? 'opening the link' : 'loading the sample' });
    }
    if (fragment) {
      unpack(fragment)
        .then((shared) => replaceText(shared, { kind: 'link' }, 'opening the link'))
        .catch(() =>
          $inspectorError.set(
            'The link does not hold a readable message. It may have been cut short when it was copied.',
          ),
        );
    } else if (asked) {
      const sample = samples.find((s) => s.id === asked);
      if (sample) void loadSample(sample);
      else
        $inspectorError.set(
          `There is no sample called “${asked}”. Choose one from the sample lists below.`,
        );
    } else if (initial) {
      $classifiedText.set(initial.text);
      $classifiedFiles.set([]);
      $inspectorResult.set(initial.result);
      replaceText(initial.text, { kind: 'sample', id: initial.id, title: initial.title }, '');
      $inspectorStatus.set(`Loaded the sample “${initial.title}”, read when this page was built.`);
    }
  }, []);

  useEffect(() => {
    setSelected(null);
    if (batch && !Batch) {
      void import('./inspector/BatchView.tsx').then((m) => setBatch(() => m.default));
    }
  }, [result]);

  const shown = batch
    ? messages.length <= CARDS_AT_ONCE
      ? messages.map((message, i) => ({ message, number: i + 1 }))
      : selected !== null && messages[selected - 1]
        ? [{ message: messages[selected - 1]!, number: selected }]
        : []
    : messages.map((message) => ({ message, number: 1 }));

  return (
    <section class="inspector" aria-labelledby={id('heading')}>
      <h2 id={id('heading')} class="visually-hidden">
        Bounce inspector
      </h2>
      <p class="notice">
        <strong>Private by design:</strong> the message is read by code running in your browser.
        Nothing you paste, drop or type here is sent anywhere. This tab keeps a copy in its session
        storage until you close it, so the text is still here when you come back from another page.
        A share link keeps the redacted message in the part of the address after “#”, which browsers
        never send to a server.
      </p>
      <InputPanel
        samples={samples}
        reasonLabels={reasonLabels}
        initialText={initial?.text ?? ''}
        hydrated={hydrated}
        id={id}
      />
      <Toolbar id={id} />
      <StatusLine id={id} />
      <div class="inspector__results" aria-live={batch ? undefined : 'polite'} aria-busy={busy}>
        {batch &&
          (Batch ? (
            <Batch
              messages={messages}
              files={files}
              reasonLabels={reasonLabels}
              selected={selected}
              onSelect={(n) => {
                setSelected(n);
                requestAnimationFrame(() => document.getElementById(id(`m${n}`))?.focus());
              }}
              id={id}
            />
          ) : (
            <p>Preparing the batch table…</p>
          ))}
        <VerdictList
          shown={shown}
          total={messages.length}
          text={text}
          policies={policies}
          disagreements={disagreements}
          reasonLabels={reasonLabels}
          offers={offers}
          id={id}
        />
      </div>
    </section>
  );
}
