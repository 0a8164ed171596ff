import { describe, expect, it } from 'vitest';
import { classify } from '../classify/index.ts';
import { decide } from '../decide/index.ts';
import { REASON_IDS } from '../reason/ids.ts';
import { SYSTEM_SIGNATURES } from '../layout/index.ts';
import { PHRASE_RULES, REPLY_RULES, STATUS_RULES } from './index.ts';
import { RULE_SAMPLES } from './samples.ts';

describe('phrase rules', () => {
  it.each(PHRASE_RULES.map((r) => [r.id, r] as const))(
    '%s: its sample line classifies to its reason',
    (id, rule) => {
      const sample = RULE_SAMPLES[id] ?? '';
      expect(sample, `samples.ts has no line for ${id}`).not.toBe('');
      if (rule.scope) {
        // A scoped rule speaks only for its system or provider: check it in that context.
        const context = {
          system: rule.scope.systems?.[0],
          host: rule.scope.hosts?.[0],
          domain: rule.scope.domains?.[0],
        };
        const texts = [{ text: sample, start: 0, end: sample.length, encoded: false }];
        expect(decide({ texts, context }).reason).toBe(rule.reason);
        return;
      }
      const result = classify(sample);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const message = result.messages[0];
      if (message?.kind === 'unrecognised') {
        // A bare phrase with no code is not recognised as a server's reply when pasted on its
        // own; read as the reply line it is, it decides the rule's reason.
        const texts = [{ text: sample, start: 0, end: sample.length, encoded: false }];
        expect(decide({ texts, replyLine: true }).reason).toBe(rule.reason);
        return;
      }
      expect(message?.recipients[0]?.reason).toBe(rule.reason);
    },
  );

  it('has a sample line for every rule and for no other id', () => {
    expect(Object.keys(RULE_SAMPLES).sort()).toEqual(PHRASE_RULES.map((r) => r.id).sort());
  });

  it('every rule names a known reason, has a source, and uses lowercase phrases', () => {
    const ids = new Set<string>();
    for (const rule of PHRASE_RULES) {
      expect(REASON_IDS).toContain(rule.reason);
      expect(rule.source.length).toBeGreaterThan(3);
      expect(rule.phrases.length).toBeGreaterThan(0);
      for (const p of rule.phrases) expect(p).toBe(p.toLowerCase());
      expect(ids.has(rule.id)).toBe(false);
      ids.add(rule.id);
    }
  });
});

describe('status rules', () => {
  it.each(
    STATUS_RULES.filter((r) => r.code.split('.').length === 3).map((r) => [r.code, r] as const),
  )('%s decides its reason when nothing else is known', (code, rule) => {
    const value = code.replace('X', '5');
    const d = decide({ texts: [], status: { value, start: 0, end: value.length, encoded: false } });
    expect(d.reason).toBe(rule.reason);
  });

  it('falls back to the subject when the detail is not registered (RFC 3463 §2)', () => {
    const d = decide({ texts: [], status: { value: '5.1.99', start: 0, end: 6, encoded: false } });
    expect(d.reason).toBe('userunknown');
    expect(d.step).toBe('status-subject');
  });
});

describe('reply rules', () => {
  it.each(REPLY_RULES.map((r) => [r.code, r] as const))(
    '%s decides its reason when alone',
    (code, rule) => {
      const d = decide({ texts: [], reply: { value: code, start: 0, end: 3, encoded: false } });
      expect(d.reason).toBe(rule.reason);
    },
  );
});

describe('rule scopes', () => {
  it('name only sending systems the layout step can recognise', () => {
    const systems = new Set(SYSTEM_SIGNATURES.map(([, name]) => name));
    for (const rule of PHRASE_RULES) {
      for (const name of rule.scope?.systems ?? []) expect(systems).toContain(name);
    }
  });
});
