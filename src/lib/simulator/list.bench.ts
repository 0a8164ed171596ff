import { test } from 'vitest';
import { simulateList } from './list.ts';
import { PolicySchema } from './policy-schema.ts';

// Run with: npx vitest bench --run src/lib/simulator
// Budget: 10,000 contacts × 52 campaigns well under 200 ms.
const base = {
  name: 'Bench',
  activeWord: 'Active',
  removedWord: 'Removed',
  summary: 'Benchmark preset.',
  effects: { delivery: '-', activity: '-' },
  sources: [{ key: 'B', title: 'Bench', url: 'https://example.org/', read: '2026-11-29' }],
};
const runPolicy = PolicySchema.parse({
  ...base,
  id: 'bench-run',
  rule: { soft: { kind: 'run', suppressAt: 8, resetOn: 'delivery' }, hard: { kind: 'suppress' } },
});
const spanPolicy = PolicySchema.parse({
  ...base,
  id: 'bench-span',
  rule: {
    soft: {
      kind: 'run-with-span',
      minBounces: 3,
      spanMoreThanDays: 14,
      resetOn: 'activity',
      interimWord: 'Bounced',
    },
    hard: { kind: 'join-run' },
  },
});
const rates = { invalid: 0.02, chronicFull: 0.01, transient: 0.03, engagement: 0.2 };

test('simulateList, 10,000 contacts × 52 campaigns', async ({ bench }) => {
  await bench.compare(
    bench('consecutive-run rule', () => {
      simulateList({ contacts: 10_000, campaigns: 52, rates, seed: 1 }, runPolicy);
    }),
    bench('run-with-span rule', () => {
      simulateList({ contacts: 10_000, campaigns: 52, rates, seed: 1 }, spanPolicy);
    }),
  );
});
