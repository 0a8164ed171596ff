/**
 * The one decision order. Given what was found for a recipient (diagnostic texts, status code, reply
 * code, SMTP command), it picks a reason and records why, step by step.
 */
import { categoryOf, type Category, type ReasonId } from '../reason/ids.ts';
import { PHRASE_RULES, REPLY_RULES, STATUS_RULES, type PhraseRule } from '../rules/index.ts';
import { describeStatus } from '../status-code/index.ts';
import { compilePhrases, search } from '../phrase-matcher/index.ts';
import { normalise, type Fragment } from '../text/index.ts';

/**
 * Which evidence wins, strongest first:
 * 0. `mta-verdict` — a layout whose meaning is fixed by the system that wrote it (a Google Groups
 *    refusal says the group does not exist or will not take the post, whatever else it quotes).
 * 1. `provider-phrase` — wording a known mail system uses for exactly one condition is more precise
 *    than any code it sends alongside (Gmail answers "5.2.1" both for disabled and rate-limited mailboxes).
 * 1b. `clear-phrase` — words that name a mailbox condition so plainly ("mailbox is full", "account
 *    is disabled", "message too large") that they outrank an addressing code sent with them:
 *    servers answer 5.1.1 or a bare 550 for any mailbox they refuse, the words say why.
 * 2. `specific-status` — an RFC 3463 code whose detail names exactly one condition and is used for
 *    that condition only (X.1.1 bad mailbox, X.2.2 mailbox full, X.3.4 too big, X.7.26 authentication)
 *    is the most precise machine-readable statement in the message.
 * 2b. `mta-category` — a sending system's own classification field (PowerMTA's
 *    X-PowerMTA-BounceCategory): its guess from the same reply, so it yields to the reply's own
 *    precise words and codes but outranks generic wording.
 * 3. `generic-phrase` — the remote server's words; status codes are often generic (`5.0.0`) or
 *    reused for several conditions (`5.7.1` for blocks, relaying and spam alike; `5.5.0` for
 *    unknown users at Microsoft), while the words name the condition.
 * 3b. `mailer` — a non-SMTP diagnostic type such as `X-Unix` (RFC 3464 §2.3.6) means a local
 *    delivery program failed; its words (quota, unknown user) still win when they name the condition.
 * 4. `status-detail` — the remaining (broad) RFC 3463 details, e.g. X.7.1 → securityerror.
 * 5. `status-subject` — RFC 3463 §2: when the detail is unknown, the subject still says which
 *    party the problem concerns (X.1 addressing, X.7 policy, ...).
 * 6. `reply-code` — RFC 5321 reply codes are coarse; only a few name a condition (552, 556).
 * 7. `undefined` — nothing matched; we say so rather than guess.
 */
export const DECISION_ORDER = [
  'mta-verdict',
  'provider-phrase',
  'clear-phrase',
  'specific-status',
  'mta-category',
  'generic-phrase',
  'mailer',
  'status-detail',
  'status-subject',
  'reply-code',
  'undefined',
] as const;

/** One step of the decision order. */
export type DecisionStep = (typeof DECISION_ORDER)[number];

/** A value read from the input, with where it was read. */
export interface Located {
  value: string;
  start: number;
  end: number;
  encoded: boolean;
}

/** A character range of the input that decided (part of) the verdict. */
export interface Evidence {
  start: number;
  end: number;
  /** Rule id, e.g. `mailboxfull/phrase` or `status/X.2.2`. */
  rule: string;
  note: string;
  /** True when the text was found inside a base64/quoted-printable/charset-encoded part; the range is that part. */
  encoded?: boolean;
}

/** One step of a decision, in plain words, for people learning how bounces are read. */
export interface TraceStep {
  step: string;
  detail: string;
}

/** What the classifier knows about one recipient when it decides. */
export interface DecisionInput {
  /** Diagnostic texts, most authoritative first (DSN Diagnostic-Code, then the human-readable text). */
  texts: readonly Fragment[];
  status?: Located | undefined;
  reply?: Located | undefined;
  /** DSN Action, lowercase. */
  action?: string | undefined;
  /** SMTP command the error answered (`RCPT`, `DATA`, `MAIL`, `CONN`...). */
  command?: string | undefined;
  /** DSN diagnostic type (`smtp`, `x-unix`, ...), lowercase. */
  diagnosticType?: string | undefined;
  /** A verdict implied by the sending system's own layout (e.g. a Google Groups refusal). */
  systemReason?: SystemVerdict | undefined;
  /** The sending system's own classification of the failure (e.g. PowerMTA's bounce category). */
  systemCategory?: SystemVerdict | undefined;
  /** Who wrote the bounce and who refused the message: selects the scoped phrase rules. */
  context?: DecisionContext | undefined;
  /**
   * The bounce's own notice (its text before the returned message). Only the sending system's
   * rules marked `notice` read it, since such a statement speaks for every recipient listed.
   */
  notice?: Fragment | undefined;
  /** The input is one SMTP reply line, pasted on its own: the server's direct answer. */
  replyLine?: boolean | undefined;
  /**
   * How many of `texts`, from the first, are the remote server's own reply (a Diagnostic-Code);
   * the rest are the bounce's notice. Wording found only in the notice does not outrank a specific
   * status code from the reply. Undefined: every text counts as the reply.
   */
  replyTexts?: number | undefined;
}

/** A verdict the sending system states itself, with where it says so. */
export interface SystemVerdict {
  reason: ReasonId;
  rule: string;
  detail: string;
  at?: Located | undefined;
}

/** The sending system (layout name), the remote MTA and the recipient's domain. */
export interface DecisionContext {
  system?: string | undefined;
  /** Lowercase host name of the remote MTA that refused the message. */
  host?: string | undefined;
  /** Lowercase domain of the recipient's address. */
  domain?: string | undefined;
  /** False in the generic profile: no rule scoped to a system, host or domain applies. */
  scopedRules?: boolean | undefined;
}

function suffixOf(name: string | undefined, suffixes: readonly string[] | undefined): boolean {
  if (!name || !suffixes) return false;
  return suffixes.some((s) => name === s || name.endsWith(`.${s}`));
}

/** True when a rule's scope (if any) covers this context. */
function inScope(rule: PhraseRule, context: DecisionContext | undefined): boolean {
  const scope = rule.scope;
  if (!scope) return true;
  if (!context || context.scopedRules === false) return false;
  if (scope.systems && context.system && scope.systems.includes(context.system)) return true;
  return suffixOf(context.host, scope.hosts) || suffixOf(context.domain, scope.domains);
}

/** The reason picked for one recipient and why. */
export interface Decision {
  reason: ReasonId;
  category: Category;
  step: DecisionStep;
  rule: string;
  evidence: Evidence[];
  trace: TraceStep[];
}

interface PhraseHit {
  rule: PhraseRule;
  phrase: string;
  frag: Fragment;
}

/**
 * True when `hit` was found only in the bounce's notice while the server's own reply says
 * otherwise: a specific status code, or words, naming another condition. A sending system's
 * notice summarises ("the address couldn't be found") what the reply states exactly.
 */
function noticeOnly(hit: PhraseHit, input: DecisionInput): boolean {
  const replies = input.replyTexts;
  if (replies === undefined || input.texts.indexOf(hit.frag) < replies) return false;
  if (input.status) {
    const r = statusRule(input.status.value, false);
    if (r && r.strength === 'specific' && r.reason !== hit.rule.reason) return true;
  }
  const own = matchPhrase(input.texts.slice(0, replies), 'generic', input.context);
  return own !== undefined && own.rule.reason !== hit.rule.reason;
}

/**
 * What was computed for the last fragments read. A fragment is read a few times in a row (each
 * phrase tier, the category, the fallback) and then dropped, so a short list of recent ones serves
 * as well as a WeakMap and costs far less than adding a WeakMap entry per fragment.
 */
const RECENT_SIZE = 16;
const recentFrags: Fragment[] = [];
const recentNormalised: string[] = [];
const recentFound: (Map<number, number> | undefined)[] = [];
let recentNext = 0;

/** Slot of `frag` in the recent list, adding it (normalised) when it is not there. */
function recentSlot(frag: Fragment): number {
  for (let i = 0; i < recentFrags.length; i++) if (recentFrags[i] === frag) return i;
  const slot = recentNext;
  recentNext = (recentNext + 1) % RECENT_SIZE;
  // Multi-line replies repeat "550-5.7.1" on every line (RFC 5321 §4.2.1); drop the repeats so
  // phrases that span lines still match.
  recentNormalised[slot] = normalise(
    frag.text.length > 20000 ? frag.text.slice(0, 20000) : frag.text,
  ).replace(/(?<=\S )[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3} /g, '');
  recentFound[slot] = undefined;
  recentFrags[slot] = frag;
  return slot;
}

function normalised(frag: Fragment): string {
  return recentNormalised[recentSlot(frag)] ?? '';
}

function joined(texts: readonly Fragment[]): string {
  return texts.map((f) => normalised(f)).join(' ');
}

// All phrases of the table, compiled once; PHRASE_OWNER maps a phrase index back to its rule.
const ALL_PHRASES: string[] = [];
const PHRASE_OWNER: PhraseRule[] = [];
for (const rule of PHRASE_RULES) {
  for (const phrase of rule.phrases) {
    ALL_PHRASES.push(phrase);
    PHRASE_OWNER.push(rule);
  }
}
const MATCHER = compilePhrases(ALL_PHRASES);

function found(frag: Fragment): Map<number, number> {
  const slot = recentSlot(frag);
  let f = recentFound[slot];
  if (!f) {
    f = search(MATCHER, recentNormalised[slot] ?? '');
    recentFound[slot] = f;
  }
  return f;
}

// The sending systems that have rules of their own, and those whose notice is read: only for
// them is the extra search worth running.
const SCOPED_SYSTEMS = new Set(PHRASE_RULES.flatMap((r) => r.scope?.systems ?? []));
const NOTICE_SYSTEMS = new Set(
  PHRASE_RULES.filter((r) => r.notice === true).flatMap((r) => r.scope?.systems ?? []),
);

// A bare host or domain name (not the domain of an address) followed by "does not exist".
const NAME_DOES_NOT_EXIST =
  /(?:^|[\s<'"([])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}[>'")\]]?:?\s+does not exist/;

// Failures to hold an SMTP connection, as opposed to failures to find where to connect.
const CONNECTION_FAILURES = [
  'timed out',
  'connection refused',
  'connection reset',
  'unable to connect',
  'could not connect',
] as const;

/** Finds the first phrase rule of `tier` (in table order) that matches any of the texts. */
export function matchPhrase(
  texts: readonly Fragment[],
  tier: PhraseRule['tier'],
  context?: DecisionContext,
  only: 'all' | 'system' | 'notice' | 'clear' = 'all',
): PhraseHit | undefined {
  let best: PhraseHit | undefined;
  let bestRule = Infinity;
  for (const frag of texts) {
    for (const index of found(frag).keys()) {
      const rule = PHRASE_OWNER[index];
      if (!rule || rule.tier !== tier || !inScope(rule, context)) continue;
      if (only === 'clear') {
        if (rule.clear !== true) continue;
      } else if (only !== 'all' && !rule.scope?.systems) continue;
      if (only === 'notice' && rule.notice !== true) continue;
      const order = PHRASE_RULES.indexOf(rule);
      if (order < bestRule) {
        bestRule = order;
        best = { rule, phrase: ALL_PHRASES[index] ?? '', frag };
      }
    }
    if (best) return best;
  }
  return best;
}

/** Looks a status code up: the full `X.s.d` rule, or with `subjectOnly` the `X.s` fallback. */
export function statusRule(
  code: string,
  subjectOnly: boolean,
): (typeof STATUS_RULES)[number] | undefined {
  const parts = code.split('.');
  const key = subjectOnly ? `X.${parts[1] ?? ''}` : `X.${parts[1] ?? ''}.${parts[2] ?? ''}`;
  return STATUS_RULES.find((r) => r.code === key);
}

function phraseEvidence(hit: PhraseHit): Evidence {
  const { frag, phrase } = hit;
  let start = frag.start;
  let end = frag.end;
  if (!frag.encoded) {
    const at = frag.text.toLowerCase().indexOf(phrase);
    if (at >= 0) {
      start = frag.start + at;
      end = start + phrase.length;
    }
  }
  const ev: Evidence = {
    start,
    end,
    rule: hit.rule.id,
    note: `phrase "${phrase}" (${hit.rule.source})`,
  };
  if (frag.encoded) ev.encoded = true;
  return ev;
}

function locatedEvidence(loc: Located, rule: string, note: string): Evidence {
  const ev: Evidence = { start: loc.start, end: loc.end, rule, note };
  if (loc.encoded) ev.encoded = true;
  return ev;
}

/**
 * Decides the reason for one recipient, following `DECISION_ORDER`.
 *
 * @example decide({ texts: [{ text: '552 5.2.2 Mailbox full', start: 0, end: 22, encoded: false }] }).reason // 'mailboxfull'
 */
export function decide(input: DecisionInput): Decision {
  const trace: TraceStep[] = [];
  const evidence: Evidence[] = [];
  const status = input.status?.value;
  const reply = input.reply?.value;
  if (status)
    trace.push({ step: 'status', detail: `Found status ${status} → ${describeStatus(status)}` });
  if (reply) trace.push({ step: 'reply-code', detail: `Found SMTP reply code ${reply}` });
  if (input.command)
    trace.push({ step: 'command', detail: `The error answered the SMTP ${input.command} command` });

  let reason: ReasonId = 'undefined';
  let step: DecisionStep = 'undefined';
  let rule = 'undefined';
  let matchedPhrase = '';
  // A scoped rule is the sending system's or receiving provider's own statement: kept as it is.
  let scoped = false;

  const decided = (): boolean => step !== 'undefined';
  for (const s of DECISION_ORDER) {
    if (decided()) break;
    if (s === 'mta-verdict' || s === 'mta-category') {
      const verdict = s === 'mta-verdict' ? input.systemReason : input.systemCategory;
      if (verdict) {
        reason = verdict.reason;
        step = s;
        rule = verdict.rule;
        if (verdict.at) evidence.push(locatedEvidence(verdict.at, rule, verdict.detail));
        trace.push({ step: s, detail: `${verdict.detail} → ${reason}` });
      }
    } else if (s === 'mailer') {
      if (input.diagnosticType === 'x-unix') {
        reason = 'mailererror';
        step = s;
        rule = 'mailer/x-unix';
        trace.push({
          step: s,
          detail: 'Diagnostic type X-Unix: a local delivery program failed → mailererror',
        });
      }
    } else if (s === 'provider-phrase' || s === 'generic-phrase') {
      const tier = s === 'provider-phrase' ? 'provider' : 'generic';
      // The sending system's own wording first (next to the address, then in its notice), then
      // the receiving provider's and other providers' wording.
      const name = tier === 'provider' ? input.context?.system : undefined;
      const system = name && SCOPED_SYSTEMS.has(name) ? input.context : undefined;
      const notice = name && NOTICE_SYSTEMS.has(name) ? input.notice : undefined;
      const hit =
        (system && matchPhrase(input.texts, tier, system, 'system')) ||
        (system && notice && matchPhrase([notice], tier, system, 'notice')) ||
        matchPhrase(input.texts, tier, input.context);
      if (!hit || noticeOnly(hit, input)) continue;
      // A local delivery program's exit ("X-Unix; temporary failure") says only that it failed:
      // vague system wording does not outrank the mailer step.
      if (input.diagnosticType === 'x-unix' && hit.rule.reason === 'systemerror') continue;
      scoped = hit.rule.scope !== undefined;
      reason = hit.rule.reason;
      step = s;
      rule = hit.rule.id;
      matchedPhrase = hit.phrase;
      evidence.push(phraseEvidence(hit));
      trace.push({
        step: s,
        detail: `Phrase '${hit.phrase}' matched rule ${hit.rule.id} → ${reason}`,
      });
    } else if (s === 'clear-phrase') {
      // Only against an addressing or undefined code (X.1.x, X.0.x) or none: a code naming
      // another condition (X.2.2, X.7.1...) keeps its own step.
      const subject = status?.split('.')[1];
      if (subject !== undefined && subject !== '0' && subject !== '1') continue;
      const hit = matchPhrase(input.texts, 'generic', input.context, 'clear');
      if (!hit || noticeOnly(hit, input)) continue;
      reason = hit.rule.reason;
      step = s;
      rule = hit.rule.id;
      matchedPhrase = hit.phrase;
      evidence.push(phraseEvidence(hit));
      trace.push({
        step: s,
        detail: `Phrase '${hit.phrase}' names the condition plainly (rule ${hit.rule.id}), whatever the code → ${reason}`,
      });
    } else if (
      (s === 'specific-status' || s === 'status-detail' || s === 'status-subject') &&
      status &&
      input.status
    ) {
      const r = statusRule(status, s === 'status-subject');
      if (!r || (s === 'specific-status' && r.strength !== 'specific')) continue;
      reason = r.reason;
      step = s;
      rule = `status/${r.code}`;
      evidence.push(locatedEvidence(input.status, rule, `${status}: ${r.meaning} (${r.source})`));
      trace.push({
        step: s,
        detail: `Status ${status} means "${r.meaning}" (${r.source}) → ${reason}`,
      });
    } else if (s === 'reply-code' && reply && input.reply) {
      const r = REPLY_RULES.find((x) => x.code === reply);
      if (!r) continue;
      reason = r.reason;
      step = s;
      rule = `reply/${r.code}`;
      evidence.push(locatedEvidence(input.reply, rule, `${reply}: ${r.meaning} (${r.source})`));
      trace.push({
        step: s,
        detail: `Reply code ${reply} means "${r.meaning}" (${r.source}) → ${reason}`,
      });
    }
  }
  if (!decided() && reply) {
    // The remote server did answer, with words no rule recognises: there is a verdict, but not
    // enough to name its cause.
    reason = 'onhold';
    trace.push({
      step: 'undefined',
      detail: `The server replied ${reply} in words no rule recognises: not enough to decide → onhold`,
    });
  } else if (!decided())
    trace.push({ step: 'undefined', detail: 'No rule matched: the reason stays undefined' });

  // "User unknown" proves the mailbox is missing only when it answers RCPT TO (RFC 5321 §3.3: that
  // is where recipients are checked) or comes with an addressing status (X.1.x). Said in answer to
  // MAIL FROM, it is the sender's address that was refused. Said after DATA, the address was already
  // accepted, so a content filter spoke; with no command and no status code (or only X.2.1, a
  // disabled mailbox), nothing shows it was the recipient check either. Those read as `filtered`, which is soft.
  const settled = scoped || step === 'mta-verdict' || step === 'mta-category';
  // All the texts, normalised and joined, built only once and only if an adjustment asks.
  let joinedText: string | undefined;
  const allText = (): string => (joinedText ??= joined(input.texts));
  const phraseStep = step === 'generic-phrase' || step === 'provider-phrase';
  const addressing = status !== undefined && status.split('.')[1] === '1';
  // X.2.1 "mailbox disabled" names no missing mailbox either (RFC 3463 §3.3).
  const noCode = status === undefined || /^[245]\.(?:0\.0|2\.1)$/.test(status);
  // The sending system's own classification filed it as a missing mailbox too (PowerMTA
  // "bad-mailbox"): that is its reading of the recipient check.
  const lookup =
    PHRASE_RULES.find((r) => r.id === rule)?.addressLookup === true ||
    input.systemCategory?.reason === 'userunknown';
  const command = input.command;
  // "mx.example.com does not exist": what does not exist is a host name, not a mailbox. (In answer
  // to MAIL FROM it is the sender's domain: the adjustment below makes that `rejected`.)
  if (
    !settled &&
    reason === 'userunknown' &&
    command !== 'MAIL' &&
    matchedPhrase === 'does not exist' &&
    NAME_DOES_NOT_EXIST.test(allText())
  ) {
    reason = 'hostunknown';
    trace.push({
      step: 'host',
      detail: 'What "does not exist" is a host or domain name, not an address → hostunknown',
    });
  }
  if (!settled && reason === 'userunknown' && command === 'MAIL') {
    reason = 'rejected';
    trace.push({
      step: 'command',
      detail: 'The refusal answered MAIL FROM: the unknown address is the sender → rejected',
    });
  } else if (!settled && reason === 'userunknown' && phraseStep && !addressing && !lookup) {
    if (command === 'DATA') {
      reason = 'filtered';
      trace.push({
        step: 'command',
        detail: 'User unknown after DATA: the address was accepted at RCPT, so → filtered',
      });
    } else if (noCode && command !== 'RCPT' && !input.replyLine) {
      reason = 'filtered';
      trace.push({
        step: 'command',
        detail:
          'User unknown with no status code naming a missing mailbox and no sign it answered RCPT TO → filtered',
      });
    }
  }
  // "Access denied" in answer to MAIL FROM refuses the sender, not a security setting.
  if (
    !settled &&
    command === 'MAIL' &&
    reason === 'securityerror' &&
    (matchedPhrase === 'access denied' || matchedPhrase === 'not authorized')
  ) {
    reason = 'rejected';
    trace.push({
      step: 'command',
      detail: 'Access was denied in answer to MAIL FROM: the sender was refused → rejected',
    });
  }
  // Refused at connection or greeting, before any address was sent: the receiving server refused
  // the sending host itself (RFC 5321 §3.1, §4.3.2), even when the report adds that the sender
  // then gave up ("Giving up on ...").
  if (
    !settled &&
    (command === 'CONN' || command === 'HELO') &&
    (reason === 'undefined' ||
      reason === 'onhold' ||
      reason === 'syntaxerror' ||
      (reason === 'securityerror' && phraseStep) ||
      // A permanent (5xx) refusal there; a 4xx one that ran out of time stays expired.
      (reason === 'expired' && phraseStep && (reply ?? status ?? '').startsWith('5')))
  ) {
    reason = 'blocked';
    trace.push({
      step: 'command',
      detail: 'Refused at connection or greeting, before any address: the sending host → blocked',
    });
  }

  // Connections that time out, are refused or reset are retried; a report that is no longer
  // "delayed" means the sender stopped retrying them, so the message expired (RFC 3464 §2.3.3) —
  // the connection is how it got there. (Routing and DNS failures keep their own reason: they say
  // where delivery is broken.) In a delay notice the sender is still retrying: the failing
  // connection is the cause it names.
  if (
    reason === 'networkerror' &&
    !settled &&
    (input.action === 'failed' || input.action === 'expired') &&
    CONNECTION_FAILURES.some((words) => allText().includes(words))
  ) {
    reason = 'expired';
    trace.push({
      step: 'action',
      detail:
        'Connections kept failing (timed out, refused or reset) until the sender gave up → expired',
    });
  }

  // A delay notice (RFC 3464 §2.3.3 "delayed") whose words name no cause: the codes alone (X.0.0,
  // X.4.0, X.4.7, X.5.0, 4xx) only repeat that the message was deferred.
  const wordless =
    step === 'undefined' ||
    step === 'status-detail' ||
    step === 'status-subject' ||
    step === 'reply-code';
  if (input.action === 'delayed' && wordless && !settled) {
    reason = 'undefined';
    trace.push({
      step: 'action',
      detail: 'A delay notice that names no cause: the message is still queued, cause not stated',
    });
  }

  // Nothing has expired in a delay notice: the sender is still within its retry time. Wording
  // that a system also uses when it gives up ("did not accept our requests to connect") names, in
  // a delay, the cause it is retrying: the connection, or nothing specific.
  if (input.action === 'delayed' && reason === 'expired') {
    const connection =
      CONNECTION_FAILURES.some((words) => allText().includes(words)) ||
      /\bconnect(?:ion)?\b/.test(allText());
    reason = connection ? 'networkerror' : 'undefined';
    trace.push({
      step: 'action',
      detail: connection
        ? 'A delay notice: the sender is still retrying a connection that fails → networkerror'
        : 'A delay notice: the sender is still retrying, cause not stated',
    });
  }

  // A name lookup that failed temporarily (4xx, or "try again") is a DNS problem that may clear up,
  // not proof that the domain does not exist.
  const code = reply ?? status ?? '';
  if (
    reason === 'hostunknown' &&
    step === 'generic-phrase' &&
    (code.startsWith('4') || (!code.startsWith('5') && /try again/.test(allText())))
  ) {
    reason = 'networkerror';
    trace.push({
      step: 'transient',
      detail: 'The name lookup failed temporarily (4xx or "try again") → networkerror',
    });
  }

  // Decided by an adjustment or with no rule at all: the codes the server sent are still what the
  // reader should look at.
  if (evidence.length === 0 && input.reply) {
    evidence.push(
      locatedEvidence(input.reply, `reply/${input.reply.value}`, "the server's reply code"),
    );
  } else if (evidence.length === 0 && input.status) {
    evidence.push(locatedEvidence(input.status, `status/${input.status.value}`, 'the status code'));
  }

  const text = allText();
  const temporary = (reply ?? status ?? '').startsWith('4') || text.includes('temporar');
  // A delay notice reports a message still being retried: nothing has failed yet (RFC 3464
  // §2.3.3), so it is not a bounce, hard or soft, until the sender gives up.
  const delayed = input.action === 'delayed';
  const category = delayed ? 'none' : categoryOf(reason, temporary);
  trace.push({
    step: 'category',
    detail: delayed
      ? 'A delay: the sender is still retrying, nothing has failed yet → not a bounce (yet)'
      : category === 'hard'
        ? `Reason ${reason} is hard: the address will not work, stop sending to it`
        : category === 'soft'
          ? `Reason ${reason} is soft: the address may work later`
          : `Reason ${reason} is not a bounce`,
  });
  return { reason, category, step, rule, evidence, trace };
}
