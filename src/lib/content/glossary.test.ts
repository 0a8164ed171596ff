import { describe, expect, it } from 'vitest';
import { glossaryLetter, glossaryProblems, glossaryTermSchema } from './index.ts';

const valid = {
  term: 'Hard bounce',
  aliases: ['permanent failure'],
  definition:
    'A bounce for a reason that will not go away, such as an address that does not exist.',
  lesson: 'hard-vs-soft-bounces',
  related: ['soft-bounce', 'suppression-list'],
  espWords: [{ esp: 'Amazon SES', word: 'Permanent' }],
  sources: [
    { title: 'RFC 3463', url: 'https://www.rfc-editor.org/rfc/rfc3463', date: '2026-11-29' },
  ],
};

function messages(input: unknown): string[] {
  const result = glossaryTermSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('glossaryTermSchema', () => {
  it('accepts a complete term and fills in missing aliases', () => {
    expect(messages(valid)).toEqual([]);
    const { aliases: _aliases, espWords: _words, sources: _sources, ...bare } = valid;
    expect(glossaryTermSchema.parse(bare).aliases).toEqual([]);
  });

  it('rejects a term without a definition, saying so', () => {
    const { definition: _definition, ...undefined_ } = valid;
    expect(messages(undefined_)).toEqual(['definition: a glossary entry needs a definition']);
  });

  it('rejects a definition that is too long or does not end a sentence', () => {
    expect(messages({ ...valid, definition: `${'word '.repeat(100)}end.` })).toEqual([
      'definition: keep the definition to one to three sentences (at most 480 characters)',
    ]);
    expect(
      messages({ ...valid, definition: 'A bounce for a reason that will not go away' }),
    ).toEqual(['definition: end the definition with a full stop']);
  });

  it('rejects a lesson slug that is not kebab-case', () => {
    expect(messages({ ...valid, lesson: 'Bounces 101' })).toEqual([
      'lesson: a lesson slug is kebab-case, e.g. "anatomy-of-a-dsn"',
    ]);
  });

  it('rejects too few, repeated or badly written related ids', () => {
    expect(messages({ ...valid, related: ['soft-bounce'] })).toEqual([
      'related: list at least two related terms',
    ]);
    expect(messages({ ...valid, related: ['soft-bounce', 'soft-bounce'] })).toEqual([
      'related: a related term is listed twice',
    ]);
    expect(messages({ ...valid, related: ['Soft bounce', 'dkim'] })).toEqual([
      'related.0: a term id is kebab-case, e.g. "hard-bounce"',
    ]);
  });

  it('rejects an ESP word without a word, unknown fields and an undated source', () => {
    expect(messages({ ...valid, espWords: [{ esp: 'Mailchimp' }] })).toHaveLength(1);
    expect(messages({ ...valid, lessons: ['what-is-a-bounce'] })).toHaveLength(1);
    expect(
      messages({ ...valid, sources: [{ ...valid.sources[0], date: 'November 2026' }] }),
    ).toEqual(['sources.0.date: a source date must be written YYYY-MM-DD']);
  });
});

describe('glossaryLetter', () => {
  it('files a term under its first letter, or # for anything else', () => {
    expect(glossaryLetter('DKIM')).toBe('D');
    expect(glossaryLetter('  enhanced status code')).toBe('E');
    expect(glossaryLetter('5xx')).toBe('#');
  });
});

describe('glossaryProblems', () => {
  it('reports unknown and self-referencing related ids', () => {
    expect(
      glossaryProblems([
        { id: 'bounce', related: ['hard-bounce', 'bounce'] },
        { id: 'hard-bounce', related: ['bounce', 'spam-trap'] },
      ]),
    ).toEqual([
      'bounce: lists itself as related',
      'hard-bounce: related term "spam-trap" does not exist',
    ]);
  });
});
