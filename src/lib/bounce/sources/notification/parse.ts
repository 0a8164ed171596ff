/**
 * JSON events that sending services publish (by mail, webhook or API) instead of bounce messages.
 * Each service names its fields its own way; this module reads them into one shape: the recipient,
 * the remote server's reply, and the service's own bucket in its own words. Field names follow the
 * services' documentation:
 * - Amazon SES: `notificationType` / `eventType`, `bounce.bounceType`, `bounceSubType`,
 *   `bouncedRecipients[].emailAddress|action|status|diagnosticCode` (also inside an SNS envelope's
 *   `Message` string);
 * - SendGrid event webhook: `event` (`bounce`, `blocked`, `deferred`, `dropped`...), `type`,
 *   `bounce_classification`, `email`, `reason`, `status`, `response`;
 * - Mailgun: `event-data.event` (`failed`), `severity`, `reason`, `recipient`,
 *   `delivery-status.code|enhanced-code|message|description|mx-host`;
 * - Postmark bounce webhook: `RecordType`, `Type`, `TypeCode`, `Email`, `Details`, `Description`;
 * - SparkPost: `msys.message_event.type`, `bounce_class`, `raw_reason`, `error_code`, `rcpt_to`;
 * - Brevo: `event` (`hard_bounce`, `soft_bounce`, `blocked`, `deferred`...), `email`, `reason`.
 */
import type { ServiceVerdict } from '../../classify/types.ts';

/** What one event says happened to its recipient. */
export type EventKind = 'bounce' | 'delay' | 'complaint' | 'delivery';

/** One recipient of one event. */
export interface ServiceEvent {
  kind: EventKind;
  address: string;
  action?: string | undefined;
  status?: string | undefined;
  /** The remote server's reply as the service passes it on. */
  diagnostic?: string | undefined;
  remoteMta?: string | undefined;
  /** Complaint type, lowercase, for complaints. */
  feedbackType?: string | undefined;
  service: ServiceVerdict;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  return typeof v === 'number' ? String(v) : undefined;
}

function list(v: unknown): Json[] {
  return Array.isArray(v) ? v.map(obj).filter((x): x is Json => x !== undefined) : [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Mail clients wrap long lines; try again with the line breaks removed.
    try {
      return JSON.parse(text.replace(/\r?\n|\r/g, ''));
    } catch {
      return undefined;
    }
  }
}

/** Field names that only these events use: worth trying to parse the text as JSON. */
const EVENT_MARK = /"(?:notificationType|eventType|event|event-data|RecordType|msys)\\?"\s*:/;

/** True when `text` holds one of `EVENT_MARK`'s field names (the quick native search goes first). */
export function hasEventMark(text: string): boolean {
  return (
    (text.includes('"event') ||
      text.includes('"notificationType') ||
      text.includes('"RecordType') ||
      text.includes('"msys')) &&
    EVENT_MARK.test(text)
  );
}

function ses(data: Json): ServiceEvent[] {
  const kind = (str(data['notificationType']) ?? str(data['eventType']) ?? '').toLowerCase();
  const base = { service: 'amazonses', serviceName: 'Amazon SES' };
  if (kind === 'bounce') {
    const b = obj(data['bounce']) ?? {};
    const type = str(b['bounceType']) ?? '';
    const subtype = str(b['bounceSubType']) ?? '';
    const says = /suppression/i.test(subtype)
      ? 'suppressed'
      : type === 'Permanent'
        ? 'hard'
        : type === 'Transient'
          ? 'soft'
          : undefined;
    return list(b['bouncedRecipients']).map((r) => ({
      kind: 'bounce',
      address: str(r['emailAddress']) ?? '',
      action: str(r['action']),
      status: str(r['status']),
      diagnostic: str(r['diagnosticCode']),
      remoteMta: str(b['reportingMTA']),
      service: {
        ...base,
        label: `bounceType ${type || '?'}, bounceSubType ${subtype || '?'}`,
        says,
      },
    }));
  }
  if (kind === 'complaint') {
    const c = obj(data['complaint']) ?? {};
    const type = (str(c['complaintFeedbackType']) ?? 'other').toLowerCase();
    return list(c['complainedRecipients']).map((r) => ({
      kind: 'complaint',
      address: str(r['emailAddress']) ?? '',
      feedbackType: type,
      service: { ...base, label: `Complaint, complaintFeedbackType ${type}`, says: 'complaint' },
    }));
  }
  if (kind === 'delivery') {
    const d = obj(data['delivery']) ?? {};
    const rcpts = Array.isArray(d['recipients'])
      ? d['recipients'].filter((x): x is string => typeof x === 'string')
      : [];
    const mail = obj(data['mail']) ?? {};
    const dest = Array.isArray(mail['destination'])
      ? mail['destination'].filter((x): x is string => typeof x === 'string')
      : [];
    return (rcpts.length > 0 ? rcpts : dest).map((a) => ({
      kind: 'delivery',
      address: a,
      status: str(d['smtpResponse'])?.match(/\b2\.\d{1,3}\.\d{1,3}\b/)?.[0],
      diagnostic: str(d['smtpResponse']),
      remoteMta: str(d['reportingMTA']),
      service: { ...base, label: 'Delivery' },
    }));
  }
  return [];
}

/** The service and its words for an event, before what it says is known. */
type ServiceWords = Omit<ServiceVerdict, 'says'>;

/** A complaint event; services name no complaint type, so it is ARF's "abuse". */
function complaintEvent(address: string, service: ServiceWords): ServiceEvent {
  return {
    kind: 'complaint',
    address,
    feedbackType: 'abuse',
    service: { ...service, says: 'complaint' },
  };
}

/** A delivery the service is still retrying. */
function delayEvent(
  address: string,
  diagnostic: string | undefined,
  service: ServiceWords,
  status?: string,
): ServiceEvent {
  return {
    kind: 'delay',
    address,
    action: 'delayed',
    status,
    diagnostic,
    service: { ...service, says: 'delay' },
  };
}

function sendgrid(e: Json): ServiceEvent | undefined {
  const event = (str(e['event']) ?? '').toLowerCase();
  const address = str(e['email']);
  if (!address) return undefined;
  const type = str(e['type']);
  const classification = str(e['bounce_classification']);
  const parts = [`event ${event}`];
  if (type) parts.push(`type ${type}`);
  if (classification) parts.push(`bounce_classification ${classification}`);
  const label = parts.join(', ');
  const service = { service: 'sendgrid', serviceName: 'SendGrid', label };
  const diagnostic = str(e['reason']) ?? str(e['response']);
  const status = str(e['status']);
  if (event === 'bounce' || event === 'blocked') {
    const blocked = event === 'blocked' || type === 'blocked';
    return {
      kind: 'bounce',
      address,
      status,
      diagnostic,
      service: { ...service, says: blocked ? 'soft' : 'hard' },
    };
  }
  if (event === 'deferred') {
    return delayEvent(address, diagnostic, service, status);
  }
  if (event === 'dropped') {
    return {
      kind: 'bounce',
      address,
      status,
      diagnostic,
      service: { ...service, says: 'suppressed' },
    };
  }
  if (event === 'spamreport') {
    return complaintEvent(address, service);
  }
  if (event === 'delivered') return { kind: 'delivery', address, diagnostic, service };
  return undefined;
}

function mailgun(e: Json): ServiceEvent | undefined {
  const event = (str(e['event']) ?? '').toLowerCase();
  const address = str(e['recipient']);
  if (!address) return undefined;
  const severity = (str(e['severity']) ?? '').toLowerCase();
  const reason = str(e['reason']);
  const ds = obj(e['delivery-status']) ?? {};
  const parts = [`event ${event}`];
  if (severity) parts.push(`severity ${severity}`);
  if (reason) parts.push(`reason ${reason}`);
  const service = { service: 'mailgun', serviceName: 'Mailgun', label: parts.join(', ') };
  const code = str(ds['code']);
  const enhanced = str(ds['enhanced-code']);
  const words = [str(ds['message']), str(ds['description'])].filter((x) => x && x.trim()).join(' ');
  // The reply as the remote server gave it: its code, its enhanced code, then its words.
  const diagnostic = [code, enhanced && !words.includes(enhanced) ? enhanced : undefined, words]
    .filter(Boolean)
    .join(' ');
  if (event === 'failed') {
    // "temporary" failures are retried by Mailgun: the message has not failed for good yet.
    const temporary = severity === 'temporary';
    return {
      kind: temporary ? 'delay' : 'bounce',
      address,
      action: temporary ? 'delayed' : 'failed',
      status: enhanced,
      diagnostic,
      remoteMta: str(ds['mx-host']),
      service: {
        ...service,
        says: temporary ? 'delay' : /^suppress/.test(reason ?? '') ? 'suppressed' : 'hard',
      },
    };
  }
  if (event === 'complained') {
    return complaintEvent(address, service);
  }
  if (event === 'delivered') return { kind: 'delivery', address, diagnostic, service };
  return undefined;
}

const POSTMARK_HARD = new Set(['HardBounce', 'BadEmailAddress', 'ManuallyDeactivated']);
const POSTMARK_SOFT = new Set([
  'SoftBounce',
  'Transient',
  'DnsError',
  'Blocked',
  'SpamNotification',
]);

function postmark(e: Json): ServiceEvent | undefined {
  const record = str(e['RecordType']) ?? '';
  const address = str(e['Email']) ?? str(e['Recipient']);
  if (!address) return undefined;
  const type = str(e['Type']) ?? '';
  const code = str(e['TypeCode']);
  const label = `RecordType ${record}${type ? `, Type ${type}` : ''}${code ? ` (TypeCode ${code})` : ''}`;
  const service = { service: 'postmark', serviceName: 'Postmark', label };
  if (record === 'Bounce') {
    const says = POSTMARK_HARD.has(type) ? 'hard' : POSTMARK_SOFT.has(type) ? 'soft' : undefined;
    return {
      kind: 'bounce',
      address,
      diagnostic: str(e['Details']),
      service: { ...service, says },
    };
  }
  if (record === 'SpamComplaint') {
    return complaintEvent(address, service);
  }
  if (record === 'Delivery')
    return { kind: 'delivery', address, diagnostic: str(e['Details']), service };
  return undefined;
}

// SparkPost's bounce classes that its documentation files as hard: invalid recipient (10),
// generic bounce with no RCPT (30), unsubscribe (90).
const SPARKPOST_HARD = new Set(['10', '30', '90']);

function sparkpost(e: Json): ServiceEvent | undefined {
  const type = (str(e['type']) ?? '').toLowerCase();
  const address = str(e['rcpt_to']);
  if (!address) return undefined;
  const cls = str(e['bounce_class']);
  const label = `type ${type}${cls ? `, bounce_class ${cls}` : ''}`;
  const service = { service: 'sparkpost', serviceName: 'SparkPost', label };
  const diagnostic = str(e['raw_reason']) ?? str(e['reason']);
  if (type === 'bounce' || type === 'out_of_band' || type === 'policy_rejection') {
    const says = cls ? (SPARKPOST_HARD.has(cls) ? 'hard' : 'soft') : undefined;
    return { kind: 'bounce', address, diagnostic, service: { ...service, says } };
  }
  if (type === 'delay') {
    return delayEvent(address, diagnostic, service);
  }
  if (type === 'spam_complaint') {
    return complaintEvent(address, service);
  }
  if (type === 'delivery') return { kind: 'delivery', address, diagnostic, service };
  return undefined;
}

function brevo(e: Json): ServiceEvent | undefined {
  const event = (str(e['event']) ?? '').toLowerCase();
  const address = str(e['email']);
  if (!address) return undefined;
  const service = { service: 'brevo', serviceName: 'Brevo', label: `event ${event}` };
  const diagnostic = str(e['reason']);
  if (
    event === 'hard_bounce' ||
    event === 'soft_bounce' ||
    event === 'blocked' ||
    event === 'invalid_email'
  ) {
    const says = event === 'soft_bounce' ? 'soft' : event === 'blocked' ? 'suppressed' : 'hard';
    return { kind: 'bounce', address, diagnostic, service: { ...service, says } };
  }
  if (event === 'deferred') {
    return delayEvent(address, diagnostic, service);
  }
  if (event === 'spam') {
    return complaintEvent(address, service);
  }
  return undefined;
}

// Brevo's own event names, and the fields only its rows carry, to tell them from SendGrid's
// (both use "event" and "email"; both have "deferred" and "blocked").
const BREVO_ONLY_EVENTS = new Set(['hard_bounce', 'soft_bounce', 'invalid_email', 'spam']);
const BREVO_FIELDS = ['ts_event', 'ts_epoch', 'message-id', 'X-Mailin-custom', 'sending_ip'];

/** The events one JSON value holds (an object, an array of them, or a wrapper around one). */
function eventsOf(value: unknown, depth = 0): ServiceEvent[] {
  if (depth > 3) return [];
  if (Array.isArray(value)) return value.flatMap((v) => eventsOf(v, depth + 1));
  const data = obj(value);
  if (!data) return [];
  // An SNS envelope carries the SES event as a JSON string in "Message".
  const message = str(data['Message']);
  if (message && (data['Type'] !== undefined || data['TopicArn'] !== undefined)) {
    return eventsOf(parseJson(message), depth + 1);
  }
  if (data['notificationType'] !== undefined || data['eventType'] !== undefined) return ses(data);
  const eventData = obj(data['event-data']);
  if (eventData) return eventsOf(eventData, depth + 1);
  const msys = obj(data['msys']);
  if (msys) {
    const inner = Object.values(msys)
      .map(obj)
      .find((x) => x !== undefined);
    const e = inner ? sparkpost(inner) : undefined;
    return e ? [e] : [];
  }
  if (data['RecordType'] !== undefined) {
    const e = postmark(data);
    return e ? [e] : [];
  }
  if (data['severity'] !== undefined || data['delivery-status'] !== undefined) {
    const e = mailgun(data);
    return e ? [e] : [];
  }
  if (data['event'] !== undefined) {
    const event = (str(data['event']) ?? '').toLowerCase();
    const e =
      data['sg_event_id'] === undefined &&
      (BREVO_ONLY_EVENTS.has(event) || BREVO_FIELDS.some((f) => data[f] !== undefined))
        ? brevo(data)
        : sendgrid(data);
    return e ? [e] : [];
  }
  return [];
}

/**
 * Finds and parses the JSON events in `text` (a pasted event, an array of webhook rows, an SNS
 * notification mailed as text); an empty list when there are none.
 *
 * @example parseEvents('{"event":"bounce","type":"bounce","email":"a@example.com","reason":"550 5.1.1 no such user"}')[0]?.service.service // 'sendgrid'
 */
export function parseEvents(text: string): ServiceEvent[] {
  const objectAt = text.indexOf('{');
  const arrayAt = text.indexOf('[');
  const array = arrayAt >= 0 && (objectAt < 0 || arrayAt < objectAt);
  const at = array ? arrayAt : objectAt;
  const end = text.lastIndexOf(array ? ']' : '}');
  if (at < 0 || end <= at || end - at > 2000000) return [];
  return eventsOf(parseJson(text.slice(at, end + 1)));
}
