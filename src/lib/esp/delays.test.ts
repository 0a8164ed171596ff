import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy, type Policy } from '../simulator/index.ts';
import { RETRY_SOURCES, espDelayRows } from './delays.ts';

const POLICIES = join(import.meta.dirname, '../../../content/policies');
const policies: Policy[] = readdirSync(POLICIES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parsePolicy(readFileSync(join(POLICIES, f), 'utf8')));
const byId = (id: string) => policies.find((p) => p.id === id);

describe('espDelayRows', () => {
  const rows = espDelayRows(policies, 'soft');
  const row = (id: string) => rows.find((r) => r.policyId === id);

  it('cites, for every service with a retry text, a source its policy lists', () => {
    for (const [id, { sourceKey }] of Object.entries(RETRY_SOURCES)) {
      const policy = byId(id);
      expect(policy, id).toBeDefined();
      expect(
        policy?.sources.map((s) => s.key),
        id,
      ).toContain(sourceKey);
    }
    for (const policy of policies.filter((p) => p.retry && !p.custom)) {
      expect(RETRY_SOURCES[policy.id], `${policy.id} has a retry text but no source`).toBeDefined();
    }
  });

  it("tells each service's retries in its policy's words, with its source", () => {
    expect(row('hubspot')).toMatchObject({
      term: 'Pending',
      documented: true,
      source: { key: 'HS1' },
    });
    expect(row('hubspot')?.whileDelayed).toContain('72 hours');
    expect(row('salesforce-marketing-cloud')?.whileDelayed).toMatch(/15 minutes for 72 hours/);
    expect(row('mailchimp')?.ifRetriesRunOut).toMatch(/soft bounce/);
  });

  it('says so where a service does not document its retries', () => {
    expect(row('klaviyo')).toMatchObject({
      documented: false,
      source: undefined,
      whileDelayed: 'Our sources do not document what Klaviyo does while a message is delayed.',
    });
    expect(rows.some((r) => r.policyId === 'custom')).toBe(false);
  });

  it('says what a hard outcome would do when the delay ends in one', () => {
    expect(
      espDelayRows(policies, 'hard').find((r) => r.policyId === 'mailchimp')?.ifRetriesRunOut,
    ).toMatch(/removes the address at once/);
  });
});
