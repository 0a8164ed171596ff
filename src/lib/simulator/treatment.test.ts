import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy, treat } from './index.ts';

const load = (id: string) =>
  parsePolicy(
    readFileSync(join(import.meta.dirname, `../../../content/policies/${id}.yaml`), 'utf8'),
  );

describe('treat', () => {
  it('says a hard bounce removes the address at once, in the vendor word', () => {
    const t = treat(load('mailchimp'), 'hard');
    expect(t).toMatchObject({ counts: true, removesAtOnce: true });
    expect(t.text).toBe('Mailchimp removes the address at once: Cleaned.');
  });

  it("describes HubSpot's portal and global bounce", () => {
    expect(treat(load('hubspot'), 'hard').text).toMatch(
      /Portal bounce.*3 hard bounces within 60 days/,
    );
  });

  it('says which services do not remove a hard-bounced address at once', () => {
    expect(treat(load('constant-contact'), 'hard')).toMatchObject({
      counts: true,
      removesAtOnce: true,
    });
    expect(treat(load('constant-contact'), 'hard').text).toMatch(
      /for 15 days on every account \(Suspended\), then mails it again/,
    );
    expect(treat(load('salesforce-marketing-cloud'), 'hard')).toMatchObject({
      removesAtOnce: false,
    });
    expect(treat(load('salesforce-marketing-cloud'), 'hard').text).toMatch(/keeps mailing/);
    expect(treat(load('hubspot'), 'hard').text).toMatch(/for your account only/);
    expect(treat(load('constant-contact'), 'soft').text).toMatch(/documents no number/);
  });

  it('tells counting soft rules from soft bounces that never escalate', () => {
    expect(treat(load('klaviyo'), 'soft')).toMatchObject({ counts: true, removesAtOnce: false });
    expect(treat(load('amazon-ses'), 'soft')).toMatchObject({ counts: false });
    expect(treat(load('braze'), 'none').text).toMatch(/^Not a bounce/);
  });
});
