import { describe, expect, it } from 'vitest';
import { PRESETS, findPreset, presetOutcomes } from './presets.ts';
import { isReasonId } from '../bounce/reason/ids.ts';

describe('presets', () => {
  it('have unique ids, valid outcome codes and real reasons', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(presetOutcomes(p).length).toBe(p.outcomes.length);
      expect(isReasonId(p.softReason)).toBe(true);
    }
  });

  it('tell the stories they promise', () => {
    expect(presetOutcomes(findPreset('typo-address')!)[0]).toBe('hard');
    const full = presetOutcomes(findPreset('mailbox-full-two-months')!);
    expect(full.filter((o) => o === 'soft')).toHaveLength(9);
    expect(full[0]).toBe('activity');
    expect(findPreset('nope')).toBeUndefined();
  });
});
