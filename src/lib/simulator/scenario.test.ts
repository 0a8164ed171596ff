import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutcomes, parsePolicy, runScenario, type Policy } from './index.ts';

const dir = join(import.meta.dirname, '../../../content/policies');
const policies = new Map<string, Policy>(
  readdirSync(dir).map((f) => {
    const p = parsePolicy(readFileSync(join(dir, f), 'utf8'));
    return [p.id, p];
  }),
);
const schedule = { start: '2026-01-05', cadenceDays: 7 };
const run = (id: string, code: string) =>
  runScenario(
    policies.get(id)!,
    parseOutcomes(code).map((outcome) => ({ outcome })),
    schedule,
  );

describe('runScenario', () => {
  it('finds the campaign after which each service removes a steadily soft-bouncing address', () => {
    const code = 'S'.repeat(10);
    expect(run('mailchimp', code).removedAt).toBe(7);
    expect(run('klaviyo', code).removedAt).toBe(8);
    expect(run('brevo', code).removedAt).toBe(5);
    expect(run('campaign-monitor', code).removedAt).toBe(3);
    expect(run('amazon-ses', code).removedAt).toBeNull();
    expect(run('braze', code).removedAt).toBeNull();
  });

  it('reports the vendor word and one state per campaign', () => {
    const result = run('mailchimp', 'DH');
    expect(result.states).toHaveLength(2);
    expect(result.removedAt).toBe(2);
    expect(result.finalWord).toBe('Cleaned');
  });
});
