import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rowsFor } from '../../cli/rows.ts';
import { classify, decodeBytes, type MessageVerdict } from '../bounce/index.ts';
import { batchRows, filterRows, summarise, toCsv, toJsonLines, type FileSpan } from './batch.ts';

const SAMPLES = join(import.meta.dirname, '../../../content/samples');
const samples = parseYaml(readFileSync(join(SAMPLES, 'samples.yaml'), 'utf8')) as {
  file: string;
  expected: { kind: string } | { kind: string }[];
}[];
const files = samples.map((s) => ({
  name: s.file,
  text: decodeBytes(readFileSync(join(SAMPLES, s.file))),
}));
/** The sample files whose (only) message is a delay notice, as samples.yaml states. */
const delayFiles = samples
  .filter((s) => !Array.isArray(s.expected) && s.expected.kind === 'delay')
  .map((s) => s.file);

function read(text: string): MessageVerdict[] {
  const result = classify(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.messages;
}

/** The samples as one batch: each file's messages, with ranges into the combined text. */
function combined() {
  const spans: FileSpan[] = [];
  const messages: MessageVerdict[] = [];
  let at = 0;
  for (const f of files) {
    spans.push({ name: f.name, start: at, end: at + f.text.length });
    for (const m of read(f.text))
      messages.push({ ...m, range: [m.range[0] + at, m.range[1] + at] });
    at += f.text.length + 1;
  }
  return { spans, messages };
}

describe('batch rows', () => {
  const { spans, messages } = combined();
  const rows = batchRows(messages, spans);

  it('carry the CLI JSON Lines fields with the same values, per file', () => {
    const ours = toJsonLines(rows)
      .trimEnd()
      .split('\n')
      .map((line) => {
        const { message: _message, system: _system, ...rest } = JSON.parse(line);
        return rest;
      });
    // The CLI keeps a file's non-bounce marker only when the file holds no bounce; the batch lists
    // every message.
    const cli = files.flatMap((f) => rowsFor(f.name, read(f.text)));
    const bounceRows = (list: Record<string, unknown>[]) =>
      list.filter((r) => r['bounce'] !== false);
    expect(bounceRows(ours)).toEqual(bounceRows(JSON.parse(JSON.stringify(cli))));
    const markers = (list: Record<string, unknown>[]) =>
      list.filter((r) => r['bounce'] === false).map((r) => r['file']);
    for (const file of markers(JSON.parse(JSON.stringify(cli)))) {
      expect(markers(ours)).toContain(file);
    }
    const mbox = files
      .filter((f) => f.name.endsWith('.eml'))
      .map(
        (f) => `From MAILER-DAEMON Mon Nov 23 06:00:00 2026\n${f.text.replace(/\r\n?/g, '\n')}\n`,
      )
      .join('\n');
    const mixed = batchRows(read(mbox));
    expect(mixed.filter((r) => !r.bounce).length).toBeGreaterThan(0);
  });

  it('name the file, the message and the human name of the system', () => {
    const gmail = rows.find((r) => r.file === 'gmail-user-unknown.eml');
    expect(gmail).toMatchObject({
      bounce: true,
      recipient: 'chris.doe@example.com',
      category: 'hard',
      reason: 'userunknown',
      system: 'Gmail / Google Workspace',
      confidence: 'high',
    });
    const mbox = rows.filter((r) => r.file === 'three-bounces.mbox');
    expect(new Set(mbox.map((r) => r.message)).size).toBe(3);
    expect(mbox.map((r) => r.index)).toEqual([1, 2, 3]);
    const reply = rows.find((r) => r.file === 'not-bounce-customer-reply.eml');
    expect(reply).toMatchObject({ bounce: false, index: 0, recipient: '' });
  });

  it('count categories over recipients and kinds over messages', () => {
    const summary = summarise(rows);
    expect(summary.messages).toBe(messages.length);
    expect(summary.recipients).toBe(rows.filter((r) => r.bounce).length);
    expect(summary.byCategory.hard + summary.byCategory.soft + summary.byCategory.none).toBe(
      summary.recipients,
    );
    expect(summary.byReason[0]?.[0]).toBe('userunknown');
    expect(summary.byKind.find(([k]) => k === 'delay')?.[1]).toBe(delayFiles.length);
    expect(summary.byReason.reduce((n, [, c]) => n + c, 0)).toBe(summary.recipients);
  });

  it('filter by category, reason, kind and words', () => {
    const hard = filterRows(rows, { category: 'hard' });
    expect(hard.length).toBe(summarise(rows).byCategory.hard);
    expect(hard.every((r) => r.category === 'hard' && r.bounce)).toBe(true);
    expect(
      filterRows(rows, { reason: 'mailboxfull' }).every((r) => r.reason === 'mailboxfull'),
    ).toBe(true);
    expect([...new Set(filterRows(rows, { kind: 'delay' }).map((r) => r.file))].sort()).toEqual(
      [...delayFiles].sort(),
    );
    expect(filterRows(rows, { query: 'GMAIL' }).length).toBeGreaterThan(1);
    expect(filterRows(rows, {})).toHaveLength(rows.length);
  });
});

describe('CSV', () => {
  const rows = batchRows(read('550 5.1.1 <a@example.com>: "Quoted", user unknown\n'), []).concat(
    batchRows(read('550 5.1.1 <b@example.com>: User unknown')).map((r) => ({
      ...r,
      diagnostic: '=HYPERLINK("https://example.com")',
    })),
  );
  const csv = toCsv(rows);
  const lines = csv.split('\r\n');

  it('writes a header and one line per row, quoting where needed', () => {
    expect(lines[0]).toBe(
      'file,message,index,recipient,kind,category,hardbounce,reason,confidence,status,replycode,action,remotemta,system,service,servicelabel,feedbacktype,diagnostic',
    );
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[1]).toMatch(/^pasted text,1,1,a@example\.com,failure,hard,true,userunknown,/);
    expect(lines[1]).toContain('"550 5.1.1 <a@example.com>: ""Quoted"", user unknown"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(lines[2]).toContain(`"'=HYPERLINK(""https://example.com"")"`);
  });
});
