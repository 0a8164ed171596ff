import type { JSX } from 'preact';
import { stripLayout } from '../lib/simulator/chart.ts';
import { plural } from '../lib/simulator/plural.ts';
import type { AddressState } from '../lib/simulator/step.ts';
import { useWidth } from './use-width.ts';

/** One service's row: its name and the state after each campaign. */
export interface StripRow {
  readonly id: string;
  readonly name: string;
  readonly states: readonly AddressState[];
  /** 1-based campaign after which the service stopped mailing for good, or null. */
  readonly removedAt: number | null;
  /** 1-based campaign after which the address was first put on hold, or null. */
  readonly heldAt: number | null;
}

interface Props {
  rows: readonly StripRow[];
  /** Prefix for element ids. */
  idPrefix: string;
  /** The service the reader picked, marked in compare mode. */
  selected?: string | undefined;
}

/** The five kinds of marker, in legend order. */
type Mark = 'delivered' | 'activity' | 'soft' | 'hard' | 'not-sent';

const MARK_LABEL: Record<Mark, string> = {
  delivered: 'delivered',
  activity: 'opened or clicked',
  soft: 'soft bounce',
  hard: 'hard bounce',
  'not-sent': 'not sent',
};

function markOf(state: AddressState): Mark {
  if (!state.sent) return 'not-sent';
  return state.outcome ?? 'delivered';
}

/** A marker centred on (x, y), about 10 px across; shape and colour both tell the kind. */
function Marker({ mark, x, y }: { mark: Mark; x: number; y: number }): JSX.Element {
  const cls = `strip__mark strip__mark--${mark}`;
  switch (mark) {
    case 'delivered':
      return <circle class={cls} cx={x} cy={y} r={4.5} />;
    case 'activity':
      return <circle class={cls} cx={x} cy={y} r={5} />;
    case 'soft':
      return <path class={cls} d={`M${x - 5.5},${y - 4.5}h11l-5.5,9.5z`} />;
    case 'hard':
      return <rect class={cls} x={x - 4.5} y={y - 4.5} width={9} height={9} />;
    case 'not-sent':
      return <path class={cls} d={`M${x - 4},${y}h8`} />;
  }
}

/** The row's outcome in words: "stops mailing after campaign 7 (Cleaned)". */
export function rowVerdict(row: StripRow): string {
  if (row.removedAt !== null) {
    const word = row.states[row.removedAt - 1]?.word ?? '';
    return `stops mailing after campaign ${String(row.removedAt)} (${word})`;
  }
  const last = row.states.at(-1);
  if (row.heldAt !== null) {
    const word = row.states[row.heldAt - 1]?.word ?? '';
    return last?.phase === 'held'
      ? `on hold from campaign ${String(row.heldAt)} (${word}), still on hold at the end`
      : `on hold after campaign ${String(row.heldAt)} (${word}), then mailed again`;
  }
  return `still mailing at the end (${last?.word ?? ''})`;
}

/** Roughly the widest a character of 12 px text gets, to keep a name line inside the strip. */
const CHAR_WIDTH = 7.4;

/** The service's name with as much of its verdict as fits on one line of `width` pixels. */
function nameLine(row: StripRow, width: number): string {
  const stop = row.removedAt ?? row.heldAt;
  const word = stop === null ? '' : (row.states[stop - 1]?.word ?? '');
  const verb = row.removedAt !== null ? 'stops after' : 'on hold after';
  const candidates =
    stop === null
      ? [`${row.name} · never stops`, row.name]
      : [
          `${row.name} · ${verb} ${String(stop)} (${word})`,
          `${row.name} · ${verb} ${String(stop)}`,
          row.name,
        ];
  return candidates.find((c) => c.length * CHAR_WIDTH <= width) ?? row.name;
}

/** What happened to the address, counted: "2 delivered, 7 soft bounces, 3 not sent". */
function tally(states: readonly AddressState[]): string {
  const counts: Record<Mark, number> = {
    delivered: 0,
    activity: 0,
    soft: 0,
    hard: 0,
    'not-sent': 0,
  };
  for (const s of states) counts[markOf(s)] += 1;
  const parts = [
    counts.delivered > 0 ? `${String(counts.delivered)} delivered` : '',
    counts.activity > 0 ? `${String(counts.activity)} opened or clicked` : '',
    counts.soft > 0 ? plural(counts.soft, 'soft bounce') : '',
    counts.hard > 0 ? plural(counts.hard, 'hard bounce') : '',
    counts['not-sent'] > 0 ? `${String(counts['not-sent'])} not sent` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** Steps at which a bounce was added to the service's count. */
const COUNTED: ReadonlySet<string> = new Set([
  'soft-counted',
  'soft-suppressed',
  'bounce-run',
  'bounce-held',
]);

const HEADER = 18;
const NAME = 17;
const MARK_ROW = 22;
const COUNTER = 13;
const CHUNK_GAP = 10;

/**
 * The escalation timeline strip: one row of campaign markers per service (delivered, opened,
 * soft, hard, not sent), the soft-bounce counter under each counted bounce, and a bar where the
 * service stops mailing. Rows wrap into chunks of equal length, so several services line up
 * campaign by campaign. Drawn at the container's pixel width; a caption and the SVG's own
 * title and description say the same in words.
 */
export default function TimelineStrip({ rows, idPrefix, selected }: Props) {
  const { ref, width } = useWidth<HTMLDivElement>(640);
  const campaigns = rows[0]?.states.length ?? 0;
  if (campaigns === 0) return null;
  const compare = rows.length > 1;
  const layout = stripLayout(campaigns, width, compare ? 10 : 14, 28);
  const showCounter =
    layout.cell >= 16 &&
    !compare &&
    rows.some((r) => r.states.some((s) => COUNTED.has(s.transition)));
  const rowHeight = (compare ? NAME : 0) + MARK_ROW + (showCounter ? COUNTER : 0);
  const chunkHeight = HEADER + rows.length * rowHeight + CHUNK_GAP;
  const height = layout.rows * chunkHeight - CHUNK_GAP;
  const titleId = `${idPrefix}-strip-title`;
  const descId = `${idPrefix}-strip-desc`;
  const description = rows.map((r) => `${r.name}: ${tally(r.states)}; ${rowVerdict(r)}.`).join(' ');
  const order = [...rows].sort(
    (a, b) =>
      (a.removedAt ?? Number.POSITIVE_INFINITY) - (b.removedAt ?? Number.POSITIVE_INFINITY) ||
      (a.heldAt ?? Number.POSITIVE_INFINITY) - (b.heldAt ?? Number.POSITIVE_INFINITY),
  );

  const chunks: JSX.Element[] = [];
  for (let c = 0; c < layout.rows; c++) {
    const first = c * layout.perRow;
    const last = Math.min(campaigns, first + layout.perRow);
    if (first >= last) break;
    const top = c * chunkHeight;
    const range =
      last - first === 1
        ? `Campaign ${String(first + 1)}`
        : `Campaigns ${String(first + 1)}–${String(last)}`;
    chunks.push(
      <g class="strip__chunk" data-first={first + 1} data-last={last}>
        <text class="strip__range" x={0} y={top + 13}>
          {range}
        </text>
        {rows.map((row, r) => {
          const y0 = top + HEADER + r * rowHeight;
          const markY = y0 + (compare ? NAME : 0) + MARK_ROW / 2;
          const cells: JSX.Element[] = [];
          for (let i = first; i < last; i++) {
            const state = row.states[i];
            if (!state) continue;
            const x = (i - first + 0.5) * layout.cell;
            const mark = markOf(state);
            cells.push(
              <g class="strip__cell" data-campaign={i + 1} data-mark={mark}>
                <Marker mark={mark} x={x} y={markY} />
                {showCounter && COUNTED.has(state.transition) && (
                  <text
                    class="strip__counter"
                    x={x}
                    y={markY + MARK_ROW / 2 + 9}
                    text-anchor="middle"
                  >
                    {state.count}
                  </text>
                )}
              </g>,
            );
          }
          const stopAt = row.removedAt ?? row.heldAt;
          const stopX =
            stopAt !== null && stopAt > first && stopAt <= last
              ? (stopAt - first) * layout.cell
              : null;
          return (
            <g
              class={`strip__row${row.id === selected && compare ? ' strip__row--selected' : ''}`}
              data-policy={row.id}
              data-removed-at={row.removedAt ?? 'never'}
            >
              {compare && (
                <text class="strip__name" x={0} y={y0 + 12}>
                  {nameLine(row, width)}
                </text>
              )}
              <line
                class="strip__baseline"
                x1={0}
                x2={(last - first) * layout.cell}
                y1={markY}
                y2={markY}
              />
              {cells}
              {stopX !== null && (
                <line
                  class={`strip__stop${row.removedAt === null ? ' strip__stop--hold' : ''}`}
                  data-stop={stopAt}
                  x1={Math.min(stopX, width - 2)}
                  x2={Math.min(stopX, width - 2)}
                  y1={markY - MARK_ROW / 2 + 1}
                  y2={markY + MARK_ROW / 2 - 1}
                />
              )}
            </g>
          );
        })}
      </g>,
    );
  }

  return (
    <figure class={`strip${compare ? ' strip--compare' : ''}`} data-rows={layout.rows}>
      <div class="strip__box" ref={ref}>
        <svg
          class="strip__svg"
          width={width}
          height={height}
          viewBox={`0 0 ${String(width)} ${String(height)}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
        >
          <title id={titleId}>
            {compare
              ? `Campaign by campaign under ${plural(rows.length, 'email service')}`
              : `Campaign by campaign under ${rows[0]?.name ?? ''}`}
          </title>
          <desc id={descId}>{description}</desc>
          {chunks}
        </svg>
      </div>
      <ul class="strip__legend" aria-label="Key">
        {(Object.keys(MARK_LABEL) as Mark[]).map((mark) => (
          <li>
            <svg class="strip__key" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <Marker mark={mark} x={7} y={7} />
            </svg>
            {MARK_LABEL[mark]}
          </li>
        ))}
        <li>
          <svg class="strip__key" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <line class="strip__stop" x1={7} x2={7} y1={1} y2={13} />
          </svg>
          stops mailing
        </li>
        {showCounter && (
          <li>
            <span class="strip__key-count" aria-hidden="true">
              3
            </span>
            bounces counted so far
          </li>
        )}
      </ul>
      <figcaption class="strip__caption">
        {compare ? (
          <>
            <span class="strip__caption-lead">Who gives up first:</span>
            <ol class="strip__order">
              {order.map((r) => (
                <li data-policy={r.id}>
                  <strong>{r.name}</strong> {rowVerdict(r)}
                </li>
              ))}
            </ol>
          </>
        ) : (
          rows[0] && (
            <>
              <strong>{rows[0].name}:</strong> {tally(rows[0].states)}; {rowVerdict(rows[0])}.
            </>
          )
        )}
      </figcaption>
    </figure>
  );
}
