import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatSize } from '../../lib/inspector/words.ts';
import { $inspectorText, $textOrigin, typeText } from '../../stores/inspector.ts';
import {
  loadSample,
  markChanged,
  noteLongText,
  openFiles,
  type InspectorSample,
} from './actions.ts';
import SamplePicker, { optionValue, sampleOf } from './SamplePicker.tsx';

interface Props {
  samples: InspectorSample[];
  /** Reason labels by id, for the picker's groups. */
  reasonLabels: Record<string, string>;
  /** The text the server rendered into the box (a lesson's sample), so hydration keeps it. */
  initialText: string;
  hydrated: boolean;
  id: (name: string) => string;
}

type Groups = (readonly [string, InspectorSample[]])[];

/**
 * A browser redraws all of a text area's text on each keystroke, which takes seconds for a few
 * megabytes. A text longer than this is edited by its start only (HEAD characters, cut at a line
 * end); the rest is kept as it is and read with the reader's changes.
 */
const EDIT_LIMIT = 256 * 1024;
const HEAD = 32 * 1024;

/** Where the editable start of a long text ends: the last line end before HEAD. */
function headEnd(text: string): number {
  const cut = text.lastIndexOf('\n', HEAD);
  return cut > 0 ? cut + 1 : HEAD;
}

function group(samples: InspectorSample[], reasonLabels: Record<string, string>) {
  const bySystem = new Map<string, InspectorSample[]>();
  const byReason = new Map<string, InspectorSample[]>();
  for (const s of samples) {
    bySystem.set(s.systemLabel, [...(bySystem.get(s.systemLabel) ?? []), s]);
    for (const r of new Set(s.reasons)) byReason.set(r, [...(byReason.get(r) ?? []), s]);
  }
  const label = (reason: string) => reasonLabels[reason] ?? reason;
  return {
    bySystem: [...bySystem].sort((a, b) => a[0].localeCompare(b[0])) as Groups,
    byReason: [...byReason]
      .sort((a, b) => label(a[0]).localeCompare(label(b[0])))
      .map(([reason, list]) => [label(reason), list] as const) as Groups,
  };
}

/** The first option that stands for `sampleId` in these groups, or ''. */
function firstOption(groups: Groups, sampleId: string): string {
  const index = groups.findIndex(([, list]) => list.some((s) => s.id === sampleId));
  return index < 0 ? '' : optionValue(index, sampleId);
}

/**
 * Where the message comes from: two sample pickers, a file picker, and the text area that also
 * takes dropped files. The text area is not redrawn on each keystroke (a 3 MB text stays
 * responsive); text set elsewhere (a sample, Undo) is written into it directly.
 */
export default function InputPanel({ samples, reasonLabels, initialText, hydrated, id }: Props) {
  const origin = useStore($textOrigin);
  const box = useRef<HTMLTextAreaElement>(null);
  /** The whole text, as far as this component knows (the box may hold only its start). */
  const shown = useRef(initialText);
  /** The part of a long text that is not in the box. */
  const tail = useRef('');
  const [long, setLong] = useState<{ total: number; head: number } | null>(null);
  const [editAll, setEditAll] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [picked, setPicked] = useState({ reason: '', system: '' });
  const groups = useMemo(() => group(samples, reasonLabels), [samples]);

  /** Writes `text` into the box: all of it, or its start when it is long. */
  function put(text: string, all: boolean) {
    shown.current = text;
    const cut = !all && text.length > EDIT_LIMIT ? headEnd(text) : text.length;
    tail.current = text.slice(cut);
    const head = cut < text.length ? text.slice(0, cut) : text;
    if (box.current) box.current.value = head;
    noteLongText(tail.current ? { head, tail: tail.current } : null);
    setLong(cut < text.length ? { total: text.length, head: cut } : null);
  }

  useEffect(
    () =>
      $inspectorText.listen((text) => {
        if (text === shown.current) return;
        markChanged();
        setEditAll(false);
        put(text, false);
      }),
    [],
  );

  // The pickers show the sample on screen; any other text leaves them at "Choose a sample…".
  const current = origin.kind === 'sample' ? origin.id : '';
  const valueFor = (which: 'reason' | 'system', groupsOf: Groups) =>
    current && sampleOf(picked[which]) === current ? picked[which] : firstOption(groupsOf, current);

  function pick(which: 'reason' | 'system', value: string, sample: InspectorSample) {
    setPicked({ reason: '', system: '', [which]: value });
    void loadSample(sample);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void openFiles(files);
  }

  return (
    <div class="inspector__input">
      <div class="inspector__pickers">
        <SamplePicker
          id={id('by-reason')}
          label="Sample by reason"
          groups={groups.byReason}
          value={valueFor('reason', groups.byReason)}
          disabled={!hydrated}
          onPick={(value, sample) => pick('reason', value, sample)}
        />
        <SamplePicker
          id={id('by-system')}
          label="Sample by sending system"
          groups={groups.bySystem}
          value={valueFor('system', groups.bySystem)}
          disabled={!hydrated}
          onPick={(value, sample) => pick('system', value, sample)}
        />
        <div class="inspector__picker">
          <label for={id('file')}>
            Open files (.eml, .txt, .mbox; several at once for a batch)
          </label>
          <input
            id={id('file')}
            type="file"
            multiple
            accept=".eml,.txt,.mbox,.msg,.json,message/rfc822,text/plain,application/mbox,application/json"
            disabled={!hydrated}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              if (files.length > 0) void openFiles(files);
              e.currentTarget.value = '';
            }}
          />
        </div>
      </div>
      <label for={id('text')} class="inspector__label">
        Bounce message
      </label>
      <p id={id('hint')} class="inspector__hint">
        Paste a whole bounce (a .eml with its headers), an mbox, an SMTP transcript, a sending
        service's JSON event or a single reply line such as <code>550 5.1.1 User unknown</code>, or
        drop one or more files here.
      </p>
      {long && (
        <p id={id('long')} class="notice inspector__long" data-long-text>
          This text is {formatSize(long.total)}. So that typing stays quick, the box holds its first{' '}
          {formatSize(long.head)}; the other {formatSize(long.total - long.head)} are kept as they
          are and read together with your changes.{' '}
          <button
            type="button"
            class="button button--quiet"
            onClick={() => {
              setEditAll(true);
              put(shown.current, true);
            }}
          >
            Put all of it in the box (typing will be slow)
          </button>
        </p>
      )}
      <textarea
        id={id('text')}
        ref={box}
        class={dragging ? 'inspector__text inspector__text--drop' : 'inspector__text'}
        rows={14}
        spellcheck={false}
        autocomplete="off"
        aria-describedby={long ? `${id('hint')} ${id('long')}` : id('hint')}
        readOnly={!hydrated}
        defaultValue={initialText}
        onInput={(e) => {
          const head = e.currentTarget.value;
          const text = head + tail.current;
          markChanged();
          // A long paste: keep only its start in the box, so the next keystrokes stay quick.
          if (!editAll && !tail.current && text.length > EDIT_LIMIT) put(text, false);
          else {
            shown.current = text;
            noteLongText(tail.current ? { head, tail: tail.current } : null);
          }
          typeText(text);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      />
    </div>
  );
}
