/**
 * The pages behind the service views that the policy files do not already cite: each service's own
 * documentation of its bounce reports, events and fields. Keys are the research notes' labels.
 * Services with a policy file (Mailchimp, HubSpot, Klaviyo, Amazon SES) also cite its sources.
 */
import type { Source } from '../simulator/policy-schema.ts';

const READ = '2026-12-07';

function source(
  key: string,
  title: string,
  url: string,
  extra: Partial<Pick<Source, 'thirdParty' | 'note' | 'updated'>> = {},
): Source {
  return { key, title, url, read: READ, thirdParty: false, ...extra };
}

/** Every page the service views cite, by key. */
export const VIEW_SOURCES = {
  'MC-CLEAN': source(
    'MC-CLEAN',
    'Mailchimp: About Cleaned Contacts',
    'https://mailchimp.com/help/about-cleaned-contacts/',
  ),
  'MC-CLEAN-I': source(
    'MC-CLEAN-I',
    "Mailchimp: Cleaned contacts (Intuit's help centre copy)",
    'https://quickbooks.intuit.com/learn-support/en-us/help-article/email-campaign/cleaned-contacts/L4Mq51NnS_US_en_US',
  ),
  'MC-BR': source(
    'MC-BR',
    'Mailchimp: View Bounce Reasons',
    'https://mailchimp.com/help/view-bounce-reasons/',
  ),
  'MC-API-RPT': source(
    'MC-API-RPT',
    'Mailchimp Marketing API: Reports (bounces)',
    'https://mailchimp.com/developer/marketing/api/reports/',
    { note: "Read in SDKs generated from Mailchimp's API specification." },
  ),
  'MC-API-MEM': source(
    'MC-API-MEM',
    'Mailchimp Marketing API: List members (status)',
    'https://mailchimp.com/developer/marketing/api/list-members/',
    { note: "Read in SDKs generated from Mailchimp's API specification." },
  ),
  'HS-BT': source(
    'HS-BT',
    'HubSpot: Email bounce types',
    'https://knowledge.hubspot.com/articles/kcs_article/email/what-is-the-difference-between-a-hard-bounce-and-a-soft-bounce',
    { updated: '2025-09-03' },
  ),
  'HS-QA': source(
    'HS-QA',
    'HubSpot knowledge base (mirror): hard bounce reasons',
    'http://knowledgeqa.hs-sites.com/email/what-is-the-difference-between-a-hard-bounce-and-a-soft-bounce_ga2.146158964.1710356659.1569257322-1425678496.1568137717?hs_amp=true',
    { thirdParty: true, note: 'A mirror of an older copy of the knowledge base article.' },
  ),
  'HS-PROP': source(
    'HS-PROP',
    'HubSpot contact property exports (Email hard bounce reason)',
    'https://github.com/TomGranot/hubspot-admin-skills',
    {
      thirdParty: true,
      note: 'Property names seen in exported portal settings, not HubSpot docs.',
    },
  ),
  'KL-SUP': source(
    'KL-SUP',
    'Klaviyo: Understanding suppressed email profiles',
    'https://help.klaviyo.com/hc/en-us/articles/115005246108',
  ),
  'KL-API': source(
    'KL-API',
    'Klaviyo API: email marketing suppression reasons',
    'https://developers.klaviyo.com/en/reference/bulk_unsuppress_profiles',
  ),
  'SES-NC': source(
    'SES-NC',
    'Amazon SES: Contents of notifications',
    'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
  ),
  'SG-EW': source(
    'SG-EW',
    'SendGrid: Event Webhook reference',
    'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event',
  ),
  'SG-EW-OLD': source(
    'SG-EW-OLD',
    "SendGrid's archived event documentation (event.md)",
    'https://github.com/sendgrid/docs',
    { note: 'content/docs/for-developers/tracking-events/event.md, archived 2021-06-11.' },
  ),
  SG1: source(
    'SG1',
    'SendGrid: Bounce and block classifications',
    'https://docs.sendgrid.com/ui/analytics-and-reporting/bounce-and-block-classifications',
  ),
  SG2: source(
    'SG2',
    'SendGrid blog: Bounce and block classifications',
    'https://sendgrid.com/en-us/blog/bounce-and-block-classifications',
  ),
  SG3: source(
    'SG3',
    'SendGrid glossary: Expired',
    'https://static0.twilio.com/docs/sendgrid/glossary/expired',
  ),
  SG4: source(
    'SG4',
    'SendGrid: Blocks API',
    'https://www.twilio.com/docs/sendgrid/api-reference/blocks-api.md',
  ),
  SG5: source(
    'SG5',
    'SendGrid: Bounces',
    'https://www.twilio.com/docs/sendgrid/ui/sending-email/bounces',
  ),
  'MG-EV': source(
    'MG-EV',
    'Mailgun: Events',
    'https://documentation.mailgun.com/en/latest/api-events.html',
  ),
  MG1: source(
    'MG1',
    'Mailgun help: Will Mailgun retry my failed messages?',
    'https://help.mailgun.com/hc/en-us/articles/28956111811355-Will-Mailgun-retry-my-failed-messages',
  ),
  MG2: source(
    'MG2',
    'Mailgun help: soft (temporary) and hard (permanent) bounces',
    'https://help.mailgun.com/hc/en-us/articles/203306590-What-is-the-difference-between-soft-temporary-and-hard-permanent-bounces',
  ),
  MG3: source(
    'MG3',
    'Mailgun: Tracking failures',
    'https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/tracking-failures',
  ),
  MG4: source(
    'MG4',
    'django-anymail: Mailgun temporary failures',
    'https://github.com/anymail/django-anymail/issues/130',
    { thirdParty: true, note: 'An integration library reading Mailgun events, not Mailgun docs.' },
  ),
  'PM-WH': source(
    'PM-WH',
    'Postmark: Bounce webhook',
    'https://postmarkapp.com/developer/webhooks/bounce-webhook',
  ),
  'PM-TS': source(
    'PM-TS',
    "Postmark's Node client: Bounce model (v4.0.2)",
    'https://app.unpkg.com/postmark@4.0.2/files/dist/client/models/bounces/Bounce.d.ts',
  ),
  'PM-DESC': source(
    'PM-DESC',
    "Postmark's HardBounce description, as reproduced by an integrator",
    'https://supabase.com/blog/postgrest-9',
    { thirdParty: true },
  ),
  PM2: source(
    'PM2',
    'Postmark bounce types (mirrored table)',
    'https://help.esolia.pro/en/bulk-email/bulk-email-bounce-codes',
    { thirdParty: true },
  ),
  PM3: source(
    'PM3',
    'Postmark: What are bounces and spam complaints?',
    'https://postmarkapp.com/support/article/815-what-are-bounces-and-spam-complaints',
  ),
} as const satisfies Record<string, Source>;

/** A key of `VIEW_SOURCES`. */
export type ViewSourceKey = keyof typeof VIEW_SOURCES;
