/**
 * The machine-readable report (RFC 3464 `message/delivery-status`, RFC 6533 global DSN): one group
 * of fields per recipient — Final-Recipient, Action, Status, Remote-MTA, Diagnostic-Code — read
 * with the block of the human-readable text that names the same recipient. When broken MIME hides
 * the part, the same fields are read from the text.
 */
import {
  collapse,
  fieldFragment,
  isGeneric,
  judge,
  located,
  messageKind,
  nonBounceRecipient,
  statusIn,
  withRemoteReply,
  type RecipientFacts,
} from '../../classify/facts.ts';
import {
  DS_TYPES,
  HUMAN_LIMIT,
  noticeOf,
  verdict,
  type MessageInput,
} from '../../classify/message.ts';
import type { Profile } from '../../classify/profile.ts';
import type { RecipientVerdict } from '../../classify/types.ts';
import type { Located } from '../../decide/index.ts';
import { field, parseReportGroups, stripType, type ReportField } from '../../dsn/index.ts';
import {
  cleanAddress,
  findAddresses,
  findCommand,
  isAddress,
  type TextRecipient,
} from '../../layout/index.ts';
import { partText } from '../../mime/index.ts';
import type { ReasonId } from '../../reason/ids.ts';
import { findReplyCode, firstStatusCode } from '../../status-code/index.ts';
import { normalise, type Fragment } from '../../text/index.ts';
import type { FactSource } from '../types.ts';

const SOURCE = 'report-part';

// PowerMTA's own bounce categories (X-PowerMTA-BounceCategory, PowerMTA User's Guide, "bounce
// categories"), each mapped to the reason it names.
const POWERMTA_CATEGORIES: Readonly<Record<string, ReasonId>> = {
  'bad-mailbox': 'userunknown',
  'bad-domain': 'hostunknown',
  'inactive-mailbox': 'suspend',
  'quota-issues': 'mailboxfull',
  'message-expired': 'expired',
  'no-answer-from-host': 'networkerror',
  'bad-connection': 'networkerror',
  'routing-errors': 'systemerror',
  'relaying-issues': 'norelaying',
  'invalid-sender': 'rejected',
  'policy-related': 'policyviolation',
  'spam-related': 'spamdetected',
  'virus-related': 'virusdetected',
  'content-related': 'contenterror',
  'protocol-errors': 'syntaxerror',
};

function powerMtaCategory(
  input: string,
  f: ReportField | undefined,
): RecipientFacts['systemCategory'] {
  if (!f) return undefined;
  const category = f.value.trim().toLowerCase();
  const reason = POWERMTA_CATEGORIES[category];
  if (!reason) return undefined;
  const frag = fieldFragment(input, f);
  return {
    reason,
    rule: 'powermta/bounce-category',
    detail: `PowerMTA filed the failure under its bounce category "${category}"`,
    at: frag
      ? { value: category, start: frag.start, end: frag.end, encoded: frag.encoded }
      : undefined,
  };
}

const RECIPIENT_FIELDS = ['final-recipient', 'original-recipient', 'x-actual-recipient'] as const;

function dsnRecipient(
  input: string,
  g: ReportField[],
  textRecipients: readonly TextRecipient[],
  report: Fragment | undefined,
  groupCount: number,
  system: string | undefined,
  profile: Profile,
): RecipientVerdict {
  // RFC 3464 §2.3.2: Final-Recipient names the failed address; when it is unusable ("<>", a bare
  // local part, an X.400 form), Original-Recipient (§2.3.1) or the address the text names is.
  let fr: ReportField | undefined;
  let address = '';
  for (const name of RECIPIENT_FIELDS) {
    const f = field(g, name);
    if (!f) continue;
    const value = stripType(f.value);
    const candidate = cleanAddress(findAddresses(value, 1)[0] ?? value);
    if (isAddress(candidate)) {
      fr = f;
      address = candidate;
      break;
    }
  }
  if (!fr && groupCount === 1 && textRecipients.length === 1) {
    address = textRecipients[0]?.address ?? '';
  }
  const action = (field(g, 'action')?.value ?? '').toLowerCase().split(/[\s(]/)[0] ?? '';
  const statusField = field(g, 'status');
  const diagField = field(g, 'diagnostic-code');
  const diagType = diagField
    ? (/^([\w-]{1,30})\s*;/.exec(diagField.value)?.[1] ?? '').toLowerCase()
    : '';
  const diagText = diagField ? stripType(diagField.value) : '';
  const diagFrag = fieldFragment(input, diagField);
  const textMatch =
    textRecipients.find((t) => t.address.toLowerCase() === address.toLowerCase()) ??
    (groupCount === 1 && textRecipients.length === 1 ? textRecipients[0] : undefined);
  const block = textMatch?.block;
  const texts: Fragment[] = [];
  if (diagFrag && diagText) texts.push(...withRemoteReply(diagFrag));
  // A remote server's reply (diagnostic type smtp) outranks the notice's summary of it; a local
  // program's output (X-Unix) does not speak for the server.
  const replyTexts = texts.length > 0 && diagType !== 'x-unix' ? texts.length : undefined;
  if (block) texts.push(block);
  const dsStatus = statusField ? firstStatusCode(statusField.value) : undefined;
  const diagStatus = statusIn(diagText);
  const blockStatus = block ? statusIn(block.text) : undefined;
  // The remote server's own code (in Diagnostic-Code) is more precise than the reporting MTA's
  // summary in Status when the two differ (e.g. Status 4.4.7 over "450 4.2.2 Mailbox full").
  let status: Located | undefined;
  if (diagStatus && !isGeneric(diagStatus)) status = located(diagStatus, diagFrag);
  else if (dsStatus && !isGeneric(dsStatus))
    status = located(dsStatus, fieldFragment(input, statusField));
  else if (blockStatus && !isGeneric(blockStatus)) status = located(blockStatus, block);
  else if (dsStatus) status = located(dsStatus, fieldFragment(input, statusField));
  const replyText = findReplyCode(diagText) ?? (block ? findReplyCode(block.text) : undefined);
  const reply = replyText
    ? (located(replyText, diagFrag && diagText.includes(replyText) ? diagFrag : block) ?? undefined)
    : undefined;
  const lower = normalise(`${diagText} ${block?.text.slice(0, 4000) ?? ''}`);
  const facts: RecipientFacts = {
    address,
    addressFrag: fr
      ? { value: address, start: fr.start, end: fr.end, encoded: fr.encoded }
      : textMatch
        ? { value: address, start: textMatch.start, end: textMatch.end, encoded: textMatch.encoded }
        : undefined,
    action: action || 'failed',
    texts,
    status,
    reply,
    remoteMta: field(g, 'remote-mta') ? stripType(field(g, 'remote-mta')?.value ?? '') : undefined,
    diagnostic: diagText || (block ? collapse(block.text).slice(0, 500) : ''),
    diagnosticType: diagType || undefined,
    command: findCommand(lower),
    system,
    structured: true,
    replyTexts,
    systemCategory: profile.systems
      ? powerMtaCategory(input, field(g, 'x-powermta-bouncecategory'))
      : undefined,
  };
  // RFC 3464 §2.3.7: how long the reporting server keeps retrying a delayed message.
  const retryUntil = field(g, 'will-retry-until')?.value;
  if (facts.action === 'delivered' || dsStatus?.startsWith('2.')) {
    const v = nonBounceRecipient(
      address,
      'delivered',
      'Action delivered / status 2.x.x: a delivery report, not a bounce',
    );
    return {
      ...v,
      status: dsStatus,
      replyCode: replyText,
      remoteMta: facts.remoteMta,
      diagnostic: facts.diagnostic,
    };
  }
  const verdict = judge(facts, report ? [report] : [], profile);
  return retryUntil && facts.action === 'delayed'
    ? { ...verdict, willRetryUntil: retryUntil }
    : verdict;
}

/** The delivery-status texts of `m`: its report parts, or the report fields written in its text. */
function reportTexts(m: MessageInput): Fragment[] {
  const dsTexts = m.parts.filter((p) => DS_TYPES.has(p.type)).map((p) => partText(m.msg, p));
  const human = m.human;
  if (
    dsTexts.length === 0 &&
    human &&
    (human.text.includes('Final-Recipient') ||
      human.text.includes('final-recipient') ||
      human.text.includes('FINAL-RECIPIENT'))
  ) {
    const at = human.text
      .slice(0, HUMAN_LIMIT)
      .search(/^(?:reporting-mta|final-recipient|original-recipient):/im);
    if (at >= 0 && /^final-recipient:/im.test(human.text.slice(at, HUMAN_LIMIT))) {
      const text = human.text.slice(at);
      dsTexts.push(
        human.encoded
          ? { ...human, text }
          : { text, start: human.start + at, end: human.end, encoded: false },
      );
    }
  }
  return dsTexts;
}

export const reportPartSource: FactSource = {
  id: 'report-part',
  read(m) {
    const dsTexts = reportTexts(m);
    if (dsTexts.length === 0) return undefined;
    const { report, recipients: textRecipients } = noticeOf(m);
    const recipients: RecipientVerdict[] = [];
    let reportingMta: string | undefined;
    for (const dsText of dsTexts) {
      const groups = parseReportGroups(dsText);
      const rm = field(groups.message, 'reporting-mta');
      if (rm && !reportingMta) reportingMta = stripType(rm.value);
      for (const g of groups.recipients) {
        recipients.push(
          dsnRecipient(
            m.input,
            g,
            textRecipients,
            report,
            groups.recipients.length,
            m.system,
            m.profile,
          ),
        );
      }
    }
    if (recipients.length === 0) return undefined;
    m.trace.push({
      step: 'layout',
      detail: 'Found a delivery-status part: a standard DSN (RFC 3464)',
    });
    if (m.system) m.trace.push({ step: 'system', detail: `Written by ${m.system}` });
    return verdict(m, SOURCE, messageKind(recipients), m.system ?? 'rfc3464', recipients, {
      ...m.extra,
      reportingMta,
    });
  },
};
