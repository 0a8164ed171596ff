/**
 * "The same bounce on your screen": for one classified bounce, what Mailchimp, HubSpot, Klaviyo,
 * Amazon SES, SendGrid, Mailgun and Postmark would show, as plain data for a component to render,
 * and what each does about it. Field names and labels come only from the services' documentation
 * (see `sources.ts`); what it does not document is listed in each view's `gaps`, never guessed.
 * Build-time only: it reads policies and the classifier's verdicts, and ships nothing itself.
 */
import { amazonSesView } from './amazon-ses.ts';
import { factsOf, type BounceFacts } from './facts.ts';
import { hubspotView } from './hubspot.ts';
import { klaviyoView } from './klaviyo.ts';
import { mailchimpView } from './mailchimp.ts';
import { mailgunView } from './mailgun.ts';
import { postmarkView } from './postmark.ts';
import { sendgridView } from './sendgrid.ts';
import { SERVICE_IDS, type BounceInput, type ServiceId, type ServiceView } from './types.ts';

export { VIEW_SOURCES, type ViewSourceKey } from './sources.ts';
export * from './types.ts';

const BUILDERS: Readonly<Record<ServiceId, (facts: BounceFacts) => ServiceView>> = {
  mailchimp: mailchimpView,
  hubspot: hubspotView,
  klaviyo: klaviyoView,
  'amazon-ses': amazonSesView,
  sendgrid: sendgridView,
  mailgun: mailgunView,
  postmark: postmarkView,
};

/**
 * One view per service, in `SERVICE_IDS` order, for a classified bounce.
 *
 * @example buildServiceViews(input).map((v) => v.id) // ['mailchimp', 'hubspot', ...]
 */
export function buildServiceViews(input: BounceInput): ServiceView[] {
  const facts = factsOf(input);
  return SERVICE_IDS.map((id) => BUILDERS[id](facts));
}
