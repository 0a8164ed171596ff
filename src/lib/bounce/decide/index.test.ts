import { describe, expect, it } from 'vitest';
import type { Fragment } from '../text/index.ts';
import { DECISION_ORDER, decide } from './index.ts';

const frag = (text: string): Fragment => ({ text, start: 0, end: text.length, encoded: false });
const at = (value: string) => ({ value, start: 0, end: value.length, encoded: false });

describe('decision order', () => {
  it('is declared once, strongest evidence first', () => {
    expect(DECISION_ORDER[0]).toBe('mta-verdict');
    expect(DECISION_ORDER.at(-1)).toBe('undefined');
  });

  it('lets a provider phrase beat the status code sent with it', () => {
    const d = decide({
      texts: [
        frag(
          '550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages',
        ),
      ],
      status: at('5.2.1'),
    });
    expect(d.reason).toBe('speeding');
    expect(d.step).toBe('provider-phrase');
  });

  it('lets a specific status beat generic words, and words beat a broad status', () => {
    expect(
      decide({ texts: [frag('552 5.2.2 message size exceeds quota')], status: at('5.2.2') }).reason,
    ).toBe('mailboxfull');
    const blocked = decide({
      texts: [frag('554 5.7.1 client host blocked using zen.example.org')],
      status: at('5.7.1'),
    });
    expect(blocked.reason).toBe('blocked');
  });

  it('treats a 4xx give-up as expired and hard/soft by reason', () => {
    const d = decide({
      texts: [frag('connection timed out')],
      status: at('4.4.1'),
      action: 'failed',
    });
    expect(d.reason).toBe('expired');
    expect(d.category).toBe('soft');
    expect(decide({ texts: [], status: at('5.1.10') }).category).toBe('hard');
    expect(
      decide({ texts: [frag('this domain does not accept mail')], reply: at('421') }).category,
    ).toBe('soft');
  });

  it('says undefined when nothing matches', () => {
    const d = decide({ texts: [frag('something odd happened')] });
    expect(d.reason).toBe('undefined');
    expect(d.trace.at(-1)?.detail).toContain('soft');
  });
});
