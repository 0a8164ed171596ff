import { niceTicks, spreadLabels } from '../lib/simulator/chart.ts';
import { useWidth } from './use-width.ts';

export interface Series {
  label: string;
  values: readonly number[];
  className: string;
}

export interface Reference {
  /** Where the line is drawn, in the chart's units. */
  value: number;
  /** A short label drawn at the line's end: "5%: SES review". */
  short: string;
  /** The full text, listed under the chart. */
  label: string;
}

interface Props {
  title: string;
  description: string;
  series: readonly Series[];
  /** The largest value the axis must show (the data's peak, or a reference line above it). */
  max: number;
  format: (v: number) => string;
  references: readonly Reference[];
}

const H = 230;
const PAD = { left: 58, right: 10, top: 14, bottom: 34 };
/** Vertical room for one reference label (12 px text). */
const LABEL_HEIGHT = 16;
/** Draw a marker on every point when there are this few (one campaign still shows). */
const POINTS_UP_TO = 52;

/**
 * A small SVG line chart drawn at the width of its container (so 12 px text stays 12 px on a
 * phone), with round y-axis ticks and reference labels that never overlap. The numbers are also
 * in a table next to it.
 */
export default function LineChart({ title, description, series, max, format, references }: Props) {
  const { ref, width } = useWidth<HTMLDivElement>(640);
  const W = Math.max(200, width);
  const ticks = niceTicks(max);
  const top = ticks.at(-1) ?? 1;
  const count = Math.max(...series.map((s) => s.values.length), 1);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (count === 1 ? plotW / 2 : (i / (count - 1)) * plotW);
  const y = (v: number) => PAD.top + (1 - Math.min(v, top) / (top || 1)) * plotH;
  const shown = references.filter((r) => r.value <= top);
  // Labels sit just above their line; crowded ones are moved apart.
  const labelY = spreadLabels(
    shown.map((r) => y(r.value) - 5),
    LABEL_HEIGHT,
    PAD.top + 10,
    PAD.top + plotH - 4,
  );
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div class="chart__box" ref={ref}>
        <svg
          viewBox={`0 0 ${String(W)} ${String(H)}`}
          width={W}
          height={H}
          role="img"
          aria-label={description}
          class="chart__svg chart__svg--sized"
        >
          {ticks.map((t) => (
            <g class="chart__tick-row">
              <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} class="chart__grid" />
              <text x={PAD.left - 6} y={y(t) + 4} class="chart__tick" text-anchor="end">
                {format(t)}
              </text>
            </g>
          ))}
          {shown.map((r, k) => (
            <g class="chart__reference" data-value={r.value}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(r.value)} y2={y(r.value)} />
              <text
                class="chart__reference-label"
                x={W - PAD.right - 4}
                y={labelY[k] ?? y(r.value) - 5}
                text-anchor="end"
              >
                {r.short}
              </text>
            </g>
          ))}
          {series.map((s) =>
            s.values.length > 1 ? (
              <polyline
                class={`chart__line ${s.className}`}
                points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
              />
            ) : null,
          )}
          {count <= POINTS_UP_TO &&
            series.map((s) =>
              s.values.map((v, i) => (
                <circle
                  class={`chart__point ${s.className}`}
                  cx={x(i)}
                  cy={y(v)}
                  r={count === 1 ? 5 : 3}
                />
              )),
            )}
          <text
            x={PAD.left}
            y={H - 8}
            class="chart__tick"
            text-anchor={count === 1 ? 'middle' : 'start'}
            dx={count === 1 ? plotW / 2 : 0}
          >
            {count === 1 ? 'campaign 1' : '1'}
          </text>
          {count > 1 && (
            <>
              <text x={PAD.left + plotW / 2} y={H - 8} class="chart__tick" text-anchor="middle">
                campaign
              </text>
              <text x={W - PAD.right} y={H - 8} class="chart__tick" text-anchor="end">
                {count}
              </text>
            </>
          )}
        </svg>
      </div>
      {series.length > 1 && (
        <ul class="chart__legend">
          {series.map((s) => (
            <li>
              <span class={`chart__swatch ${s.className}`} aria-hidden="true"></span> {s.label}
            </li>
          ))}
        </ul>
      )}
      {references.length > 0 && (
        <ul class="chart__references">
          {references.map((r) => (
            <li>{r.label}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
