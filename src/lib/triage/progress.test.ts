import { describe, expect, it } from 'vitest';
import type { MailboxItem } from './mailboxes.ts';
import {
  cleanName,
  dayOf,
  formatDay,
  isDay,
  parseTriageProgress,
  recordAnswer,
  recordName,
  resetTrack,
  resultLine,
  scoreTrack,
} from './progress.ts';

const items: MailboxItem[] = [
  { sample: 'a', expected: 'suppress' },
  { sample: 'b', expected: 'wait' },
  { sample: 'c', expected: 'not-a-bounce' },
];

describe('dates', () => {
  it('writes a date day first, in words', () => {
    expect(formatDay('2026-12-07')).toBe('7 December 2026');
    expect(formatDay('2027-01-31')).toBe('31 January 2027');
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '7 December 2026', '2026-1-7', 20261207]) {
      expect(isDay(bad), String(bad)).toBe(false);
    }
    expect(formatDay('2026-02-30')).toBeUndefined();
    expect(isDay('2028-02-29')).toBe(true);
  });

  it('takes the local calendar date of a moment', () => {
    expect(dayOf(new Date(2026, 11, 7, 23, 59))).toBe('2026-12-07');
  });
});

describe('parseTriageProgress', () => {
  it('keeps valid answers and drops what was tampered with', () => {
    const parsed = parseTriageProgress({
      core: {
        answers: { a: 'suppress', b: 'panic', c: 3 },
        completedOn: '2026-02-31',
        name: 'Ana\u0000 Lopez\n',
      },
      ops: 'nonsense',
      extra: { answers: { a: 'fix' } },
    });
    expect(parsed).toEqual({
      core: { answers: { a: 'suppress' }, completedOn: undefined, name: 'Ana Lopez' },
    });
  });

  it.each([null, 42, 'text', [], undefined])('reads %s as no progress', (value) => {
    expect(parseTriageProgress(value)).toEqual({});
  });

  it('reads a track with broken answers as a fresh start', () => {
    expect(parseTriageProgress({ ops: { answers: ['fix'] } })).toEqual({
      ops: { answers: {}, completedOn: undefined, name: undefined },
    });
  });
});

describe('recording answers', () => {
  it('keeps the first answer, ignores unknown messages and dates the last answer', () => {
    let p = recordAnswer({}, 'core', items, 'a', 'suppress', '2026-12-05');
    p = recordAnswer(p, 'core', items, 'a', 'fix', '2026-12-05');
    p = recordAnswer(p, 'core', items, 'zzz', 'fix', '2026-12-05');
    expect(p.core?.answers).toEqual({ a: 'suppress' });
    expect(p.core?.completedOn).toBeUndefined();
    p = recordAnswer(p, 'core', items, 'b', 'fix', '2026-12-06');
    p = recordAnswer(p, 'core', items, 'c', 'not-a-bounce', '2026-12-07');
    expect(p.core?.completedOn).toBe('2026-12-07');
    expect(scoreTrack(items, p.core)).toEqual({
      total: 3,
      answered: 3,
      correct: 2,
      complete: true,
    });
    expect(p.ops).toBeUndefined();
  });

  it('scores only the messages of the mailbox', () => {
    expect(scoreTrack(items, { answers: { a: 'suppress', x: 'wait' } })).toEqual({
      total: 3,
      answered: 1,
      correct: 1,
      complete: false,
    });
    expect(scoreTrack(items, undefined).answered).toBe(0);
  });

  it('starts a track again, keeping the name', () => {
    let p = recordName({}, 'ops', '  Sam   Lee ');
    p = recordAnswer(p, 'ops', items, 'a', 'wait', '2026-12-07');
    p = resetTrack(p, 'ops');
    expect(p.ops).toEqual({ answers: {}, name: 'Sam Lee' });
    expect(recordName(p, 'ops', '   ').ops?.name).toBeUndefined();
  });

  it('caps a name at 80 characters', () => {
    expect(cleanName('x'.repeat(200))).toHaveLength(80);
  });
});

describe('resultLine', () => {
  it('prints the track, the score and the date', () => {
    expect(resultLine('core track', { correct: 11, total: 12 }, '2026-12-07')).toBe(
      'Completed the core track triage exercise — 11/12 — 7 December 2026',
    );
  });

  it('leaves out a missing or broken date', () => {
    expect(resultLine('ops track', { correct: 12, total: 12 }, undefined)).toBe(
      'Completed the ops track triage exercise — 12/12',
    );
    expect(resultLine('ops track', { correct: 1, total: 12 }, 'soon')).toBe(
      'Completed the ops track triage exercise — 1/12',
    );
  });
});
