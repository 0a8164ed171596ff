/**
 * JSON event notifications that sending services mail out instead of bounce messages (Amazon SES
 * via SNS: `notificationType` / `eventType` Bounce, Complaint, Delivery; see docs.aws.amazon.com/ses,
 * "Contents of notifications"). Only the fields the verdict needs are read.
 */

/** One recipient of a JSON notification. */
export interface NotificationRecipient {
  address: string;
  action?: string | undefined;
  status?: string | undefined;
  diagnostic?: string | undefined;
  remoteMta?: string | undefined;
}

/** A parsed notification. */
export interface Notification {
  type: 'bounce' | 'complaint' | 'delivery';
  /** SES bounceType (`Permanent`, `Transient`, `Undetermined`) or complaint feedback type. */
  subtype: string;
  recipients: NotificationRecipient[];
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function list(v: unknown): Json[] {
  return Array.isArray(v) ? v.map(obj).filter((x): x is Json => x !== undefined) : [];
}

function parseJson(text: string): Json | undefined {
  try {
    return obj(JSON.parse(text));
  } catch {
    // Mail clients wrap long lines; try again with the line breaks removed.
    try {
      return obj(JSON.parse(text.replace(/\r?\n|\r/g, '')));
    } catch {
      return undefined;
    }
  }
}

/** Finds and parses an SES-style JSON notification in `text`; undefined when there is none. */
export function parseNotification(text: string): Notification | undefined {
  const at = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (at < 0 || end <= at || end - at > 2000000) return undefined;
  let data = parseJson(text.slice(at, end + 1));
  // An SNS envelope carries the event as a JSON string in "Message".
  const inner = data ? str(data['Message']) : undefined;
  if (inner) data = parseJson(inner) ?? data;
  if (!data) return undefined;
  const kind = (str(data['notificationType']) ?? str(data['eventType']) ?? '').toLowerCase();
  if (kind === 'bounce') {
    const b = obj(data['bounce']) ?? {};
    return {
      type: 'bounce',
      subtype: str(b['bounceType']) ?? '',
      recipients: list(b['bouncedRecipients']).map((r) => ({
        address: str(r['emailAddress']) ?? '',
        action: str(r['action']),
        status: str(r['status']),
        diagnostic: str(r['diagnosticCode']),
        remoteMta: str(b['reportingMTA']),
      })),
    };
  }
  if (kind === 'complaint') {
    const c = obj(data['complaint']) ?? {};
    return {
      type: 'complaint',
      subtype: (str(c['complaintFeedbackType']) ?? 'other').toLowerCase(),
      recipients: list(c['complainedRecipients']).map((r) => ({
        address: str(r['emailAddress']) ?? '',
      })),
    };
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
    return {
      type: 'delivery',
      subtype: '',
      recipients: (rcpts.length > 0 ? rcpts : dest).map((a) => ({
        address: a,
        status: str(d['smtpResponse'])?.match(/\b2\.\d{1,3}\.\d{1,3}\b/)?.[0],
        diagnostic: str(d['smtpResponse']),
        remoteMta: str(d['reportingMTA']),
      })),
    };
  }
  return undefined;
}
