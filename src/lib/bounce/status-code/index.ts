/**
 * Finding and explaining codes: RFC 3463 enhanced status codes (`5.1.1`) and RFC 5321 reply codes
 * (`550`). Every pattern here is a plain sequence with bounded repeats, so matching is linear-time.
 */

// "5.1.1" but not the middle of an IP address or a version ("192.0.2.1", "4.16.55.1").
const STATUS = /(?<![\w.-])([245])\.([0-7])\.(\d{1,3})(?![\w-]|\.\d)/g;
// "550 5.1.1" / "550-5.1.1": the reply code is the one right before the status code.
const REPLY_WITH_STATUS_ALL =
  /(?<![\w.-])([245]\d\d)[ -]{1,2}['"(#]{0,2}([245]\.[0-7]\.\d{1,3})(?![\w-]|\.\d)/g;
// A bare reply code where SMTP replies usually appear: line start, after "said:", "<<<", quotes, ...
const REPLY = /(?:^|[\s:'"(<[]|<<<|#)([45]\d\d)(?=[ -][^\d]|[,;]|-?$|[ ]?$)/gm;

/** Returns every enhanced status code in `text`, in order. */
export function findStatusCodes(text: string): string[] {
  const out: string[] = [];
  STATUS.lastIndex = 0;
  for (let m = STATUS.exec(text); m; m = STATUS.exec(text)) out.push(`${m[1]}.${m[2]}.${m[3]}`);
  return out;
}

/** The first RFC 3463 status code in `text`, or undefined. */
export function firstStatusCode(text: string): string | undefined {
  STATUS.lastIndex = 0;
  const m = STATUS.exec(text);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : undefined;
}

/**
 * The SMTP reply code in `text`: the one written before a status code when there is one, otherwise
 * the first 4xx/5xx number standing where replies stand.
 *
 * @example findReplyCode('host said: 550 5.1.1 <a@example.com>... User unknown') // '550'
 */
export function findReplyCode(text: string): string | undefined {
  const paired = findPair(text);
  if (paired) return paired[0];
  REPLY.lastIndex = 0;
  const m = REPLY.exec(text);
  return m ? m[1] : undefined;
}

/**
 * The first "reply-code status-code" pair in `text` (`550 5.1.1`, `550-5.1.1`, `550 '5.1.1`),
 * preferring an error (4xx/5xx) over a success reply earlier in a transcript.
 */
export function findPair(text: string): [string, string] | undefined {
  REPLY_WITH_STATUS_ALL.lastIndex = 0;
  let success: [string, string] | undefined;
  for (let m = REPLY_WITH_STATUS_ALL.exec(text); m; m = REPLY_WITH_STATUS_ALL.exec(text)) {
    const pair: [string, string] = [m[1] ?? '', m[2] ?? ''];
    if (!pair[0].startsWith('2')) return pair;
    success ??= pair;
  }
  return success;
}

/** Checks the RFC 3463 §2 grammar: class 2/4/5, subject and detail 1-3 digits without leading zeros. */
export function isStatusCode(code: string): boolean {
  return /^[245]\.(?:0|[1-9]\d{0,2})\.(?:0|[1-9]\d{0,2})$/.test(code);
}

const SUBJECTS: Record<string, string> = {
  '0': 'other or undefined status',
  '1': 'addressing',
  '2': 'mailbox',
  '3': 'mail system',
  '4': 'network and routing',
  '5': 'mail delivery protocol',
  '6': 'message content or media',
  '7': 'security or policy',
};

const CLASSES: Record<string, string> = {
  '2': 'success',
  '4': 'persistent transient failure',
  '5': 'permanent failure',
};

/**
 * Describes a status code in words (RFC 3463 §2), for traces.
 *
 * @example describeStatus('5.2.2') // 'permanent failure, mailbox subject (X.2)'
 */
export function describeStatus(code: string): string {
  const [cls = '', subject = ''] = code.split('.');
  return `${CLASSES[cls] ?? 'unknown class'}, ${SUBJECTS[subject] ?? 'unknown'} subject (X.${subject})`;
}
