/**
 * Arithmetic for the simulators' small SVG charts and strips: round axis ticks, reference labels
 * that do not overlap, and how many campaign markers fit on a row. Pure numbers in, numbers out.
 */

/** Round steps: 1, 2, 2.5 and 5 times a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10];

/**
 * Round ticks from 0 to at least `max`, about `target` intervals apart: 0.12 → 0, 0.05, 0.1, 0.15;
 * 1 → 0, 0.25, 0.5, 0.75, 1; 10,000 → 0, 2,500, 5,000, 7,500, 10,000.
 * @example niceTicks(1) // [0, 0.25, 0.5, 0.75, 1]
 */
export function niceTicks(max: number, target = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (STEPS.find((s) => s * power >= rough - 1e-12) ?? 10) * power;
  const count = Math.ceil(max / step - 1e-9);
  // Rounded to the step's precision, so 0.1 + 0.2 reads 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toFixed(digits)));
}

/**
 * Moves labels apart so that none overlaps another: each label wants the y of its line, takes
 * `height` of vertical room, and must stay between `top` and `bottom` (label centres). Crowded
 * labels are stacked `height` apart around the mean of the lines they belong to. Returns each
 * label's new y in input order; labels keep their top-to-bottom order.
 * @example spreadLabels([100, 104], 14, 0, 200) // [95, 109]
 */
export function spreadLabels(
  wanted: readonly number[],
  height: number,
  top: number,
  bottom: number,
): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  interface Cluster {
    sum: number;
    n: number;
    centre: number;
  }
  const place = (sum: number, n: number): Cluster => {
    const half = ((n - 1) * height) / 2;
    const centre = Math.max(top + half, Math.min(bottom - half, sum / n));
    return { sum, n, centre };
  };
  const first = (c: Cluster) => c.centre - ((c.n - 1) * height) / 2;
  const last = (c: Cluster) => c.centre + ((c.n - 1) * height) / 2;
  const clusters: Cluster[] = [];
  for (const { y } of order) {
    clusters.push(place(y, 1));
    for (;;) {
      const b = clusters.at(-1);
      const a = clusters.at(-2);
      if (a === undefined || b === undefined || first(b) - last(a) >= height - 1e-9) break;
      clusters.splice(-2, 2, place(a.sum + b.sum, a.n + b.n));
    }
  }
  const placed = clusters.flatMap((c) =>
    Array.from({ length: c.n }, (_, j) => first(c) + j * height),
  );
  const result = new Array<number>(wanted.length);
  order.forEach((o, k) => {
    result[o.i] = placed[k] ?? o.y;
  });
  return result;
}

/** How a strip of campaign markers is laid out in the width available. */
export interface StripLayout {
  /** Width of one campaign's cell, in pixels. */
  readonly cell: number;
  /** Campaigns per row. */
  readonly perRow: number;
  /** Rows needed for all campaigns. */
  readonly rows: number;
}

/**
 * Fits `campaigns` markers into `width` pixels: one row when each cell can be at least `minCell`
 * wide (cells grow up to `maxCell`), otherwise as many rows of equal length as needed. Every row
 * holds the same number of campaigns, so strips for several services line up column by column.
 * @example stripLayout(10, 300) // { cell: 28, perRow: 10, rows: 1 }
 */
export function stripLayout(
  campaigns: number,
  width: number,
  minCell = 14,
  maxCell = 28,
): StripLayout {
  const n = Math.max(1, campaigns);
  const fit = Math.max(1, Math.floor(width / minCell));
  if (n <= fit) {
    return { cell: Math.min(maxCell, width / n), perRow: n, rows: 1 };
  }
  const rows = Math.ceil(n / fit);
  // Spread the campaigns evenly over the rows, so the last row is not a stub.
  const perRow = Math.ceil(n / rows);
  return { cell: Math.min(maxCell, width / perRow), perRow, rows };
}
