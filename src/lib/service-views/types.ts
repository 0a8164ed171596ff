/**
 * The shape of a service view: plain data that an Astro component renders as a faithful
 * re-creation of a service's screen or event. A value of `null` marks a field the service
 * documents but whose value for this bounce is not documented: it is shown as such, never guessed.
 */
import type { MessageKind, RecipientVerdict } from '../bounce/index.ts';
import type { Policy, Source } from '../simulator/policy-schema.ts';

/** The services shown, in tab order. */
export const SERVICE_IDS = [
  'mailchimp',
  'hubspot',
  'klaviyo',
  'amazon-ses',
  'sendgrid',
  'mailgun',
  'postmark',
] as const;

/** One service id, e.g. `amazon-ses`. */
export type ServiceId = (typeof SERVICE_IDS)[number];

/** One cell of a re-created table: text, shown as code or not, optionally a disclosure. */
export interface Cell {
  /** The text; `null` when the service's value for this bounce is not documented. */
  readonly text: string | null;
  /** Shown in a monospace font (field values, codes). */
  readonly code?: boolean;
  /** When set, `text` is a link-like summary that reveals this (Mailchimp's "Bounce Reason"). */
  readonly reveals?: string;
}

/** One labelled field of a re-created record. */
export interface Field {
  readonly label: string;
  /** The API name of the field, when the service documents one (`hs_email_hard_bounce_reason_enum`). */
  readonly name?: string;
  /** The value; `null` when it is not documented for this bounce. */
  readonly value: string | null;
  readonly code?: boolean;
}

interface PanelBase {
  /** Where the panel appears in the service, e.g. "Campaign report › Bounced". */
  readonly title: string;
  /**
   * `illustration`: documented field names and labels, values from this bounce, ids and times
   * made up; `sample`: Bounce Lab's own sample event, shown as it is.
   */
  readonly origin: 'illustration' | 'sample';
  /** A sentence under the panel (a caveat, a quote from the service's help). */
  readonly note?: string | undefined;
}

/** A re-created table (a report page, webhook rows). */
export interface TablePanel extends PanelBase {
  readonly type: 'table';
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A re-created record (a contact, a profile). */
export interface FieldsPanel extends PanelBase {
  readonly type: 'fields';
  readonly fields: readonly Field[];
}

/** An event or API payload, pretty-printed JSON. */
export interface JsonPanel extends PanelBase {
  readonly type: 'json';
  readonly json: string;
}

export type Panel = TablePanel | FieldsPanel | JsonPanel;

/** What one service shows for one bounce, and what it does about it. */
export interface ServiceView {
  readonly id: ServiceId;
  /** The service's name, e.g. "Amazon SES". */
  readonly name: string;
  readonly panels: readonly Panel[];
  /** One line: what the service does with this bounce. */
  readonly does: string;
  /** Where `does` comes from. */
  readonly doesSources: readonly Source[];
  /** Things a reader might expect to see that the sources do not document, in plain words. */
  readonly gaps: readonly string[];
  /** A JSON sample of this service that matches the bounce, for the inspector link. */
  readonly inspectorSample?: { readonly id: string; readonly file: string } | undefined;
  /** Every page the view relies on. */
  readonly sources: readonly Source[];
}

/** A JSON event sample of a sending service, with its classified verdict. */
export interface EventSample {
  /** Sample id, e.g. `sendgrid-event-bounce`. */
  readonly id: string;
  /** Its file in content/samples. */
  readonly file: string;
  /** The classifier's service id (`amazonses`, `sendgrid`, `mailgun`, `postmark`, ...). */
  readonly service: string;
  readonly kind: MessageKind;
  readonly reason: RecipientVerdict['reason'];
}

/** Everything the builders read: one classified bounce and the data around it. */
export interface BounceInput {
  /** The sample id of the bounce. */
  readonly sample: string;
  /** Its file in content/samples. */
  readonly file: string;
  /** The sample's text (for a JSON event, the event itself). */
  readonly text: string;
  readonly kind: MessageKind;
  readonly recipient: RecipientVerdict;
  /** The email services' policies from content/policies. */
  readonly policies: readonly Policy[];
  /** Every JSON event sample, classified: the inspector links pick a matching one. */
  readonly events: readonly EventSample[];
}
