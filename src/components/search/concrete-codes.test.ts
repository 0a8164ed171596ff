import { describe, expect, it } from 'vitest';
import { STATUS_DETAILS } from '../../lib/bounce/catalog/index.ts';
import { concreteCodes } from './concrete-codes.ts';

describe('concreteCodes', () => {
  it('gives the transient and permanent forms of a pattern', () => {
    expect(concreteCodes('X.1.1', ['451', '550'])).toEqual(['4.1.1', '5.1.1']);
    expect(concreteCodes('X.2.2')).toEqual(['4.2.2', '5.2.2']);
    expect(concreteCodes('x.7.26')).toEqual(['4.7.26', '5.7.26']);
  });

  it('adds the success form when a 2xx reply goes with the code', () => {
    expect(concreteCodes('X.0.0', ['250', '550'])).toEqual(['2.0.0', '4.0.0', '5.0.0']);
  });

  it('ignores anything that is not a class-free pattern', () => {
    expect(concreteCodes('5.1.1')).toEqual([]);
    expect(concreteCodes('X.1')).toEqual([]);
  });

  it('covers every registered detail, so 5.1.1 and 4.2.2 are indexed', () => {
    const all = STATUS_DETAILS.flatMap((d) => concreteCodes(d.code, d.replyCodes));
    expect(all).toContain('5.1.1');
    expect(all).toContain('4.2.2');
    expect(all).toContain('5.1.10');
    expect(all.length).toBeGreaterThanOrEqual(STATUS_DETAILS.length * 2);
  });
});
