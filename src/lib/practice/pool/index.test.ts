/**
 * The practice pool from the project's own samples: every item means what the classifier says,
 * every variant keeps its verdict, and what is shown (excerpts, marks, rows) points at real text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classify, decodeBytes } from '../../bounce/index.ts';
import { expectedMessages, samplesFileSchema, type Sample } from '../../samples/index.ts';
import { buildPool, itemText, sameVerdict, splitPool, type SampleInput } from './index.ts';

const DIR = fileURLToPath(new URL('../../../../content/samples/', import.meta.url));
const samples = samplesFileSchema.parse(parse(readFileSync(`${DIR}samples.yaml`, 'utf8')));
const inputs: SampleInput[] = samples.map((sample) => ({
  sample,
  text: decodeBytes(readFileSync(`${DIR}${sample.file}`)).replace(/\r\n?/g, '\n'),
}));
const built = buildPool(inputs);
const { pool } = built;
const textOf = (id: string) => {
  const item = pool.items.find((i) => i.id === id);
  return item && itemText(pool.texts, item);
};
/** The one message of a text, as the classifier reads it. */
const read = (text: string) => {
  const result = classify(text);
  if (!result.ok || result.messages.length !== 1) throw new Error('not one message');
  return result.messages[0] as NonNullable<(typeof result.messages)[0]>;
};

describe('buildPool over content/samples', () => {
  it('is deterministic', () => {
    expect(buildPool(inputs)).toEqual(built);
  });

  it('holds every sample message, with the category samples.yaml expects', () => {
    expect(built.skipped).toEqual([]);
    for (const sample of samples) {
      expectedMessages(sample).forEach((want, index) => {
        const id = Array.isArray(sample.expected) ? `${sample.id}.${index + 1}` : sample.id;
        const item = pool.items.find((i) => i.id === id);
        expect(item, id).toBeDefined();
        expect(item?.category, id).toBe(want.recipients[0]?.category ?? 'none');
        expect(item?.topic, id).toBe(want.recipients[0]?.reason ?? 'not-bounce');
        expect(item?.message).toBe(index);
      });
    }
  });

  it('adds variants and reply lines, and every variant keeps its verdict', () => {
    const variants = pool.items.filter((i) => i.origin === 'variant');
    expect(variants.length).toBeGreaterThanOrEqual(samples.length);
    expect(built.stats.variantsKept).toBe(variants.length);
    for (const variant of variants) {
      const base = pool.items.find((i) => i.id === variant.id.replace(/~v\d$/, ''));
      expect(base, variant.id).toBeDefined();
      if (!base) continue;
      const original = itemText(pool.texts, base) as string;
      const text = itemText(pool.texts, variant) as string;
      expect(text, variant.id).not.toBe(original);
      const v = read(text);
      expect(sameVerdict(read(original), v), variant.id).toBe(true);
      expect(v.kind).toBe(variant.kind);
      expect(v.recipients[0]?.category ?? 'none', variant.id).toBe(variant.category);
      expect(v.recipients[0]?.reason ?? 'not-bounce', variant.id).toBe(variant.topic);
      expect(v.recipients[0]?.recipient ?? '', variant.id).toBe(variant.recipient);
      if (base.recipient) expect(variant.recipient).not.toBe(base.recipient);
    }
  });

  it('keeps a reply line only when the line alone means the same', () => {
    const lines = pool.items.filter((i) => i.origin === 'reply-line');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const text = textOf(line.id) as string;
      expect(text).toMatch(/^[245]\d\d[ -]/);
      expect(text).not.toContain('\n');
      const r = read(text).recipients[0];
      expect([r?.category, r?.reason], line.id).toEqual([line.category, line.topic]);
    }
  });

  /** True when the classifier's evidence for `text` lies only in encoded parts (no offsets to mark). */
  function onlyEncodedEvidence(text: string): boolean {
    const result = classify(text);
    if (!result.ok) return false;
    const evidence = result.messages.flatMap((m) =>
      m.recipients.flatMap((r) => r.evidence.filter((e) => e.rule !== 'recipient')),
    );
    return evidence.length > 0 && evidence.every((e) => e.encoded === true);
  }

  it('marks real text, and the excerpt shows every mark', () => {
    for (const item of pool.items) {
      const text = itemText(pool.texts, item);
      expect(text, item.id).toBeDefined();
      if (text === undefined) continue;
      let previous = -1;
      for (const [start, end] of item.excerpt) {
        expect(start).toBeGreaterThan(previous);
        expect(end).toBeLessThanOrEqual(text.length);
        previous = end;
      }
      for (const mark of item.marks) {
        expect(text.slice(mark.start, mark.end).trim(), `${item.id} ${mark.rule}`).not.toBe('');
        if (item.format !== 'event') {
          expect(
            item.excerpt.some(([s, e]) => mark.start >= s && mark.end <= e),
            `${item.id}: ${mark.rule} outside the excerpt`,
          ).toBe(true);
        }
      }
      if (item.category !== 'none' && item.kind === 'failure' && !onlyEncodedEvidence(text)) {
        expect(item.marks.filter((m) => m.rule !== 'recipient').length, item.id).toBeGreaterThan(0);
      }
    }
  });

  it('builds event rows whose marks sit in their cells', () => {
    const rows = pool.items.filter((i) => i.format === 'event');
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const names = row.cells?.map((c) => c.name);
      expect(names).toContain('Recipient');
      expect(names).toContain('Response');
      for (const cell of row.cells ?? []) {
        for (const m of cell.marks) expect(m.end).toBeLessThanOrEqual(cell.value.length);
      }
      if (row.category !== 'none') {
        const response = row.cells?.find((c) => c.name === 'Response');
        expect(response?.marks.length, row.id).toBeGreaterThan(0);
      }
    }
  });

  it('asks the reason with four options when it can be named', () => {
    for (const item of pool.items) {
      if (item.topic === 'not-bounce' || item.topic === 'undefined' || item.topic === 'onhold') {
        expect(item.options).toEqual([]);
      } else {
        expect(item.options).toHaveLength(4);
        expect(item.options).toContain(item.topic);
      }
      for (const t of [item.topic, ...item.options]) expect(pool.topics[t]?.label).toBeTruthy();
      expect(item.why).toMatch(/\.$/);
    }
  });

  it('never gives the answer away before it is given', () => {
    for (const item of pool.items) {
      expect(item.caption).not.toMatch(/hard|soft|not a bounce|auto|complaint|receipt/i);
    }
  });

  it('splits into an index and one chunk per sample that holds its texts', () => {
    const { index, chunks } = splitPool(pool);
    expect(index.items.map((i) => i.id)).toEqual(pool.items.map((i) => i.id));
    expect(chunks.size).toBe(samples.length);
    for (const chunk of chunks.values()) {
      for (const item of chunk.items) {
        expect(item.sample).toBe(chunk.sample);
        expect(itemText(chunk.texts, item)).toBe(itemText(pool.texts, item));
      }
    }
  });
});

// A SendGrid-style event written for this test (the project's samples may hold none yet).
const EVENT = JSON.stringify(
  [
    {
      email: 'rosa.vidal@example.net',
      timestamp: 1796000000,
      event: 'bounce',
      type: 'bounce',
      status: '5.1.1',
      reason:
        '550 5.1.1 <rosa.vidal@example.net>: Recipient address rejected: User unknown in local recipient table',
      'smtp-id': '<20261201093000.4c2a99@example.org>',
    },
  ],
  null,
  2,
);
const sampleFor = (id: string, file: string, reason: 'userunknown' | 'mailboxfull'): Sample => ({
  id,
  file,
  title: 'A test event',
  system: 'sendgrid',
  systemLabel: 'SendGrid',
  language: 'en',
  source: 'SendGrid event webhook fields, written for the pool test',
  description: 'Written for the pool test.',
  expected: {
    kind: 'failure',
    recipients: [
      {
        recipient: 'rosa.vidal@example.net',
        category: reason === 'userunknown' ? 'hard' : 'soft',
        reason,
      },
    ],
  },
});

describe('buildPool with an email service event', () => {
  const { pool: events } = buildPool([
    { sample: sampleFor('test-event', 'test-event.json', 'userunknown'), text: EVENT },
  ]);

  it('shows the event as a row with the service, its words, the time and the marks', () => {
    const item = events.items.find((i) => i.id === 'test-event');
    expect(item?.format).toBe('event');
    expect(item?.caption).toBe('An event your sending service posted to your webhook');
    const cells = Object.fromEntries((item?.cells ?? []).map((c) => [c.name, c]));
    expect(cells['Service']?.value).toBe('SendGrid');
    expect(cells['Time']?.value).toBe('2026-11-30 00:53 UTC');
    expect(cells['Recipient']?.value).toBe('rosa.vidal@example.net');
    const response = cells['Response'];
    expect(response?.marks.map((m) => response.value.slice(m.start, m.end))).toContain('5.1.1');
    expect(item?.service).toMatch(/^SendGrid's own words: “.+”\.$/);
  });

  it('varies the event too, and the variants stay events', () => {
    const variants = events.items.filter((i) => i.origin === 'variant');
    expect(variants.length).toBe(2);
    for (const v of variants) {
      expect(v.format).toBe('event');
      const text = itemText(events.texts, v) as string;
      expect(text).toContain(v.recipient);
      expect(text).not.toContain('1796000000');
    }
  });
});

describe('buildPool leaves out what it cannot teach', () => {
  it('skips a message whose verdict disagrees with samples.yaml, saying why', () => {
    const { pool: none, skipped } = buildPool([
      { sample: sampleFor('test-event', 'test-event.json', 'mailboxfull'), text: EVENT },
    ]);
    expect(none.items).toEqual([]);
    expect(skipped).toEqual([
      {
        sample: 'test-event',
        message: 0,
        why: 'hard/userunknown, samples.yaml says soft/mailboxfull',
      },
    ]);
  });

  it('tells a variant that changed meaning from one that did not', () => {
    const original = textOf('postfix-user-unknown') as string;
    const changed = original
      .replaceAll('5.1.1', '5.2.2')
      .replaceAll('User unknown', 'Mailbox full');
    expect(sameVerdict(read(original), read(changed))).toBe(false);
    expect(sameVerdict(read(original), read(original), 'someone.else@example.com')).toBe(false);
    expect(sameVerdict(read(original), read(textOf('postfix-user-unknown~v1') as string))).toBe(
      true,
    );
  });
});
