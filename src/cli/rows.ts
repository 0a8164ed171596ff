/**
 * Turns verdicts into the CLI's output rows (JSONL for scoring tools, or readable text).
 */
import type { MessageVerdict } from '../lib/bounce/index.ts';

/** One JSONL row: a (message, recipient) pair, or a non-bounce marker. */
export type Row =
  | {
      file: string;
      index: number;
      recipient: string;
      category: string;
      hardbounce: boolean;
      reason: string;
      confidence: string;
      status: string;
      replycode: string;
      action: string;
      remotemta: string;
      diagnostic: string;
      kind: string;
      feedbacktype?: string;
      /** For a sending service's JSON event: the service and its own words for the event. */
      service?: string;
      servicelabel?: string;
    }
  | { file: string; index: 0; bounce: false; kind: string };

/** How rows are written. */
export interface RowOptions {
  /**
   * `corpus`: the labelled corpus's vocabulary, where a delay notice that names no cause, or only
   * a connection that keeps failing, is filed under `expired` (the reference analyser has no reason
   * for "not failed yet"); a delay whose route is broken ("no route to host") stays `networkerror`.
   */
  vocabulary?: 'own' | 'corpus';
}

// Wording of a route that is broken, as opposed to a connection that is tried and fails.
const ROUTING = /no route to host|network is unreachable|host is unreachable|host unreachable/i;

/** A recipient's reason as the labelled corpus files it (see `RowOptions.vocabulary`). */
function inCorpusVocabulary(r: MessageVerdict['recipients'][number]): string {
  if (r.action !== 'delayed') return r.reason;
  if (r.reason === 'undefined') return 'expired';
  if (r.reason === 'networkerror' && !ROUTING.test(r.diagnostic)) return 'expired';
  return r.reason;
}

/**
 * Rows for one file. Auto-replies and complaints are printed as rows too (reason vacation /
 * feedback, hardbounce false), as bounce analysers report them; messages that are not bounces at all
 * become one `bounce:false` row.
 */
export function rowsFor(
  file: string,
  messages: readonly MessageVerdict[],
  options: RowOptions = {},
): Row[] {
  const rows: Row[] = [];
  let index = 0;
  for (const m of messages) {
    if (m.recipients.length === 0 || m.kind === 'not-bounce' || m.kind === 'read-receipt') {
      rows.push({ file, index: 0, bounce: false, kind: m.kind });
      continue;
    }
    // A report that lists deliveries beside failures (a DSN with Action: delivered or relayed for
    // some recipients) is about its failures: those are the rows. A report of deliveries only
    // keeps its rows, as what it is.
    const bounced = m.recipients.filter((r) => r.reason !== 'delivered');
    for (const r of bounced.length > 0 ? bounced : m.recipients) {
      index++;
      const row: Row = {
        file,
        index,
        recipient: r.recipient,
        category: r.category,
        hardbounce: r.category === 'hard',
        reason: options.vocabulary === 'corpus' ? inCorpusVocabulary(r) : r.reason,
        confidence: r.confidence,
        status: r.status ?? '',
        replycode: r.replyCode ?? '',
        action: r.action,
        remotemta: r.remoteMta ?? '',
        diagnostic: r.diagnostic,
        kind: m.kind,
      };
      if (r.feedbackType) row.feedbacktype = r.feedbackType;
      if (r.service) {
        row.service = r.service.service;
        row.servicelabel = r.service.label;
      }
      rows.push(row);
    }
  }
  // An mbox with some non-bounce messages: keep the marker only when nothing else was found.
  const bounces = rows.filter((r) => !('bounce' in r));
  return bounces.length > 0 ? bounces : rows.slice(0, 1);
}

/** A readable summary of one file's verdicts. */
export function textFor(file: string, messages: readonly MessageVerdict[]): string {
  const out: string[] = [];
  messages.forEach((m, i) => {
    const where = messages.length > 1 ? ` message ${i + 1}` : '';
    out.push(`${file}${where}: ${m.kind} (${m.system})${m.subject ? ` — ${m.subject}` : ''}`);
    if (m.kind === 'unrecognised') {
      out.push('  not recognised as a bounce; looked for:');
      for (const item of m.lookedFor ?? []) out.push(`    - ${item}`);
    }
    for (const r of m.recipients) {
      const codes = [r.replyCode, r.status].filter(Boolean).join(' ');
      const category = m.kind === 'delay' ? 'delayed, not a bounce yet' : r.category;
      out.push(
        `  ${r.recipient || '(unknown recipient)'}: ${category} / ${r.reason}${codes ? ` [${codes}]` : ''} (confidence ${r.confidence})`,
      );
      if (r.service) out.push(`    ${r.service.serviceName} says: ${r.service.label}`);
      if (r.diagnostic) out.push(`    ${r.diagnostic.slice(0, 200)}`);
    }
  });
  return out.join('\n');
}
