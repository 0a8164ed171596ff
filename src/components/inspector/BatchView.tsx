import { useMemo, useState } from 'preact/hooks';
import type { MessageVerdict } from '../../lib/bounce/index.ts';
import {
  batchRows,
  filterRows,
  summarise,
  toCsv,
  toJsonLines,
  type BatchFilter,
  type FileSpan,
} from '../../lib/inspector/batch.ts';
import { CONFIDENCE, KIND_WORDS } from '../../lib/inspector/present.ts';
import { count, formatNumber } from '../../lib/inspector/words.ts';
import { CategoryBadge } from '../VerdictCard.tsx';

/** Rows drawn at a time; "Show more" adds as many again. */
const PAGE = 50;

interface Props {
  messages: MessageVerdict[];
  files: FileSpan[];
  reasonLabels: Record<string, string>;
  /** The message whose cards are shown under the table. */
  selected: number | null;
  onSelect: (message: number) => void;
  id: (name: string) => string;
}

/** Saves `text` as a file, made in the browser: nothing is uploaded. */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Many bounces at once: counts per category, kind and reason, filters, one row per recipient, and
 * CSV or JSON Lines downloads of the rows the filters let through.
 */
export default function BatchView({
  messages,
  files,
  reasonLabels,
  selected,
  onSelect,
  id,
}: Props) {
  const rows = useMemo(() => batchRows(messages, files), [messages, files]);
  const summary = useMemo(() => summarise(rows), [rows]);
  const [filter, setFilter] = useState<BatchFilter>({});
  const [limit, setLimit] = useState(PAGE);
  const visible = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const withFiles = files.length > 0;
  const label = (reason: string) => reasonLabels[reason] ?? reason;
  const update = (patch: BatchFilter) => {
    setFilter({ ...filter, ...patch });
    setLimit(PAGE);
  };

  return (
    <section class="batch" aria-labelledby={id('batch')}>
      <h3 id={id('batch')}>Batch: {count(summary.messages, 'message')}</h3>
      <ul class="batch__totals">
        {(['hard', 'soft', 'none'] as const).map((c) => (
          <li key={c} data-count-category={c}>
            <CategoryBadge category={c} />: <strong>{formatNumber(summary.byCategory[c])}</strong>
          </li>
        ))}
      </ul>
      <p class="batch__kinds">
        Messages by kind:{' '}
        {summary.byKind.map(([kind, n], i) => (
          <span key={kind} data-count-kind={kind}>
            {i > 0 ? ' · ' : ''}
            {KIND_WORDS[kind]}: {formatNumber(n)}
          </span>
        ))}
      </p>
      <details class="batch__reasons">
        <summary>Recipients by reason ({count(summary.byReason.length, 'reason')})</summary>
        <div
          class="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby={id('reasons-caption')}
        >
          <table class="compare">
            <caption id={id('reasons-caption')}>Recipients by reason</caption>
            <thead>
              <tr>
                <th scope="col">Reason</th>
                <th scope="col">Recipients</th>
              </tr>
            </thead>
            <tbody>
              {summary.byReason.map(([reason, n]) => (
                <tr key={reason} data-count-reason={reason}>
                  <th scope="row">
                    {label(reason)} (<code>{reason}</code>)
                  </th>
                  <td>{formatNumber(n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <fieldset class="batch__filters">
        <legend>Filter the rows</legend>
        <div class="batch__filter">
          <label for={id('f-category')}>Category</label>
          <select
            id={id('f-category')}
            value={filter.category ?? ''}
            onChange={(e) => update({ category: e.currentTarget.value as BatchFilter['category'] })}
          >
            <option value="">All</option>
            <option value="hard">Hard bounces</option>
            <option value="soft">Soft bounces</option>
            <option value="none">Not bounces (delays, replies…)</option>
          </select>
        </div>
        <div class="batch__filter">
          <label for={id('f-reason')}>Reason</label>
          <select
            id={id('f-reason')}
            value={filter.reason ?? ''}
            onChange={(e) => update({ reason: e.currentTarget.value })}
          >
            <option value="">All</option>
            {summary.byReason.map(([reason, n]) => (
              <option value={reason} key={reason}>
                {label(reason)} ({formatNumber(n)})
              </option>
            ))}
          </select>
        </div>
        <div class="batch__filter">
          <label for={id('f-kind')}>Kind of message</label>
          <select
            id={id('f-kind')}
            value={filter.kind ?? ''}
            onChange={(e) => update({ kind: e.currentTarget.value as BatchFilter['kind'] })}
          >
            <option value="">All</option>
            {summary.byKind.map(([kind, n]) => (
              <option value={kind} key={kind}>
                {KIND_WORDS[kind]} ({formatNumber(n)})
              </option>
            ))}
          </select>
        </div>
        <div class="batch__filter">
          <label for={id('f-query')}>Address, words or system</label>
          <input
            id={id('f-query')}
            type="search"
            value={filter.query ?? ''}
            onInput={(e) => update({ query: e.currentTarget.value })}
          />
        </div>
      </fieldset>

      <p class="batch__shown" role="status">
        Showing {formatNumber(Math.min(limit, visible.length))} of {count(visible.length, 'row')}
        {visible.length < rows.length ? ` (filtered from ${formatNumber(rows.length)})` : ''}.
      </p>
      <div class="inspector__actions">
        <button
          type="button"
          class="button button--quiet"
          disabled={visible.length === 0}
          onClick={() => download('bounces.csv', toCsv(visible), 'text/csv;charset=utf-8')}
        >
          Download CSV ({count(visible.length, 'row')})
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={visible.length === 0}
          onClick={() =>
            download('bounces.jsonl', toJsonLines(visible), 'application/jsonl;charset=utf-8')
          }
        >
          Download JSON Lines ({count(visible.length, 'row')})
        </button>
      </div>

      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={id('rows-caption')}>
        <table class="compare batch__table">
          <caption id={id('rows-caption')}>One row per recipient</caption>
          <thead>
            <tr>
              <th scope="col">Message</th>
              {withFiles && <th scope="col">File</th>}
              <th scope="col">Address</th>
              <th scope="col">Category</th>
              <th scope="col">Reason</th>
              <th scope="col">Status</th>
              <th scope="col">System</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {visible.slice(0, limit).map((row, i) => (
              <tr
                key={`${row.message}-${i}`}
                data-row-category={row.bounce ? row.category : 'none'}
                data-row-kind={row.kind}
                aria-current={selected === row.message ? 'true' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    class="batch__open"
                    aria-label={`Show message ${row.message} in full`}
                    onClick={() => onSelect(row.message)}
                  >
                    {formatNumber(row.message)}
                  </button>
                </th>
                {withFiles && <td>{row.file}</td>}
                <td>{row.recipient ? <code>{row.recipient}</code> : '—'}</td>
                <td>
                  {row.bounce ? (
                    <CategoryBadge category={row.category} kind={row.kind} />
                  ) : (
                    KIND_WORDS[row.kind]
                  )}
                </td>
                <td>{row.reason ? label(row.reason) : '—'}</td>
                <td>{row.status || '—'}</td>
                <td>{row.system || 'not recognised'}</td>
                <td>{row.confidence ? CONFIDENCE[row.confidence].label : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length > limit && (
        <button type="button" class="button button--quiet" onClick={() => setLimit(limit + PAGE)}>
          Show {formatNumber(Math.min(PAGE, visible.length - limit))} more rows
        </button>
      )}
      <p class="inspector__note">
        For thousands of bounces, or files over 10 MB, use the command-line tool:{' '}
        <code>npx bounce-lab classify --format jsonl FILE...</code> prints rows with the same fields
        as the JSON Lines download (which adds each row's message number and system, and also lists
        the messages that are not bounces).
      </p>
    </section>
  );
}
