import { describe, expect, it } from 'vitest';
import type { MessageKind } from '../bounce/index.ts';
import { REASON_IDS, categoryOf, type ReasonId } from '../bounce/reason/index.ts';
import { TRIAGE_CASES, triageAction, triageCase, type TriageCase } from './action.ts';
import type { TriageAction } from './piles.ts';

/** The pile of a failure report for each reason, with the category `categoryOf` gives it. */
const FAILURE: Record<ReasonId, TriageAction> = {
  userunknown: 'suppress',
  hostunknown: 'suppress',
  hasmoved: 'suppress',
  notaccept: 'suppress',
  mailboxfull: 'wait',
  mesgtoobig: 'fix',
  exceedlimit: 'fix',
  suspend: 'wait',
  filtered: 'wait',
  rejected: 'fix',
  blocked: 'fix',
  badreputation: 'fix',
  spamdetected: 'fix',
  virusdetected: 'fix',
  policyviolation: 'fix',
  authfailure: 'fix',
  requireptr: 'fix',
  securityerror: 'fix',
  failedstarttls: 'wait',
  norelaying: 'fix',
  contenterror: 'fix',
  notcompliantrfc: 'fix',
  syntaxerror: 'wait',
  networkerror: 'wait',
  expired: 'wait',
  toomanyconn: 'wait',
  speeding: 'wait',
  systemerror: 'wait',
  systemfull: 'wait',
  mailererror: 'wait',
  suppressed: 'fix',
  onhold: 'wait',
  undefined: 'wait',
  delivered: 'not-a-bounce',
  feedback: 'suppress',
  vacation: 'not-a-bounce',
};

const failure = { kind: 'failure' } as const;

describe('triageAction', () => {
  it.each(REASON_IDS.map((r) => [r, FAILURE[r]] as const))(
    'a failure with reason %s goes to %s',
    (reason, pile) => {
      expect(triageAction(failure, { category: categoryOf(reason), reason })).toBe(pile);
    },
  );

  it('a temporary "does not accept mail" is soft, about the destination: wait', () => {
    expect(
      triageAction(failure, { category: categoryOf('notaccept', true), reason: 'notaccept' }),
    ).toBe('wait');
    expect(triageCase(failure, { category: 'soft', reason: 'notaccept' })).toBe('soft-destination');
  });

  it('follows the category, not the reason, when a hard verdict comes with a soft reason', () => {
    expect(triageAction(failure, { category: 'hard', reason: 'mailboxfull' })).toBe('suppress');
  });

  it.each(REASON_IDS.map((r) => [r] as const))('a delay naming %s is a wait', (reason) => {
    expect(triageAction({ kind: 'delay' }, { category: 'none', reason })).toBe('wait');
  });

  it('a delay whose cause is on the sender side is still a wait, with its own explanation', () => {
    expect(triageCase({ kind: 'delay' }, { category: 'none', reason: 'badreputation' })).toBe(
      'delay-ours',
    );
    expect(triageCase({ kind: 'delay' }, { category: 'none', reason: 'mailboxfull' })).toBe(
      'delay',
    );
    expect(triageCase({ kind: 'delay' })).toBe('delay');
  });

  const kinds: [MessageKind, TriageAction, TriageCase][] = [
    ['feedback', 'suppress', 'complaint'],
    ['auto-reply', 'not-a-bounce', 'auto-reply'],
    ['delivery', 'not-a-bounce', 'delivery'],
    ['read-receipt', 'not-a-bounce', 'read-receipt'],
    ['not-bounce', 'not-a-bounce', 'ordinary-mail'],
    ['unrecognised', 'not-a-bounce', 'ordinary-mail'],
  ];
  it.each(kinds)('a message of kind %s goes to %s (%s)', (kind, pile, which) => {
    expect(triageAction({ kind })).toBe(pile);
    expect(triageCase({ kind })).toBe(which);
    expect(triageAction({ kind }, { category: 'none', reason: 'undefined' })).toBe(pile);
  });

  it('a failure report without a recipient is not treated as a bounce', () => {
    expect(triageAction(failure)).toBe('not-a-bounce');
  });

  it("rate limits and the sending service's own suppression list have cases of their own", () => {
    expect(triageCase(failure, { category: 'soft', reason: 'speeding' })).toBe('throttled');
    expect(triageCase(failure, { category: 'soft', reason: 'toomanyconn' })).toBe('throttled');
    expect(triageCase(failure, { category: 'soft', reason: 'suppressed' })).toBe('suppressed');
    expect(triageCase(failure, { category: 'soft', reason: 'onhold' })).toBe('undecided');
  });
});

describe('the triage cases', () => {
  it('every case is reachable from some verdict', () => {
    const seen = new Set<TriageCase>();
    const kinds: MessageKind[] = [
      'failure',
      'delay',
      'delivery',
      'auto-reply',
      'feedback',
      'read-receipt',
      'not-bounce',
      'unrecognised',
    ];
    for (const kind of kinds) {
      seen.add(triageCase({ kind }));
      for (const reason of REASON_IDS) {
        for (const temporary of [false, true]) {
          seen.add(triageCase({ kind }, { category: categoryOf(reason, temporary), reason }));
        }
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(TRIAGE_CASES).sort());
  });

  it.each(Object.entries(TRIAGE_CASES))('%s is explained in one plain sentence', (_id, c) => {
    expect(c.why).toMatch(/^[A-Z].*\.$/);
    expect(c.why.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(c.why).not.toMatch(/\b(fault|category|kind|verdict|[a-z]+[A-Z][a-z]+)\b/);
    expect(c.why.length).toBeLessThanOrEqual(180);
  });
});
