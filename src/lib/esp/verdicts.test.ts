import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, type RecipientVerdict } from '../bounce/index.ts';
import { parse as parseYaml } from 'yaml';
import { PolicySchema, parsePolicy, type Policy } from '../simulator/index.ts';
import { espVerdicts, matchDisagreements, parseDisagreements } from './index.ts';

const CONTENT = join(import.meta.dirname, '../../../content');
const policies: Policy[] = readdirSync(join(CONTENT, 'policies'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parsePolicy(readFileSync(join(CONTENT, 'policies', f), 'utf8')));
const disagreements = parseDisagreements(readFileSync(join(CONTENT, 'disagreements.yaml'), 'utf8'));

/** The first recipient verdict the classifier gives a sample file. */
function sample(file: string): RecipientVerdict {
  const result = classify(readFileSync(join(CONTENT, 'samples', file), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  const recipient = result.messages[0]?.recipients[0];
  if (!recipient) throw new Error(`${file}: no recipient`);
  return recipient;
}

const row = (verdict: Pick<RecipientVerdict, 'category' | 'reason'>, id: string) => {
  const found = espVerdicts(policies, verdict).find((r) => r.policyId === id);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
};

describe('espVerdicts', () => {
  it('gives one row per service and leaves the custom preset out', () => {
    const rows = espVerdicts(policies, { category: 'hard', reason: 'userunknown' });
    expect(rows.map((r) => r.policyId).sort()).toEqual(
      policies
        .filter((p) => !p.custom)
        .map((p) => p.id)
        .sort(),
    );
    expect(rows.some((r) => r.policyId === 'custom')).toBe(false);
  });

  it('names a full mailbox as Amazon SES does, and it does not count', () => {
    expect(row(sample('gmail-mailbox-full.eml'), 'amazon-ses')).toMatchObject({
      term: 'Transient / MailboxFull',
      counts: false,
      specific: true,
      reported: false,
      source: { key: 'SES1' },
    });
    expect(row({ category: 'soft', reason: 'mesgtoobig' }, 'amazon-ses').term).toBe(
      'Transient / MessageTooLarge',
    );
  });

  it('uses the plain vendor vocabulary when no override applies', () => {
    expect(row({ category: 'hard', reason: 'userunknown' }, 'amazon-ses')).toMatchObject({
      term: 'Permanent',
      counts: true,
      removesAtOnce: true,
      specific: false,
    });
    expect(
      row({ category: 'soft', reason: 'blocked' }, 'salesforce-marketing-cloud'),
    ).toMatchObject({ term: 'Soft', source: { key: 'SF1' }, termSource: { key: 'SF4' } });
  });

  it('cleans a hard bounce at Mailchimp at once', () => {
    expect(row({ category: 'hard', reason: 'userunknown' }, 'mailchimp')).toMatchObject({
      term: 'Hard bounce',
      counts: true,
      removesAtOnce: true,
      outcome: 'Mailchimp removes the address at once: Cleaned.',
    });
  });

  it('gives a HubSpot hard bounce a Portal bounce', () => {
    const hubspot = row({ category: 'hard', reason: 'userunknown' }, 'hubspot');
    expect(hubspot).toMatchObject({ term: 'Hard bounce', counts: true, removesAtOnce: true });
    expect(hubspot.outcome).toMatch(/Portal bounce/);
  });

  it("marks HubSpot's hard full mailbox as a users' report", () => {
    const hubspot = row({ category: 'soft', reason: 'mailboxfull' }, 'hubspot');
    expect(hubspot).toMatchObject({
      term: 'Hard bounce (reported by users)',
      counts: true,
      reported: true,
      source: { key: 'HS3' },
    });
    expect(hubspot.outcome).toMatch(/Portal bounce/);
  });

  it('keeps auto-replies out of the count, with the hedges the sources make', () => {
    const reply = sample('auto-reply-out-of-office.eml');
    expect(reply).toMatchObject({ category: 'none', reason: 'vacation' });
    expect(row(reply, 'amazon-ses')).toMatchObject({ term: 'Transient / General', counts: false });
    expect(row(reply, 'amazon-ses').outcome).toMatch(/does not count it/);
    expect(row(reply, 'mailchimp')).toMatchObject({
      term: 'Not necessarily a soft bounce',
      counts: 'maybe',
      source: { key: 'MC2' },
    });
    expect(row(reply, 'klaviyo')).toMatchObject({ term: 'Not a bounce', counts: false });
  });
});

describe('matchDisagreements', () => {
  const ids = (verdict: RecipientVerdict) =>
    matchDisagreements(disagreements, verdict).map((d) => d.id);

  it('finds the Office 365 5.4.1 disagreement for its sample', () => {
    const verdict = sample('exim-office365-access-denied.eml');
    expect(verdict).toMatchObject({ status: '5.4.1', reason: 'userunknown' });
    expect(ids(verdict)).toEqual(['office365-access-denied']);
  });

  it('finds mailbox full and auto-reply, and nothing for a plain unknown user', () => {
    expect(ids(sample('gmail-mailbox-full.eml'))).toEqual(['mailbox-full']);
    expect(ids(sample('postfix-mailbox-full-452.eml'))).toEqual(['mailbox-full']);
    expect(ids(sample('auto-reply-out-of-office.eml'))).toEqual(['auto-reply']);
    expect(ids(sample('postfix-user-unknown.eml'))).toEqual([]);
  });

  it('needs every matcher field: 5.4.1 without "access denied" is not the Office 365 case', () => {
    expect(
      matchDisagreements(disagreements, {
        category: 'soft',
        reason: 'networkerror',
        status: '5.4.1',
        diagnostic: '550 5.4.1 Relay access denied',
      }).map((d) => d.id),
    ).toEqual(['office365-access-denied']);
    expect(
      matchDisagreements(disagreements, {
        category: 'soft',
        reason: 'networkerror',
        status: '5.4.1',
        diagnostic: '550 5.4.1 No route',
      }),
    ).toEqual([]);
  });
});

describe('disagreements.yaml', () => {
  it('has the three canonical cases, each verdict sourced', () => {
    expect(disagreements.map((d) => d.id)).toEqual([
      'mailbox-full',
      'office365-access-denied',
      'auto-reply',
    ]);
  });

  it('rejects a verdict citing a missing source and an uppercase phrase', () => {
    const bad = `- id: x
  title: X
  summary: X
  match: { phrases: ['Access Denied'] }
  verdicts:
    - { by: A, says: a, sourceKey: K }
    - { by: B, says: b, sourceKey: MISSING }
  sources:
    - { key: K, title: K, url: 'https://example.com/', read: 2026-11-29 }
`;
    expect(() => parseDisagreements(bad)).toThrow(/lowercase|sources/);
  });
});

describe('policy terms and overrides', () => {
  const ses = () =>
    parseYaml(readFileSync(join(CONTENT, 'policies/amazon-ses.yaml'), 'utf8')) as {
      overrides: { reasons: string[]; sourceKey: string }[];
    };

  it('stay optional: a policy without them is valid and gets no overrides', () => {
    const plain = { ...ses(), overrides: undefined, terms: undefined };
    const parsed = PolicySchema.parse(plain);
    expect(parsed.overrides).toEqual([]);
    expect(espVerdicts([parsed], { category: 'soft', reason: 'mailboxfull' })[0]?.term).toBe(
      'Soft bounce',
    );
  });

  it('must cite a listed source and name real reason ids', () => {
    const unsourced = ses();
    unsourced.overrides[0]!.sourceKey = 'NOPE';
    expect(PolicySchema.safeParse(unsourced).success).toBe(false);
    const unknownReason = ses();
    unknownReason.overrides[0]!.reasons = ['inboxfull'];
    expect(PolicySchema.safeParse(unknownReason).success).toBe(false);
  });
});
