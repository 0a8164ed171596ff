/**
 * What every source of facts hands over for one recipient, and how those facts become a verdict:
 * the decision (`decide/`) with its trace and evidence. Also the small readers of codes and text
 * that several sources share.
 */
import {
  decide,
  type Decision,
  type DecisionContext,
  type DecisionInput,
  type Located,
  type TraceStep,
} from '../decide/index.ts';
import type { ReportField } from '../dsn/index.ts';
import { compilePhrases, contains } from '../phrase-matcher/index.ts';
import { findPair } from '../status-code/index.ts';
import type { Fragment } from '../text/index.ts';
import type { Profile } from './profile.ts';
import type { Confidence, MessageKind, RecipientVerdict } from './types.ts';

const STATUS_LOCATE = /(?<![\w.-])[245]\.[0-7]\.\d{1,3}(?![\w-]|\.\d)/g;

/** Everything a source found about one recipient. */
export interface RecipientFacts {
  address: string;
  addressFrag?: Located | undefined;
  action: string;
  texts: Fragment[];
  status?: Located | undefined;
  reply?: Located | undefined;
  remoteMta?: string | undefined;
  diagnostic: string;
  diagnosticType?: string | undefined;
  command?: string | undefined;
  systemReason?: DecisionInput['systemReason'];
  systemCategory?: DecisionInput['systemCategory'];
  /** The sending system that wrote the bounce, when recognised. */
  system?: string | undefined;
  /** One SMTP reply line read on its own (see `DecisionInput.replyLine`). */
  replyLine?: boolean;
  /** False when the action was only guessed from the reply code (bare reply lines). */
  actionStated?: boolean;
  /** Read from a machine-readable report (a delivery-status part or a service's JSON event). */
  structured?: boolean;
  /** The bounce's layout was recognised (its sending system, or a reply line or transcript). */
  layoutKnown?: boolean;
  /** How many of `texts`, from the first, are the remote server's own reply (see `DecisionInput`). */
  replyTexts?: number | undefined;
}

/** Decision steps that rest on words or a specific code, not only on a code's class. */
const PRECISE_STEPS = new Set<Decision['step']>([
  'mta-verdict',
  'provider-phrase',
  'specific-status',
  'mta-category',
  'generic-phrase',
  'mailer',
]);

/**
 * How sure a verdict is: a machine-readable report with a specific status code is the best
 * evidence; a recognised layout's words, or a report whose codes are generic, come next; a phrase
 * in a layout nobody recognised, a bare reply code, or no cause at all, last.
 */
function confidenceOf(facts: RecipientFacts, d: Decision): Confidence {
  if (d.reason === 'undefined' || d.reason === 'onhold') return 'low';
  const specific = !isGeneric(facts.status?.value);
  if (facts.structured && specific) return 'high';
  const precise = PRECISE_STEPS.has(d.step) || d.step === 'status-detail';
  // Words or a specific code, in a report, a recognised layout, or next to a status code.
  if (precise && (facts.structured || facts.layoutKnown || specific)) return 'medium';
  return 'low';
}

/** `value` located in `frag`: its own range when the fragment maps 1:1 to the input, else the fragment's. */
export function located(
  value: string | undefined,
  frag: Fragment | undefined,
): Located | undefined {
  if (!value || !frag) return undefined;
  if (frag.encoded) return { value, start: frag.start, end: frag.end, encoded: true };
  const at = frag.text.indexOf(value);
  // Not written verbatim (escaped in JSON, joined from several fields): only the fragment's range
  // is known, so offsets inside the value do not map to the input.
  if (at < 0) return { value, start: frag.start, end: frag.end, encoded: true };
  return { value, start: frag.start + at, end: frag.start + at + value.length, encoded: false };
}

/** The status code of a text: the one paired with a reply code ("550 5.1.1") first, else the first one. */
export function statusIn(text: string): string | undefined {
  const paired = findPair(text);
  if (paired) return paired[1];
  let success: string | undefined;
  STATUS_LOCATE.lastIndex = 0;
  for (let m = STATUS_LOCATE.exec(text); m; m = STATUS_LOCATE.exec(text)) {
    if (!m[0].startsWith('2')) return m[0];
    success ??= m[0];
  }
  return success;
}

/** True for no code or a code with no subject or detail (`5.0.0`). */
export function isGeneric(code: string | undefined): boolean {
  return !code || /^[245]\.0\.0$/.test(code);
}

/** The field as it stands in the input (name, value and folded lines), so offsets inside it map 1:1. */
export function fieldFragment(input: string, f: ReportField | undefined): Fragment | undefined {
  if (!f) return undefined;
  const text = f.encoded ? `${f.name}: ${f.value}` : input.slice(f.start, f.end);
  return { text, start: f.start, end: f.end, encoded: f.encoded };
}

// Wording of a delay notice: the sender is still trying (English first, then the languages
// bounce notices are most often written in).
const STILL_TRYING = [
  'will continue trying',
  'will continue to try',
  'still trying',
  'will keep trying',
  'will be retried',
  'will retry',
  'will try again',
  'is being retried',
  'still being retried',
  'retrying',
  'postponed',
  'not yet been delivered',
  'has not yet been delivered',
  'has not been delivered yet',
  'delivery attempts will continue',
  'no action is required on your part',
  'warning only',
  'do not need to resend',
  'no need to resend',
  'delivery has been delayed',
  'delivery is delayed',
  'has been delayed',
  'delayed delivery',
  'wird erneut versucht',
  'weiter versucht',
  'noch nicht zugestellt',
  'verzögert',
  'nouvelle tentative',
  'pas encore été remis',
  'retardé',
  'se volverá a intentar',
  'se reintentará',
  'todavía no se ha entregado',
  'verrà ritentat',
  'non è ancora stato consegnato',
  'será tentad',
  'ainda não foi entregue',
  'opnieuw geprobeerd',
  'nog niet afgeleverd',
  'повторн',
  'ещё не доставлено',
  'еще не доставлено',
  'ponowion',
  '再送を試み',
  '配信が遅延',
  '将重试',
  '延迟投递',
  '재시도',
] as const;

const STILL_TRYING_MATCHER = compilePhrases(STILL_TRYING);

// Wording that the sender stopped trying: it outranks any "will retry" quoted from earlier notices.
const GAVE_UP = [
  'giving up',
  'gave up',
  'given up',
  'will not be retried',
  'will not retry',
  'no further attempts',
  'permanent error',
  'permanent failure',
  'permanently',
  'has expired',
  'message expired',
  'failed permanently',
  'delivery has failed',
  'removed from the queue',
  'removed from the mail queue',
] as const;
const GAVE_UP_MATCHER = compilePhrases(GAVE_UP);

/**
 * True for the text of a delay notice: the sender says it is still trying, and nowhere that it
 * gave up. Only a report that says so is a delay; a 4xx reply alone is a temporary refusal.
 */
export function delayedText(lower: string): boolean {
  return contains(STILL_TRYING_MATCHER, lower) && !gaveUp(lower);
}

// "Could not be delivered" ends the attempts, except when a time or "yet" follows: Postfix and
// Sendmail warn that a message "could not be delivered for more than 4 hours" and keep trying.
const NOT_DELIVERED_FINAL = /could not be delivered(?!\s+(?:yet|for|within|in the last|during)\b)/;

// A sentence that only says what will happen if delivery fails ("You'll be notified if the
// delivery fails permanently"): delay notices promise that, so it is no sign of giving up.
const SENTENCE = /[^.!?\n]+/g;
const CONDITIONAL = /\b(?:if|unless)\b/;

/** True when the text says the sender stopped trying. */
export function gaveUp(lower: string): boolean {
  const stated = CONDITIONAL.test(lower)
    ? lower.replace(SENTENCE, (s) => (CONDITIONAL.test(s) ? ' ' : s))
    : lower;
  return contains(GAVE_UP_MATCHER, stated) || NOT_DELIVERED_FINAL.test(stated);
}

/** The remote MTA's host name and the recipient's domain, lowercase. */
function contextOf(facts: RecipientFacts, profile: Profile): DecisionContext {
  // A host name is at most 253 characters: look no further, whatever a broken field holds.
  const host = /[a-z0-9][a-z0-9.-]{0,253}\.[a-z]{2,}/i.exec(
    (facts.remoteMta ?? '').slice(0, 300),
  )?.[0];
  const at = facts.address.lastIndexOf('@');
  return {
    system: facts.system,
    host: host?.toLowerCase(),
    domain: at >= 0 ? facts.address.slice(at + 1).toLowerCase() : undefined,
    scopedRules: profile.scopedRules,
  };
}

/**
 * Decides the verdict for one recipient from its facts. When nothing next to the address decides,
 * the wider texts (the bounce's whole notice) are read.
 */
export function judge(
  facts: RecipientFacts,
  fallbackTexts: readonly Fragment[],
  profile: Profile,
): RecipientVerdict {
  const input: DecisionInput = {
    texts: facts.texts,
    status: facts.status,
    reply: facts.reply,
    action: facts.actionStated === false ? undefined : facts.action,
    command: facts.command,
    diagnosticType: facts.diagnosticType,
    systemReason: facts.systemReason,
    systemCategory: facts.systemCategory,
    context: contextOf(facts, profile),
    notice: fallbackTexts[0],
    replyLine: facts.replyLine,
    replyTexts: facts.replyTexts,
  };
  let d = decide(input);
  if (d.step === 'undefined' && fallbackTexts.length > 0) {
    const wider = decide({ ...input, texts: fallbackTexts });
    if (wider.step !== 'undefined') {
      d = wider;
      d.trace.unshift({
        step: 'context',
        detail: 'Nothing decisive next to the address; read the whole report text',
      });
    }
  }
  const trace: TraceStep[] = [];
  trace.push({ step: 'recipient', detail: `Recipient ${facts.address || '(not stated)'}` });
  if (facts.action) trace.push({ step: 'action', detail: `Action: ${facts.action}` });
  trace.push(...d.trace);
  const evidence = d.evidence;
  if (facts.addressFrag) {
    const ev: (typeof evidence)[number] = {
      start: facts.addressFrag.start,
      end: facts.addressFrag.end,
      rule: 'recipient',
      note: 'the failed address',
    };
    if (facts.addressFrag.encoded) ev.encoded = true;
    evidence.unshift(ev);
  }
  return {
    recipient: facts.address,
    category: d.category,
    reason: d.reason,
    confidence: confidenceOf(facts, d),
    action: facts.action,
    status: facts.status?.value,
    replyCode: facts.reply?.value,
    remoteMta: facts.remoteMta,
    diagnostic: facts.diagnostic,
    command: facts.command,
    evidence,
    trace,
  };
}

/** A recipient of a message that is not a bounce (auto-reply, complaint, delivery report). */
export function nonBounceRecipient(
  address: string,
  reason: 'vacation' | 'feedback' | 'delivered',
  note: string,
  confidence: Confidence = 'high',
): RecipientVerdict {
  return {
    recipient: address,
    category: 'none',
    reason,
    confidence,
    action: reason === 'delivered' ? 'delivered' : '',
    diagnostic: '',
    evidence: [],
    trace: [{ step: 'kind', detail: note }],
  };
}

/** What a message with these recipients is: a delivery report, a delay notice or a failure. */
export function messageKind(recipients: readonly RecipientVerdict[]): MessageKind {
  if (recipients.length > 0 && recipients.every((r) => r.reason === 'delivered')) return 'delivery';
  if (recipients.length > 0 && recipients.every((r) => r.action === 'delayed')) return 'delay';
  return 'failure';
}

/**
 * A relaying system often wraps the remote server's reply in its own summary ("5.1.0 - Unknown
 * address error 550-'5.7.1 ... Access denied'"): the remote server's own words are read first,
 * then the whole text.
 */
export function withRemoteReply(frag: Fragment): Fragment[] {
  if (frag.encoded) return [frag];
  const pair = findPair(frag.text);
  if (!pair) return [frag];
  const at = frag.text.search(
    new RegExp(`${pair[0]}[ -]{1,2}['"(#]{0,2}${pair[1].replace(/\./g, '\\.')}`),
  );
  const before = at > 0 ? frag.text.slice(0, at).replace(/diagnostic-code|smtp/gi, '') : '';
  if (!/[a-z]{4}/i.test(before)) return [frag];
  return [
    { text: frag.text.slice(at), start: frag.start + at, end: frag.end, encoded: false },
    frag,
  ];
}

/** White space collapsed to single spaces, case and words kept as the server wrote them. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The server's reply in a text block: the line holding its reply code and the lines that carry it
 * on (up to a blank line or a separator), as the server wrote them (only white space is
 * collapsed); the block itself when it quotes no reply.
 */
export function diagnosticLine(block: Fragment | undefined, address = ''): string {
  if (!block) return '';
  const text = block.text.slice(0, 4000);
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => /(?:^|[\s#])[45]\d\d[ -]/.test(l));
  if (first < 0) {
    // No reply quoted: the first paragraph that says more than the address itself.
    const words = (p: string): number =>
      (address ? p.split(address).join(' ') : p).split(' ').filter((w) => /\p{L}{2}/u.test(w))
        .length;
    let firstParagraph: string | undefined;
    for (const raw of text.split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/)) {
      const p = collapse(raw);
      firstParagraph ??= p;
      if (words(p) >= 3) return p.slice(0, 400);
    }
    return (firstParagraph ?? '').slice(0, 400);
  }
  const kept: string[] = [];
  for (let i = first; i < lines.length && kept.length < 8; i++) {
    const line = lines[i] ?? '';
    if (i > first && (line.trim() === '' || /^\s*(?:---|===|\*\*\*)/.test(line))) break;
    kept.push(line);
  }
  const joined = collapse(kept.join(' '));
  const at = /(?:^|[\s#])([45]\d\d[ -].*)$/.exec(joined);
  return withoutStrayParen(at?.[1] ?? joined).slice(0, 400);
}

/** Drops a closing parenthesis whose opening one was left behind ("(reason: 550 ...)"). */
function withoutStrayParen(text: string): string {
  if (!text.endsWith(')')) return text;
  const opened = text.split('(').length;
  const closed = text.split(')').length;
  return closed > opened ? text.slice(0, -1).trimEnd() : text;
}
