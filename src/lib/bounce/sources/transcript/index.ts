/**
 * Input that is not a message: one SMTP reply line, an SMTP transcript or a diagnostic text pasted
 * on its own. It is read as one diagnostic for one recipient (the address it names, if any).
 */
import { diagnosticLine, judge, located, statusIn } from '../../classify/facts.ts';
import { verdict, type MessageInput } from '../../classify/message.ts';
import type { MessageVerdict } from '../../classify/types.ts';
import { cleanAddress, findAddresses, findCommand } from '../../layout/index.ts';
import { findReplyCode } from '../../status-code/index.ts';
import { normalise, type Fragment } from '../../text/index.ts';

/** Reads a bare input (no message header) as a reply line, a transcript or a diagnostic. */
export function readBare(
  m: Pick<MessageInput, 'input' | 'range' | 'trace' | 'profile'>,
): MessageVerdict {
  const { input, range } = m;
  const end = Math.min(range.end, range.start + 65536);
  const text = input.slice(range.start, end);
  const frag: Fragment = { text, start: range.start, end, encoded: false };
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const coded = lines.filter((l) => /^\s*(?:<<<\s*)?[245]\d\d[ -]/.test(l)).length;
  const system =
    lines.length === 1 && coded === 1 ? 'smtp-line' : coded > 0 ? 'smtp-transcript' : 'diagnostic';
  m.trace.push({
    step: 'layout',
    detail: `Not a message: read as ${system === 'diagnostic' ? 'a diagnostic text' : system}`,
  });
  const rcpt =
    /rcpt to:\s*<([^<>\s]{1,300})>/i.exec(text)?.[1] ??
    /<([^<>\s@]{1,64}@[^<>\s]{1,255})>/.exec(text)?.[1] ??
    findAddresses(text, 1)[0] ??
    '';
  const status = statusIn(text);
  const reply = findReplyCode(text);
  const lower = normalise(text.slice(0, 8000));
  const r = judge(
    {
      address: rcpt ? cleanAddress(rcpt) : '',
      addressFrag: rcpt ? located(rcpt, frag) : undefined,
      action: (reply ?? status ?? '').startsWith('4') ? 'delayed' : 'failed',
      actionStated: false,
      texts: [frag],
      status: located(status, frag),
      reply: located(reply, frag),
      diagnostic: diagnosticLine(frag),
      command: findCommand(lower),
      replyLine: system === 'smtp-line',
    },
    [],
    m.profile,
  );
  if (r.reason === 'undefined' && !status && !reply) {
    m.trace.push({
      step: 'kind',
      detail: 'No reply code, status code or bounce phrase: not a bounce',
    });
    return verdict(m, 'not-bounce', system, []);
  }
  if ((status ?? reply ?? '').startsWith('2')) {
    return verdict(m, 'delivery', system, [
      { ...r, reason: 'delivered', category: 'none', action: 'delivered' },
    ]);
  }
  return verdict(m, r.action === 'delayed' ? 'delay' : 'failure', system, [r]);
}
