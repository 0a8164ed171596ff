import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  PolicySchema,
  eventsFromOutcomes,
  formatOutcomes,
  parseOutcomes,
  simulate,
  simulateList,
  type AddressState,
  type CampaignEvent,
  type Policy,
} from '../../src/lib/simulator/index.ts';

const POLICY_DIR = fileURLToPath(new URL('../../content/policies/', import.meta.url));
const files = readdirSync(POLICY_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

const policies = new Map<string, Policy>();
for (const file of files) {
  const raw: unknown = parseYaml(readFileSync(join(POLICY_DIR, file), 'utf8'));
  const result = PolicySchema.safeParse(raw);
  if (result.success) policies.set(basename(file, '.yaml'), result.data);
}

function policy(id: string): Policy {
  const found = policies.get(id);
  if (found === undefined) throw new Error(`no valid policy ${id}`);
  return found;
}

/** Runs an outcome code on a weekly schedule (day 0, 7, 14, ...). */
function run(id: string, code: string, cadenceDays = 7): AddressState[] {
  return simulate(policy(id), eventsFromOutcomes(parseOutcomes(code), { start: 0, cadenceDays }));
}

function last(states: readonly AddressState[]): AddressState {
  const state = states.at(-1);
  if (state === undefined) throw new Error('no states');
  return state;
}

function at(states: readonly AddressState[], campaign: number): AddressState {
  const state = states[campaign - 1];
  if (state === undefined) throw new Error(`no campaign ${String(campaign)}`);
  return state;
}

/** Events on explicit day numbers. */
function onDays(entries: readonly [CampaignEvent['outcome'], number][]): CampaignEvent[] {
  return entries.map(([outcome, date]) => ({ outcome, date }));
}

describe('content/policies', () => {
  it('has files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s matches the schema', (file) => {
    const raw: unknown = parseYaml(readFileSync(join(POLICY_DIR, file), 'utf8'));
    const result = PolicySchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(files)('%s has an id equal to its file name', (file) => {
    expect(policy(basename(file, '.yaml')).id).toBe(basename(file, '.yaml'));
  });

  it('has unique ids', () => {
    const ids = [...policies.values()].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files)('%s cites at least one https source, each read on an ISO date', (file) => {
    const p = policy(basename(file, '.yaml'));
    expect(p.sources.some((s) => s.url.startsWith('https://'))).toBe(true);
    for (const source of p.sources) {
      expect(source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (source.updated !== undefined) expect(source.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const keys = p.sources.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has every required vendor and the custom preset', () => {
    for (const id of [
      'mailchimp',
      'klaviyo',
      'brevo',
      'campaign-monitor',
      'salesforce-marketing-cloud',
      'hubspot',
      'amazon-ses',
      'braze',
      'constant-contact',
      'custom',
    ]) {
      expect(policies.has(id), id).toBe(true);
    }
    expect(policy('custom').custom).toBe(true);
  });

  it('shows the known disagreements to the reader', () => {
    expect(policy('brevo').disagreements.length).toBeGreaterThan(0);
    expect(policy('klaviyo').disagreements.length).toBeGreaterThan(0);
    expect(policy('salesforce-marketing-cloud').disagreements.length).toBeGreaterThan(0);
  });
});

describe('Mailchimp', () => {
  it('keeps 6 soft bounces Subscribed and cleans at the 7th', () => {
    const states = run('mailchimp', 'SSSSSSS');
    expect(at(states, 6)).toMatchObject({ status: 'active', word: 'Subscribed', count: 6 });
    expect(at(states, 7)).toMatchObject({ status: 'suppressed', word: 'Cleaned', changed: true });
    expect(at(states, 7).explanation).toBe(
      '7th soft bounce with no recorded activity: Mailchimp converts it to a hard bounce and marks the address Cleaned. Later campaigns are not sent to it.',
    );
  });

  it('with earlier activity keeps 14 soft bounces and cleans at the 15th', () => {
    const states = run('mailchimp', `A${'S'.repeat(15)}`);
    expect(at(states, 15)).toMatchObject({ status: 'active', count: 14, limit: 15 });
    expect(at(states, 16)).toMatchObject({ status: 'suppressed', word: 'Cleaned', count: 15 });
    expect(last(run('mailchimp', `A${'S'.repeat(14)}`))).toMatchObject({
      status: 'active',
      word: 'Subscribed',
      count: 14,
    });
  });

  it('raises the limit when activity comes after some soft bounces, without wiping them', () => {
    const states = run('mailchimp', 'SSSSSSA');
    expect(last(states)).toMatchObject({ status: 'active', count: 6, everActive: true, limit: 15 });
    const more = run('mailchimp', `SSSSSSA${'S'.repeat(9)}`);
    expect(last(more)).toMatchObject({ status: 'suppressed', count: 15 });
    expect(at(more, 15)).toMatchObject({ status: 'active', count: 14 });
  });

  it('does not reset on a plain delivery', () => {
    const states = run('mailchimp', 'SSSDDDSSSS');
    expect(at(states, 9)).toMatchObject({ status: 'active', count: 6 });
    expect(last(states)).toMatchObject({ status: 'suppressed', count: 7 });
  });

  it('cleans a hard bounce at once and sends nothing afterwards', () => {
    const states = run('mailchimp', 'DHDS');
    expect(at(states, 2)).toMatchObject({ status: 'suppressed', word: 'Cleaned', sent: true });
    expect(at(states, 3)).toMatchObject({ sent: false, transition: 'not-sent' });
    expect(at(states, 3).explanation).toContain('Not sent');
    expect(last(states).totals).toMatchObject({ sent: 2, notSent: 2, hard: 1, soft: 0 });
  });
});

describe("Mailchimp's thresholds come from the policy file only", () => {
  /** Engine and simulator code, with comments removed (a comment may quote a source). */
  const ROOT = fileURLToPath(new URL('../../', import.meta.url));
  const codeFiles = [
    ...readdirSync(join(ROOT, 'src/lib/simulator'))
      .filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !f.includes('.bench.'))
      .map((f) => join('src/lib/simulator', f)),
    'src/stores/simulator.ts',
    ...readdirSync(join(ROOT, 'src/components'))
      .filter((f) => /simulator|strip|list-worker/i.test(f) && /\.(tsx?|astro)$/.test(f))
      .map((f) => join('src/components', f)),
  ];
  const code = (file: string) =>
    readFileSync(join(ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');

  it('finds the engine and the components', () => {
    expect(codeFiles).toContain('src/lib/simulator/core.ts');
    expect(codeFiles).toContain('src/components/EscalationSimulator.tsx');
  });

  it.each(codeFiles)('%s holds no Mailchimp limit and no Mailchimp rule', (file) => {
    const mailchimp = policy('mailchimp').rule.soft;
    if (mailchimp.kind !== 'engagement-threshold') throw new Error('unexpected Mailchimp rule');
    const text = code(file);
    // 7 is also a week, so only the activity limit is searched for as a bare number.
    const limit = String(mailchimp.suppressAtWithActivity);
    expect(text).not.toMatch(new RegExp(`(?<![\\w.])(${limit}|${limit}th)(?![\\w.])`));
    expect(text.toLowerCase()).not.toMatch(/mailchimp['"]?\s*\?|=== ?['"]mailchimp/);
  });

  it('follows the file when its numbers change', () => {
    const base = policy('mailchimp');
    if (base.rule.soft.kind !== 'engagement-threshold') throw new Error('unexpected rule');
    const edited: Policy = {
      ...base,
      rule: {
        ...base.rule,
        soft: { ...base.rule.soft, suppressAtWithoutActivity: 3, suppressAtWithActivity: 5 },
      },
    };
    const events = (code: string) =>
      eventsFromOutcomes(parseOutcomes(code), { start: 0, cadenceDays: 7 });
    expect(last(simulate(edited, events('SS'))).status).toBe('active');
    expect(last(simulate(edited, events('SSS'))).status).toBe('suppressed');
    expect(last(simulate(edited, events('ASSSS'))).status).toBe('active');
    expect(last(simulate(edited, events('ASSSSS'))).status).toBe('suppressed');
  });
});

describe('Klaviyo', () => {
  it('keeps 7 consecutive soft bounces and suppresses at the 8th', () => {
    const states = run('klaviyo', 'SSSSSSSS');
    expect(at(states, 7)).toMatchObject({ status: 'active', count: 7 });
    expect(at(states, 8)).toMatchObject({ status: 'suppressed', word: 'Suppressed' });
  });

  it('starts again after a delivery', () => {
    const states = run('klaviyo', 'SSSSSSSDSSSSSSS');
    expect(at(states, 8)).toMatchObject({ count: 0, transition: 'delivered-reset' });
    expect(last(states)).toMatchObject({ status: 'active', count: 7 });
  });

  it('suppresses a hard bounce at once', () => {
    expect(last(run('klaviyo', 'H'))).toMatchObject({ status: 'suppressed', word: 'Suppressed' });
  });
});

describe('Brevo', () => {
  it('blocklists at the 5th campaign soft bounce in a row', () => {
    const states = run('brevo', 'SSSSS');
    expect(at(states, 4)).toMatchObject({ status: 'active' });
    expect(at(states, 5)).toMatchObject({ status: 'suppressed', word: 'Blocklisted' });
  });

  it('a delivery or an open breaks the run', () => {
    expect(last(run('brevo', 'SSSSDSSSS'))).toMatchObject({ status: 'active', count: 4 });
    expect(last(run('brevo', 'SSSSASSSS'))).toMatchObject({ status: 'active', count: 4 });
  });

  it('blocklists a hard bounce at once', () => {
    expect(last(run('brevo', 'DH'))).toMatchObject({ status: 'suppressed', word: 'Blocklisted' });
  });
});

describe('Campaign Monitor', () => {
  it('removes at the 3rd soft bounce with no activity in between', () => {
    const states = run('campaign-monitor', 'SSS');
    expect(at(states, 2)).toMatchObject({ status: 'active' });
    expect(at(states, 3)).toMatchObject({ status: 'suppressed', word: 'Bounced out' });
    expect(at(states, 3).explanation).toContain('converts it to a hard bounce');
  });

  it('a plain delivery does not break the run', () => {
    const states = run('campaign-monitor', 'SDSDS');
    expect(last(states)).toMatchObject({ status: 'suppressed', word: 'Bounced out' });
    expect(at(states, 4).explanation).toContain('only restarts the count after an open or a click');
  });

  it('an open or click does', () => {
    expect(last(run('campaign-monitor', 'SSASS'))).toMatchObject({ status: 'active', count: 2 });
  });
});

describe('Salesforce Marketing Cloud', () => {
  it('three weekly bounces span 14 days: Bounced, not Held', () => {
    const states = run('salesforce-marketing-cloud', 'SSS');
    expect(at(states, 1)).toMatchObject({ status: 'active', word: 'Bounced', sent: true });
    expect(last(states)).toMatchObject({ status: 'active', word: 'Bounced', count: 3 });
  });

  it('a fourth weekly bounce (21 days after the first) holds the subscriber', () => {
    const states = run('salesforce-marketing-cloud', 'SSSS');
    expect(last(states)).toMatchObject({ status: 'suppressed', word: 'Held' });
  });

  it('three bounces spanning 15 days hold the subscriber', () => {
    const states = simulate(
      policy('salesforce-marketing-cloud'),
      onDays([
        ['soft', 0],
        ['soft', 7],
        ['soft', 15],
      ]),
    );
    expect(last(states)).toMatchObject({ status: 'suppressed', word: 'Held', count: 3 });
  });

  it('two bounces far apart are not enough', () => {
    const states = simulate(
      policy('salesforce-marketing-cloud'),
      onDays([
        ['soft', 0],
        ['soft', 40],
      ]),
    );
    expect(last(states)).toMatchObject({ status: 'active', word: 'Bounced' });
  });

  it('counts hard bounces in the same run and keeps mailing a Bounced subscriber', () => {
    const states = run('salesforce-marketing-cloud', 'HSHS');
    expect(at(states, 1)).toMatchObject({ status: 'active', word: 'Bounced' });
    expect(at(states, 2).sent).toBe(true);
    expect(last(states)).toMatchObject({ status: 'suppressed', word: 'Held' });
  });

  it('an open returns a Bounced subscriber to Active and ends the run', () => {
    const states = run('salesforce-marketing-cloud', 'SSASSS');
    expect(at(states, 3)).toMatchObject({
      status: 'active',
      word: 'Active',
      count: 0,
      transition: 'activity-returned',
    });
    expect(last(states)).toMatchObject({ word: 'Bounced', count: 3 });
  });

  it('a plain delivery leaves the run as it was', () => {
    const states = run('salesforce-marketing-cloud', 'SSDS');
    expect(at(states, 3)).toMatchObject({ word: 'Bounced', count: 2 });
    expect(last(states)).toMatchObject({ status: 'suppressed', word: 'Held' });
  });
});

describe('HubSpot', () => {
  it('never escalates soft bounces', () => {
    const states = run('hubspot', 'S'.repeat(40));
    expect(last(states)).toMatchObject({ status: 'active', word: 'Eligible', limit: null });
    expect(last(states).totals.soft).toBe(40);
  });

  it('one hard bounce is a portal bounce: you stop mailing the contact', () => {
    const states = run('hubspot', 'HD');
    expect(at(states, 1)).toMatchObject({
      status: 'suppressed',
      word: 'Portal bounce',
      sent: true,
    });
    expect(at(states, 2)).toMatchObject({ word: 'Portal bounce', sent: false });
  });

  it('3 hard bounces within 60 days make a global bounce', () => {
    const states = simulate(
      policy('hubspot'),
      onDays([
        ['hard', 0],
        ['hard', 30],
        ['hard', 59],
      ]),
    );
    expect(at(states, 2)).toMatchObject({ word: 'Portal bounce', sent: false });
    expect(last(states)).toMatchObject({ status: 'suppressed', word: 'Global bounce' });
  });

  it('3 hard bounces spread over more than 60 days do not, until a later one closes the window', () => {
    const states = simulate(
      policy('hubspot'),
      onDays([
        ['hard', 0],
        ['hard', 30],
        ['hard', 60],
        ['hard', 75],
      ]),
    );
    expect(at(states, 3)).toMatchObject({ word: 'Portal bounce', hardDays: [30, 60] });
    expect(last(states)).toMatchObject({ word: 'Global bounce', hardDays: [30, 60, 75] });
  });

  it('once a global bounce, nothing more is sent', () => {
    const states = simulate(
      policy('hubspot'),
      onDays([
        ['hard', 0],
        ['hard', 1],
        ['hard', 2],
        ['hard', 3],
      ]),
    );
    expect(last(states)).toMatchObject({ word: 'Global bounce', transition: 'not-sent' });
  });
});

describe('Constant Contact', () => {
  it('holds a hard-bounced address for 15 days, then mails it again', () => {
    const states = run('constant-contact', 'HDDD');
    expect(at(states, 1)).toMatchObject({
      status: 'suppressed',
      word: 'Suspended',
      phase: 'held',
      sent: true,
      holdUntilDay: 15,
    });
    expect(at(states, 2)).toMatchObject({ sent: false, transition: 'held', word: 'Suspended' });
    expect(at(states, 3)).toMatchObject({ sent: false, transition: 'held' });
    expect(at(states, 4)).toMatchObject({
      sent: true,
      status: 'active',
      word: 'Active',
      changed: true,
    });
    expect(at(states, 4).change).toBe('Hold over, sent again. Delivered.');
    expect(at(states, 4).explanation).toMatch(/^The hold has ended/);
    expect(last(states).totals).toMatchObject({ sent: 2, notSent: 2 });
  });

  it('counts the hold in days: day 14 is still held, day 15 is mailed', () => {
    const held = simulate(
      policy('constant-contact'),
      onDays([
        ['hard', 0],
        ['delivered', 14],
        ['delivered', 15],
      ]),
    );
    expect(held.map((s) => s.sent)).toEqual([true, false, true]);
  });

  it('suspends for good on a hard bounce after the hold', () => {
    const states = run('constant-contact', 'HDDHD');
    expect(at(states, 4)).toMatchObject({
      status: 'suppressed',
      word: 'Suspended indefinitely',
      transition: 'hard-after-hold',
    });
    expect(last(states)).toMatchObject({ sent: false, transition: 'not-sent' });
  });

  it('documents no soft-bounce rule, and says so', () => {
    const states = run('constant-contact', 'S'.repeat(30));
    expect(last(states)).toMatchObject({ status: 'active', limit: null });
    expect(last(states).explanation).toMatch(/documents no number of soft bounces/);
  });
});

describe('services that do not remove a hard-bounced address at once', () => {
  it('Salesforce Marketing Cloud keeps mailing a Bounced subscriber until Held', () => {
    const states = run('salesforce-marketing-cloud', 'HDD');
    expect(states.map((s) => [s.sent, s.word])).toEqual([
      [true, 'Bounced'],
      [true, 'Bounced'],
      [true, 'Bounced'],
    ]);
  });

  it("HubSpot's first hard bounce stops your account only", () => {
    const first = at(run('hubspot', 'H'), 1);
    expect(first).toMatchObject({ word: 'Portal bounce', phase: 'sender-stopped' });
    expect(first.explanation).toMatch(/your account stops sending/);
  });
});

describe('Amazon SES and Braze', () => {
  it.each(['amazon-ses', 'braze'])('%s never suppresses on soft bounces', (id) => {
    const states = run(id, 'S'.repeat(100));
    expect(last(states).status).toBe('active');
    expect(states.every((s) => s.transition === 'soft-ignored')).toBe(true);
  });

  it('Amazon SES puts a hard bounce on the account suppression list', () => {
    expect(last(run('amazon-ses', 'SSH'))).toMatchObject({
      status: 'suppressed',
      word: 'On the account suppression list',
    });
  });

  it('Braze marks a hard bounce invalid', () => {
    expect(last(run('braze', 'DH'))).toMatchObject({ status: 'suppressed', word: 'Invalid' });
  });
});

describe('custom preset', () => {
  it('starts as 3 soft bounces in a row, reset by a delivery', () => {
    expect(last(run('custom', 'SSDSS')).status).toBe('active');
    expect(last(run('custom', 'SSS')).status).toBe('suppressed');
  });
});

describe('list mode with real presets', () => {
  const options = {
    contacts: 2_000,
    campaigns: 26,
    rates: { invalid: 0.02, chronicFull: 0.01, transient: 0.03, engagement: 0.25 },
    seed: 11,
  };

  it('removes every invalid address in the first campaign under a suppress-at-once rule', () => {
    const result = simulateList(options, policy('klaviyo'));
    const first = result.campaigns[0];
    expect(first?.hard).toBe(result.makeUp.invalid);
    expect(result.campaigns.slice(1).every((c) => c.hard === 0)).toBe(true);
  });

  it('never removes soft bouncers under Braze, so chronic ones bounce every time', () => {
    const result = simulateList(options, policy('braze'));
    expect(result.campaigns.at(-1)?.suppressedSoFar).toBe(result.makeUp.invalid);
    expect(result.campaigns.at(-1)?.soft).toBeGreaterThanOrEqual(result.makeUp.chronicFull);
  });

  it('removes chronic soft bouncers under Mailchimp by the 7th campaign', () => {
    const result = simulateList(options, policy('mailchimp'));
    const seventh = result.campaigns[6];
    expect(seventh?.suppressedSoFar).toBeGreaterThanOrEqual(
      result.makeUp.invalid + result.makeUp.chronicFull,
    );
  });
});

describe('every preset, any outcome sequence', () => {
  const outcome = fc.constantFrom('delivered', 'activity', 'soft', 'hard');

  it.each(files.map((f) => basename(f, '.yaml')))(
    '%s: words are defined, removal is final, nothing is sent after it',
    (id) => {
      const p = policy(id);
      fc.assert(
        fc.property(
          fc.array(outcome, { maxLength: 40 }),
          fc.integer({ min: 1, max: 30 }),
          (outcomes, cadenceDays) => {
            const states = simulate(p, eventsFromOutcomes(outcomes, { start: 0, cadenceDays }));
            let removed = false;
            for (const state of states) {
              expect(state.explanation).not.toMatch(/undefined|NaN|null/);
              expect(state.count).toBeGreaterThanOrEqual(0);
              if (removed) {
                expect(state.phase).toBe('suppressed');
                expect(state.sent).toBe(false);
              }
              if (state.phase === 'suppressed') removed = true;
            }
            expect(formatOutcomes(outcomes)).toHaveLength(outcomes.length);
          },
        ),
        { numRuns: 200, seed: 20261129 },
      );
    },
  );
});
