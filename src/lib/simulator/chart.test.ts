import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks, spreadLabels, stripLayout } from './chart.ts';

describe('niceTicks', () => {
  it.each([
    [1, [0, 0.25, 0.5, 0.75, 1]],
    [0.12, [0, 0.05, 0.1, 0.15]],
    [0.1, [0, 0.025, 0.05, 0.075, 0.1]],
    [10_000, [0, 2_500, 5_000, 7_500, 10_000]],
    [100_000, [0, 25_000, 50_000, 75_000, 100_000]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
  ])('%d → %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it('always starts at 0, reaches the maximum, and uses round steps', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 1e7, noNaN: true }), (max) => {
        const ticks = niceTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(9);
        const step = ticks[1] ?? 0;
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('spreadLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    expect(spreadLabels([20, 80], 14, 0, 200)).toEqual([20, 80]);
  });

  it('stacks crowded labels around their lines', () => {
    expect(spreadLabels([100, 104], 14, 0, 200)).toEqual([95, 109]);
    expect(spreadLabels([104, 100], 14, 0, 200)).toEqual([109, 95]);
  });

  it('keeps labels inside the box', () => {
    expect(spreadLabels([2, 3], 14, 10, 200)).toEqual([10, 24]);
    expect(spreadLabels([199, 198], 14, 0, 190)).toEqual([190, 176]);
  });

  it('never lets two labels overlap when they fit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { maxLength: 8 }),
        (ys) => {
          const placed = spreadLabels(ys, 14, 7, 193)
            .slice()
            .sort((a, b) => a - b);
          for (let i = 1; i < placed.length; i++) {
            expect((placed[i] ?? 0) - (placed[i - 1] ?? 0)).toBeGreaterThanOrEqual(14 - 1e-6);
          }
          for (const y of placed) {
            expect(y).toBeGreaterThanOrEqual(7 - 1e-6);
            expect(y).toBeLessThanOrEqual(193 + 1e-6);
          }
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });
});

describe('stripLayout', () => {
  it('puts a few campaigns on one row with wide cells', () => {
    expect(stripLayout(10, 300)).toEqual({ cell: 28, perRow: 10, rows: 1 });
    expect(stripLayout(1, 300)).toEqual({ cell: 28, perRow: 1, rows: 1 });
  });

  it('narrows cells before it wraps', () => {
    expect(stripLayout(20, 300)).toEqual({ cell: 15, perRow: 20, rows: 1 });
  });

  it('wraps into even rows when the cells would be too narrow', () => {
    // 300 px fit 21 cells of 14 px: 52 campaigns take 3 rows of 18.
    expect(stripLayout(52, 300)).toEqual({ cell: 300 / 18, perRow: 18, rows: 3 });
    const big = stripLayout(520, 288);
    expect(big.perRow * big.rows).toBeGreaterThanOrEqual(520);
    expect(big.cell).toBeGreaterThanOrEqual(14);
    expect(big.cell * big.perRow).toBeLessThanOrEqual(288);
  });
});
