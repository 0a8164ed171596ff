/**
 * The mailboxes agree with the classifier: every message, classified as the site classifies it at
 * build time, lands in the pile the data file expects; each mix has what the exercise promises.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classify, decodeBytes, type MessageVerdict } from '../bounce/index.ts';
import { triageAction } from './action.ts';
import { triageFeedback } from './item.ts';
import { MAILBOXES, TRACK_IDS, isTrackId } from './mailboxes.ts';
import { TRIAGE_ACTIONS } from './piles.ts';

const DIR = fileURLToPath(new URL('../../../content/samples/', import.meta.url));
const files = new Map(
  (parse(readFileSync(`${DIR}samples.yaml`, 'utf8')) as { id: string; file: string }[]).map((s) => [
    s.id,
    s.file,
  ]),
);

function read(id: string): { text: string; messages: MessageVerdict[] } {
  const file = files.get(id);
  if (!file) throw new Error(`no sample ${id}`);
  const text = decodeBytes(readFileSync(DIR + file)).replace(/\r\n?/g, '\n');
  const result = classify(text);
  if (!result.ok) throw new Error(`${id}: ${result.error.message}`);
  return { text, messages: result.messages };
}

describe.each(TRACK_IDS.map((t) => [t, MAILBOXES[t]] as const))('the %s mailbox', (track, box) => {
  const read_ = box.items.map((item) => ({ item, ...read(item.sample) }));

  it('holds 10 to 12 different samples', () => {
    expect(box.track).toBe(track);
    expect(box.items.length).toBeGreaterThanOrEqual(10);
    expect(box.items.length).toBeLessThanOrEqual(12);
    expect(new Set(box.items.map((i) => i.sample)).size).toBe(box.items.length);
  });

  it.each(box.items.map((i) => [i.sample, i.expected] as const))(
    '%s: the classifier puts it in the %s pile',
    (sample, expected) => {
      const { messages } = read_.find((r) => r.item.sample === sample)!;
      expect(messages).toHaveLength(1);
      const message = messages[0]!;
      expect(message.recipients.length).toBeLessThanOrEqual(1);
      expect(triageAction(message, message.recipients[0])).toBe(expected);
    },
  );

  it('uses every pile and mixes bounces, a delay, an auto-reply and a complaint', () => {
    expect(new Set(box.items.map((i) => i.expected))).toEqual(new Set(TRIAGE_ACTIONS));
    const kinds = read_.map((r) => r.messages[0]!.kind);
    for (const kind of ['failure', 'delay', 'auto-reply', 'feedback'] as const) {
      expect(kinds, kind).toContain(kind);
    }
    const categories = read_.flatMap((r) => r.messages[0]!.recipients.map((x) => x.category));
    expect(categories).toContain('hard');
    expect(categories).toContain('soft');
  });

  it('explains every message with a line of evidence or the way it was read', () => {
    for (const r of read_) {
      const feedback = triageFeedback(r.text, r.messages);
      expect(feedback.action).toBe(r.item.expected);
      expect(feedback.evidence ?? feedback.reading, r.item.sample).toBeTruthy();
    }
  });
});

describe('the ops mailbox is the harder mix', () => {
  const verdicts = MAILBOXES.ops.items.map((i) => read(i.sample).messages[0]!);
  const recipients = verdicts.flatMap((m) => m.recipients);

  it('has JSON events of several services', () => {
    const services = new Set(recipients.flatMap((r) => (r.service ? [r.service.service] : [])));
    expect(services.size).toBeGreaterThanOrEqual(3);
  });

  it('has a user-unknown with a 4xx code, a full mailbox with 5.1.1 and a block', () => {
    expect(recipients.some((r) => r.reason === 'userunknown' && r.status?.startsWith('4.'))).toBe(
      true,
    );
    expect(recipients.some((r) => r.reason === 'mailboxfull' && r.status === '5.1.1')).toBe(true);
    expect(recipients.some((r) => r.reason === 'blocked')).toBe(true);
  });
});

it('isTrackId accepts the two tracks only', () => {
  expect(isTrackId('core')).toBe(true);
  expect(isTrackId('ops')).toBe(true);
  expect(isTrackId('Core')).toBe(false);
  expect(isTrackId(undefined)).toBe(false);
});
