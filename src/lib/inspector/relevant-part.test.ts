import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { classify, decodeBytes } from '../bounce/index.ts';
import { relevantPart } from './relevant-part.ts';

const SAMPLES = join(import.meta.dirname, '../../../content/samples');
const samples = (
  parseYaml(readFileSync(join(SAMPLES, 'samples.yaml'), 'utf8')) as { id: string; file: string }[]
).map((s) => ({ id: s.id, text: decodeBytes(readFileSync(join(SAMPLES, s.file))) }));

function meaning(text: string) {
  const result = classify(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.messages.map((m) => ({
    kind: m.kind,
    recipients: m.recipients.map((r) => [r.recipient, r.category, r.reason, r.status, r.replyCode]),
  }));
}

/** A sample grown to about 3 MB by an attachment in the returned message. */
function huge(text: string): string {
  const boundary = text.match(/boundary="([^"]+)"/)?.[1] ?? '';
  let blob = '';
  let seed = 7;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let line = 0; line < 40_000; line++) {
    let row = '';
    for (let i = 0; i < 76; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      row += alphabet[seed % 64];
    }
    blob += `${row}\n`;
  }
  const attachment = `--${boundary}\nContent-Type: application/pdf; name="catalogue.pdf"\nContent-Transfer-Encoding: base64\n\n${blob}`;
  return text.replace(`--${boundary}--`, `${attachment}--${boundary}--`);
}

describe('relevantPart', () => {
  it.each(samples.map((s) => [s.id, s.text] as const))('%s keeps its verdict', (_id, text) => {
    expect(meaning(relevantPart(text))).toEqual(meaning(text));
  });

  it('leaves out a 3 MB attachment and keeps the notice, the report and the returned header', () => {
    const postfix = samples.find((s) => s.id === 'postfix-user-unknown')?.text ?? '';
    const big = huge(postfix);
    expect(big.length).toBeGreaterThan(3_000_000);
    const part = relevantPart(big);
    expect(part.length).toBeLessThan(6000);
    expect(part).toContain('Diagnostic-Code: smtp; 550 5.1.1');
    expect(part).toContain('Recipient address rejected: User unknown');
    expect(part).toContain('Subject: Winter blends are back');
    expect(part).not.toContain('catalogue.pdf');
    expect(part).not.toContain('Our winter blends are back');
    expect(meaning(part)).toEqual(meaning(big));
  });

  it('keeps every message of an mbox, with its envelope line', () => {
    const mbox = samples.find((s) => s.id === 'three-bounces')?.text ?? '';
    const part = relevantPart(mbox);
    expect(part.match(/^From /gm)).toHaveLength(3);
    expect(meaning(part)).toEqual(meaning(mbox));
  });
});
