import { describe, expect, it } from 'vitest';
import { lessonSchema, lessonSlug } from './index.ts';

const valid = {
  title: 'What is a bounce?',
  description: 'What a bounce message is, who sends it and why it matters.',
  order: 1,
  track: 'core',
  objectives: ['Say what a bounce is'],
  minutes: 8,
  sources: [
    { title: 'RFC 5321', url: 'https://www.rfc-editor.org/rfc/rfc5321', date: '2026-11-29' },
  ],
  quiz: ['a', 'b', 'c'].map((id) => ({
    id,
    question: `Question ${id}?`,
    options: [
      { text: 'Yes', correct: true, explanation: 'Because it is right.' },
      { text: 'No', explanation: 'Because it is wrong.' },
    ],
  })),
};

function messages(input: unknown): string[] {
  const result = lessonSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('lessonSchema', () => {
  it('accepts a complete lesson', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('rejects a lesson without a quiz', () => {
    const { quiz: _quiz, ...noQuiz } = valid;
    expect(messages(noQuiz)).toEqual(['quiz: Invalid input: expected array, received undefined']);
    expect(messages({ ...valid, quiz: valid.quiz.slice(0, 2) })).toEqual([
      'quiz: a quiz has at least three questions',
    ]);
  });

  it('rejects a lesson without a track, or with another track', () => {
    const { track: _track, ...trackless } = valid;
    expect(messages(trackless)).toEqual(['track: track must be "core" or "ops"']);
    expect(messages({ ...valid, track: 'advanced' })).toEqual([
      'track: track must be "core" or "ops"',
    ]);
  });

  it('rejects a lesson without a title, saying so', () => {
    const { title: _title, ...untitled } = valid;
    expect(messages(untitled)).toEqual(['title: a lesson needs a title']);
  });

  it('rejects a source whose URL is not an absolute http(s) URL', () => {
    const bad = { ...valid, sources: [{ ...valid.sources[0], url: 'rfc-editor.org/rfc/rfc5321' }] };
    expect(messages(bad)).toEqual([
      'sources.0.url: "rfc-editor.org/rfc/rfc5321" is not an absolute http(s) URL',
    ]);
    const ftp = {
      ...valid,
      sources: [{ ...valid.sources[0], url: 'ftp://example.org/rfc5321.txt' }],
    };
    expect(messages(ftp)).toHaveLength(1);
  });

  it('rejects an undated source and a fractional reading time', () => {
    const bad = { ...valid, minutes: 7.5, sources: [{ ...valid.sources[0], date: 'Nov 2026' }] };
    expect(messages(bad)).toEqual([
      'minutes: minutes must be a whole number',
      'sources.0.date: a source date must be written YYYY-MM-DD',
    ]);
  });
});

describe('lessonSlug', () => {
  it('strips the order prefix and extension', () => {
    expect(lessonSlug('content/lessons/03-smtp-reply-codes.mdx')).toBe('smtp-reply-codes');
    expect(lessonSlug('01-what-is-a-bounce.mdx')).toBe('what-is-a-bounce');
  });
});
