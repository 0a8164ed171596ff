import { describe, expect, it } from 'vitest';
import { resultCard, roundScore, type RoundAnswer } from './index.ts';

const ANSWERS: RoundAnswer[] = [
  { itemId: 'a', verdict: 'hard', answer: 'hard', reasonRight: true },
  { itemId: 'b', verdict: 'soft', answer: 'hard', reasonRight: false },
  { itemId: 'c', verdict: 'none', answer: 'none' },
];

describe('roundScore', () => {
  it('counts right answers and named reasons', () => {
    expect(roundScore(ANSWERS)).toEqual({ right: 2, total: 3, reasons: { right: 1, answered: 2 } });
  });
});

describe('resultCard', () => {
  it('writes a team challenge card with the link to the same round', () => {
    const card = resultCard({
      answers: ANSWERS,
      seed: 'k7m2qd',
      team: true,
      pageUrl: 'https://bounce-lab.example.org/practice/',
    });
    expect(card).toBe(
      [
        'Bounce Lab · Hard or soft? 2/3',
        'Team challenge, round “k7m2qd”',
        '1 ✓ · 2 ✗ (soft) · 3 ✓',
        'Reasons named: 1 of 2',
        'Play the same round: https://bounce-lab.example.org/practice/?seed=k7m2qd',
      ].join('\n'),
    );
  });

  it('links a practice round to the drill, not to a round tuned to one reader', () => {
    const card = resultCard({
      answers: ANSWERS.slice(2),
      seed: 'abc',
      team: false,
      pageUrl: 'https://bounce-lab.example.org/practice/',
    });
    expect(card).toBe(
      [
        'Bounce Lab · Hard or soft? 1/1',
        'Practice round',
        '1 ✓',
        'Practise: https://bounce-lab.example.org/practice/',
      ].join('\n'),
    );
  });
});
