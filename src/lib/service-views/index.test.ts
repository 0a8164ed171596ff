import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classify, decodeBytes } from '../bounce/index.ts';
import { PolicySchema, type Policy } from '../simulator/policy-schema.ts';
import {
  SERVICE_IDS,
  buildServiceViews,
  type BounceInput,
  type EventSample,
  type FieldsPanel,
  type JsonPanel,
  type ServiceId,
  type ServiceView,
  type TablePanel,
} from './index.ts';

const CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));
const samples = parse(readFileSync(`${CONTENT}samples/samples.yaml`, 'utf8')) as {
  id: string;
  file: string;
}[];
const policies: Policy[] = readdirSync(`${CONTENT}policies`)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => PolicySchema.parse(parse(readFileSync(`${CONTENT}policies/${f}`, 'utf8'))));

function classified(id: string) {
  const sample = samples.find((s) => s.id === id);
  if (!sample) throw new Error(`no sample ${id}`);
  const text = decodeBytes(readFileSync(`${CONTENT}samples/${sample.file}`)).replace(
    /\r\n?/g,
    '\n',
  );
  const result = classify(text);
  if (!result.ok) throw new Error(result.error.message);
  return { sample, text, message: result.messages[0]! };
}

const events: EventSample[] = samples
  .filter((s) => s.file.endsWith('.json'))
  .flatMap((s) => {
    const { message } = classified(s.id);
    const r = message.recipients[0];
    return r?.service
      ? [
          {
            id: s.id,
            file: s.file,
            service: r.service.service,
            kind: message.kind,
            reason: r.reason,
          },
        ]
      : [];
  });

function inputFor(id: string): BounceInput {
  const { sample, text, message } = classified(id);
  return {
    sample: id,
    file: sample.file,
    text,
    kind: message.kind,
    recipient: message.recipients[0]!,
    policies,
    events,
  };
}

function views(id: string): Record<ServiceId, ServiceView> {
  const list = buildServiceViews(inputFor(id));
  return Object.fromEntries(list.map((v) => [v.id, v])) as Record<ServiceId, ServiceView>;
}

const json = (view: ServiceView, i = 0) =>
  JSON.parse(view.panels.filter((p): p is JsonPanel => p.type === 'json')[i]!.json) as unknown;
const table = (view: ServiceView) => view.panels.find((p): p is TablePanel => p.type === 'table')!;
const fields = (view: ServiceView) =>
  Object.fromEntries(
    view.panels
      .filter((p): p is FieldsPanel => p.type === 'fields')
      .flatMap((p) => p.fields.map((f) => [f.name ?? f.label, f.value])),
  );

describe('a hard bounce: postfix-user-unknown (550 5.1.1)', () => {
  const v = views('postfix-user-unknown');
  const diagnostic =
    '550 5.1.1 <maria.lopez@example.com>: Recipient address rejected: User unknown in virtual mailbox table';

  it('has a view per service, in tab order', () => {
    expect(buildServiceViews(inputFor('postfix-user-unknown')).map((x) => x.id)).toEqual([
      ...SERVICE_IDS,
    ]);
  });

  it('Mailchimp: a hard bounce in the Bounced report with its reason, the contact Cleaned', () => {
    const row = table(v.mailchimp).rows[0]!;
    expect(row.map((c) => c.text)).toEqual([
      'maria.lopez@example.com',
      'Hard bounce',
      'Bounce Reason',
    ]);
    expect(row[2]!.reveals).toBe(diagnostic);
    expect(fields(v.mailchimp)['Email subscription status']).toBe('Cleaned');
    expect(json(v.mailchimp)).toEqual({
      email_address: 'maria.lopez@example.com',
      status: 'cleaned',
    });
    expect(json(v.mailchimp, 1)).toEqual({
      bounces: { hard_bounces: 1, soft_bounces: 0, syntax_errors: 0 },
    });
    expect(v.mailchimp.does).toBe('Mailchimp removes the address at once: Cleaned.');
  });

  it('HubSpot: Hard on the Recipients tab; the reason value is marked undocumented', () => {
    expect(table(v.hubspot).rows[0]!.map((c) => c.text)).toEqual([
      'maria.lopez@example.com',
      'Hard',
      null,
    ]);
    expect(fields(v.hubspot)['hs_email_hard_bounce_reason_enum']).toBeNull();
    expect(v.hubspot.gaps.join(' ')).toMatch(/timeline is not documented/);
    expect(v.hubspot.does).toMatch(/Portal bounce/);
  });

  it('Klaviyo: suppressed, "An email hard bounced", HARD_BOUNCE in the API', () => {
    expect(fields(v.klaviyo)['Suppression reason']).toBe('An email hard bounced');
    expect(json(v.klaviyo)).toMatchObject({
      subscriptions: {
        email: {
          marketing: {
            can_receive_email_marketing: false,
            suppression: [{ reason: 'HARD_BOUNCE' }],
          },
        },
      },
    });
  });

  it('Amazon SES: Permanent / General with the reply as diagnosticCode', () => {
    expect(json(v['amazon-ses'])).toMatchObject({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [
          {
            emailAddress: 'maria.lopez@example.com',
            action: 'failed',
            status: '5.1.1',
            diagnosticCode: `smtp; ${diagnostic}`,
          },
        ],
      },
    });
    expect(v['amazon-ses'].inspectorSample?.id).toBe('amazonses-event-bounce');
    expect(v['amazon-ses'].gaps).toEqual([]);
  });

  it('SendGrid: a bounce row of type bounce, Invalid Address, then the Bounces list', () => {
    expect(json(v.sendgrid)).toMatchObject([
      {
        event: 'bounce',
        type: 'bounce',
        status: '5.1.1',
        reason: diagnostic,
        bounce_classification: 'Invalid Address',
      },
    ]);
    expect(table(v.sendgrid).columns).toEqual([
      'event',
      'type',
      'email',
      'status',
      'reason',
      'bounce_classification',
    ]);
    expect(v.sendgrid.does).toMatch(/Bounces suppression list/);
    expect(v.sendgrid.inspectorSample?.id).toBe('sendgrid-event-bounce');
  });

  it('Mailgun: failed, permanent, reason bounce, code 550', () => {
    expect(json(v.mailgun)).toMatchObject({
      'event-data': {
        event: 'failed',
        severity: 'permanent',
        reason: 'bounce',
        'delivery-status': { code: 550, 'enhanced-code': '5.1.1', message: diagnostic },
      },
    });
    expect(v.mailgun.does).toMatch(/Bounces list/);
    expect(v.mailgun.inspectorSample).toBeUndefined();
  });

  it('Postmark: HardBounce, TypeCode 1, the address deactivated', () => {
    expect(json(v.postmark)).toMatchObject({
      RecordType: 'Bounce',
      Type: 'HardBounce',
      TypeCode: 1,
      Inactive: true,
      CanActivate: true,
      Details: `smtp;${diagnostic}`,
    });
    expect(v.postmark.inspectorSample?.id).toBe('postmark-webhook-hard-bounce');
    expect(v.postmark.does).toMatch(/deactivates/);
  });
});

describe('a soft bounce: gmail-mailbox-full (552 5.2.2)', () => {
  const v = views('gmail-mailbox-full');

  it('Mailchimp lists a soft bounce and keeps the contact subscribed', () => {
    expect(table(v.mailchimp).rows[0]![1]!.text).toBe('Soft bounce');
    expect(fields(v.mailchimp)['Email subscription status']).toBe('Subscribed');
    expect(v.mailchimp.does).toMatch(/soft bounce/);
  });

  it('HubSpot files it as Hard, and says users report that', () => {
    expect(table(v.hubspot).rows[0]![1]!.text).toBe('Hard');
    expect(table(v.hubspot).note).toMatch(/reported by its users/);
  });

  it('Klaviyo does not suppress the profile', () => {
    expect(fields(v.klaviyo)['Suppression reason']).toMatch(/^None/);
    expect(json(v.klaviyo)).toMatchObject({
      subscriptions: {
        email: { marketing: { can_receive_email_marketing: true, suppression: [] } },
      },
    });
  });

  it('Amazon SES: Transient / MailboxFull from the policy file', () => {
    expect(json(v['amazon-ses'])).toMatchObject({
      bounce: { bounceType: 'Transient', bounceSubType: 'MailboxFull' },
    });
  });

  it('SendGrid: a 5xx is type bounce; its classification is not documented', () => {
    const row = (json(v.sendgrid) as Record<string, unknown>[])[0]!;
    expect(row).toMatchObject({ event: 'bounce', type: 'bounce' });
    expect(row).not.toHaveProperty('bounce_classification');
    expect(v.sendgrid.gaps.join(' ')).toMatch(/bounce_classification/);
  });

  it('Mailgun: permanent, the reason left out, and its pages disagreeing said so', () => {
    const data = (json(v.mailgun) as { 'event-data': Record<string, unknown> })['event-data'];
    expect(data['severity']).toBe('permanent');
    expect(data).not.toHaveProperty('reason');
    expect(fields(v.mailgun)['reason']).toBeNull();
    expect(v.mailgun.gaps.join(' ')).toMatch(/disagree about a full mailbox/);
    expect(v.mailgun.inspectorSample?.id).toBe('mailgun-event-failed-permanent');
  });

  it('Postmark: SoftBounce 4096, not deactivated', () => {
    expect(json(v.postmark)).toMatchObject({ Type: 'SoftBounce', TypeCode: 4096, Inactive: false });
    expect(json(v.postmark)).not.toHaveProperty('Name');
    expect(v.postmark.does).toMatch(/never deactivates/);
  });
});

describe('a block that is itself a SendGrid event: sendgrid-event-blocked', () => {
  const v = views('sendgrid-event-blocked');

  it('SendGrid shows the sample event as it is, and does not suppress', () => {
    expect(v.sendgrid.panels.every((p) => p.origin === 'sample')).toBe(true);
    expect(table(v.sendgrid).rows[0]!.map((c) => c.text)).toEqual([
      'bounce',
      'blocked',
      'b.novak@example.net',
      '5.7.1',
      expect.stringMatching(/^554 5\.7\.1 Service unavailable/),
      'Reputation',
    ]);
    expect(v.sendgrid.does).toMatch(/does not suppress/);
    expect(v.sendgrid.inspectorSample?.id).toBe('sendgrid-event-blocked');
  });

  it('the others: Transient at SES without a subtype, no Postmark Type, Mailgun severity unknown', () => {
    const ses = json(v['amazon-ses']) as { bounce: Record<string, unknown> };
    expect(ses.bounce['bounceType']).toBe('Transient');
    expect(ses.bounce).not.toHaveProperty('bounceSubType');
    expect(v['amazon-ses'].gaps.join(' ')).toMatch(/bounceSubType/);
    expect(json(v.postmark)).not.toHaveProperty('Type');
    expect(fields(v.postmark)['Type']).toBeNull();
    expect(fields(v.mailgun)['severity']).toBeNull();
    expect(v.mailgun.gaps.join(' ')).toMatch(/espblock/);
    expect(v.hubspot.does).toMatch(/soft bounce/);
  });
});

describe('a delay: sendgrid-event-deferred', () => {
  const v = views('sendgrid-event-deferred');

  it('is Pending at HubSpot, not yet notified by SES, deferred at SendGrid, temporary at Mailgun', () => {
    expect(table(v.hubspot).rows[0]![1]!.text).toBe('Pending');
    expect(v['amazon-ses'].panels).toEqual([]);
    expect(v['amazon-ses'].does).toMatch(/^No bounce notification yet/);
    expect(table(v.sendgrid).rows[0]![0]!.text).toBe('deferred');
    expect(v.sendgrid.does).toMatch(/72 hours/);
    expect(fields(v.mailgun)['severity']).toBe('temporary');
  });
});

/** Every key the illustrations may use, per service: the documented field names only. */
const DOCUMENTED_KEYS: Record<ServiceId, readonly string[]> = {
  mailchimp: [
    'email_address',
    'status',
    'bounces',
    'hard_bounces',
    'soft_bounces',
    'syntax_errors',
  ],
  hubspot: [],
  klaviyo: [
    'email',
    'subscriptions',
    'marketing',
    'can_receive_email_marketing',
    'suppression',
    'reason',
    'timestamp',
  ],
  'amazon-ses': [
    'notificationType',
    'bounce',
    'bounceType',
    'bounceSubType',
    'bouncedRecipients',
    'emailAddress',
    'action',
    'status',
    'diagnosticCode',
    'timestamp',
    'feedbackId',
    'reportingMTA',
    'mail',
    'messageId',
    'source',
    'destination',
  ],
  sendgrid: [
    'email',
    'timestamp',
    'event',
    'type',
    'bounce_classification',
    'reason',
    'status',
    'response',
    'attempt',
    'sg_event_id',
    'sg_message_id',
    'category',
  ],
  mailgun: [
    'signature',
    'token',
    'event-data',
    'event',
    'severity',
    'reason',
    'id',
    'timestamp',
    'recipient',
    'delivery-status',
    'attempt-no',
    'code',
    'enhanced-code',
    'message',
    'description',
    'flags',
    'is-delayed-bounce',
  ],
  postmark: [
    'RecordType',
    'MessageStream',
    'ID',
    'Type',
    'TypeCode',
    'Name',
    'Description',
    'Details',
    'Email',
    'From',
    'BouncedAt',
    'Inactive',
    'CanActivate',
    'Subject',
  ],
};

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
}

describe('every sample', () => {
  it.each(samples.map((s) => [s.id] as const))(
    '%s: views build from documented fields only',
    (id) => {
      const { message } = classified(id);
      if (message.recipients.length === 0) return;
      for (const view of buildServiceViews(inputFor(id))) {
        expect(view.does, `${id} ${view.id}`).not.toBe('');
        expect(view.sources.length).toBeGreaterThan(0);
        for (const panel of view.panels) {
          if (panel.type !== 'json' || panel.origin !== 'illustration') continue;
          const unknown = keysOf(JSON.parse(panel.json)).filter(
            (k) => !DOCUMENTED_KEYS[view.id].includes(k),
          );
          expect(unknown, `${id} ${view.id} ${panel.title}`).toEqual([]);
        }
        if (view.inspectorSample) {
          expect(events.map((e) => e.id)).toContain(view.inspectorSample.id);
        }
      }
    },
  );
});
