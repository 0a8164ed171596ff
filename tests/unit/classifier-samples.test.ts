/**
 * Lessons never contradict the classifier: every sample message in content/samples must classify
 * to the verdict samples.yaml states for it (kind, recipients, category, reason, codes).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classify } from '../../src/lib/bounce/index.ts';
import { expectedMessages, samplesFileSchema } from '../../src/lib/samples/index.ts';

const DIR = fileURLToPath(new URL('../../content/samples/', import.meta.url));
const samples = samplesFileSchema.parse(parse(readFileSync(`${DIR}samples.yaml`, 'utf8')));

describe('the classifier agrees with the sample verdicts', () => {
  it.each(samples.map((s) => [s.id, s] as const))('%s', (_id, sample) => {
    const result = classify(readFileSync(`${DIR}${sample.file}`));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const expected = expectedMessages(sample);
    expected.forEach((want, i) => {
      const got = result.messages[i];
      expect(got?.kind, `message ${i + 1} kind`).toBe(want.kind);
      want.recipients.forEach((r, j) => {
        const match =
          got?.recipients.find((x) => x.recipient.toLowerCase() === r.recipient.toLowerCase()) ??
          got?.recipients[j];
        expect(match?.recipient.toLowerCase(), `recipient ${j + 1}`).toBe(
          r.recipient.toLowerCase(),
        );
        expect(match?.category, `${r.recipient} category`).toBe(r.category);
        if (r.reason) expect(match?.reason, `${r.recipient} reason`).toBe(r.reason);
        if (r.status) expect(match?.status, `${r.recipient} status`).toBe(r.status);
        if (r.replyCode) expect(match?.replyCode, `${r.recipient} reply code`).toBe(r.replyCode);
      });
    });
  });
});

describe('line endings never change a verdict', () => {
  /** What a verdict says, without the offsets that move with the line endings. */
  function summary(input: string): unknown {
    const result = classify(input);
    if (!result.ok) return result.error.code;
    return result.messages.map((m) => [
      m.kind,
      m.system,
      m.recipients.map((r) => [r.recipient, r.category, r.reason, r.status, r.replyCode]),
    ]);
  }

  it.each(samples.map((s) => [s.id, s] as const))('%s: LF, CRLF and CR alike', (_id, sample) => {
    // Read as Latin-1 so every byte survives as one character, whatever the sample's charset.
    const lf = readFileSync(`${DIR}${sample.file}`, 'latin1').replace(/\r\n?/g, '\n');
    const want = summary(lf);
    expect(summary(lf.replace(/\n/g, '\r\n'))).toEqual(want);
    expect(summary(lf.replace(/\n/g, '\r'))).toEqual(want);
  });
});
