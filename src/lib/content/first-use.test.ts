import { describe, expect, it } from 'vitest';
import { firstUseProblems, termPattern, type TermMatcher } from './index.ts';

const terms: TermMatcher[] = [
  { id: 'bounce', names: ['Bounce'], ignore: ['Bounce Lab'] },
  { id: 'hard-bounce', names: ['Hard bounce'] },
  { id: 'auto-reply', names: ['Auto-reply'] },
  { id: 'retry', names: ['Retry'] },
];

describe('termPattern', () => {
  it('matches plurals, spaces or hyphens, and whole words only', () => {
    const hard = termPattern('Hard bounce');
    expect('two hard-bounces here'.match(hard)).toEqual(['hard-bounces']);
    expect('Auto replies'.match(termPattern('Auto-reply'))).toEqual(['Auto replies']);
    expect('Will-Retry-Until and retrying'.match(termPattern('Retry'))).toBeNull();
    expect('_Bounce_'.match(termPattern('Bounce'))).toEqual(['Bounce']);
  });
});

describe('firstUseProblems', () => {
  it('accepts a lesson that links each term where it first appears', () => {
    const body = [
      '## Bounce basics',
      '',
      'Bounce Lab explains a [bounce](/glossary/#bounce). A [hard bounce](/glossary/#hard-bounce) is',
      'final; another bounce is not linked again. See [Hard vs soft bounces](/lessons/hard-vs-soft-bounces/).',
      '',
      '```dsn',
      'Auto-Submitted: auto-replied',
      '```',
      '',
      'An `auto-reply` in code is not a use.',
    ].join('\n');
    expect(firstUseProblems(body, terms)).toEqual([]);
  });

  it('reports a first use that is not linked, even if a later one is', () => {
    const body = 'Every hard bounce hurts. A [hard bounce](/glossary/#hard-bounce) is final.';
    expect(firstUseProblems(body, terms)).toEqual([
      '"hard bounce" (line 1 of the body) is the first use of hard-bounce and should link to /glossary/#hard-bounce',
    ]);
  });

  it('does not take "bounce" inside "hard bounce" for a use of "bounce"', () => {
    const body =
      'A [hard bounce](/glossary/#hard-bounce) first; then a [bounce](/glossary/#bounce).';
    expect(firstUseProblems(body, terms)).toEqual([]);
  });

  it('skips text linked elsewhere, so the next use must link', () => {
    const body = 'Servers [retry](/glossary/#bounce) later, and retry again.';
    expect(firstUseProblems(body, terms)).toEqual([
      '"retry" (line 1 of the body) is the first use of retry and should link to /glossary/#retry',
    ]);
  });
});
