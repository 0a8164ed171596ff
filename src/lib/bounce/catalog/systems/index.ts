/**
 * Human names of the sending systems and layouts the classifier recognises, for readers: the
 * verdict names "Gmail" or "a single SMTP reply", never an internal id. A layout that was not
 * recognised (text in an unknown layout, an unrecognised input) has no name here, on purpose.
 */
export const SYSTEM_LABELS: Readonly<Record<string, string>> = {
  // Mail transfer agents and servers.
  postfix: 'Postfix',
  exim: 'Exim',
  sendmail: 'Sendmail',
  qmail: 'qmail',
  courier: 'Courier',
  opensmtpd: 'OpenSMTPD',
  exchange: 'Microsoft Exchange',
  domino: 'HCL (Lotus) Domino',
  powermta: 'PowerMTA',
  imailserver: 'Ipswitch IMail Server',
  mfilter: 'm-FILTER',
  fml: 'fml mailing-list server',
  // Mailbox providers and security gateways.
  gmail: 'Gmail / Google Workspace',
  'google-groups': 'Google Groups',
  yahoo: 'Yahoo Mail',
  aol: 'AOL Mail',
  office365: 'Microsoft 365 / Outlook.com',
  zoho: 'Zoho Mail',
  ezweb: 'au (KDDI) EZweb',
  verizon: 'Verizon Wireless',
  mimecast: 'Mimecast',
  messagelabs: 'Symantec MessageLabs',
  barracuda: 'Barracuda',
  mcafee: 'McAfee Email Gateway',
  interscanmss: 'Trend Micro InterScan',
  // Sending services and their events.
  amazonses: 'Amazon SES',
  sendgrid: 'SendGrid',
  mailgun: 'Mailgun',
  postmark: 'Postmark',
  sparkpost: 'SparkPost',
  brevo: 'Brevo',
  // Standard layouts.
  rfc3464: 'a standard delivery status notification (RFC 3464)',
  arf: 'a complaint feedback report (RFC 5965)',
  rfc8098: 'a read receipt (RFC 8098)',
  rfc3834: 'an automatic reply (RFC 3834)',
  unsubscribe: 'an automatic unsubscribe request (RFC 2369)',
  'smtp-line': 'a single SMTP reply',
  'smtp-transcript': 'an SMTP transcript',
};

/**
 * The human name of a system or layout id, or undefined when the id names no recognised layout.
 *
 * @example systemLabel('smtp-line') // 'a single SMTP reply'
 */
export function systemLabel(id: string): string | undefined {
  return SYSTEM_LABELS[id];
}
