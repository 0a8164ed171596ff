// Content is checked like code: lessons, their tracks and reading times, the samples and presets
// they use, glossary links, quiz balance, and the facts the course once got wrong.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  estimateMinutes,
  firstUseProblems,
  lengthCues,
  lengthPasses,
  lessonSchema,
  positionSpread,
  positionsThatPass,
  proseWords,
  type TermMatcher,
} from '../../src/lib/content/index.ts';
import { PRESETS } from '../../src/lib/simulator/presets.ts';

const root = join(import.meta.dirname, '../..');
const lessonsDir = join(root, 'content/lessons');
const glossaryDir = join(root, 'content/glossary');
const policiesDir = join(root, 'content/policies');
const files = readdirSync(lessonsDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const sampleIds = new Set(
  (parse(readFileSync(join(root, 'content/samples/samples.yaml'), 'utf8')) as { id: string }[]).map(
    (s) => s.id,
  ),
);
const presetIds = new Set(PRESETS.map((p) => p.id));

/** The core track's limits: half an hour and 7,000 words of prose at most. */
const CORE_MINUTES = 30;
const CORE_WORDS = 7000;

function read(file: string) {
  const text = readFileSync(join(lessonsDir, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  return { data: parse(match[1] ?? '') as unknown, body: match[2] ?? '' };
}

const lessons = files.map((file) => {
  const { data, body } = read(file);
  return { file, slug: file.replace(/^\d+-/, '').replace(/\.mdx$/, ''), data, body };
});
const parsed = lessons.map((l) => ({ ...l, lesson: lessonSchema.parse(l.data) }));

/** Glossary terms as the first-use check looks for them. */
const EXTRA_NAMES: Record<string, string[]> = {
  esp: ['email service provider'],
  smtp: ['Simple Mail Transfer Protocol'],
  mta: ['mail transfer agent'],
};
const IGNORE: Record<string, string[]> = {
  bounce: ['Bounce Lab'],
  postmaster: ['Postmaster Tools'],
  complaint: ['Complaint Feedback Loop'],
};
/** Terms whose name is too generic to look for in prose ("Action"). */
const NOT_CHECKED = new Set(['dsn-action']);
const glossary = readdirSync(glossaryDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: basename(f, '.yaml'),
    ...(parse(readFileSync(join(glossaryDir, f), 'utf8')) as { term: string; definition: string }),
  }));
const terms: TermMatcher[] = glossary
  .filter((t) => !NOT_CHECKED.has(t.id))
  .map((t) => ({
    id: t.id,
    names: [t.term, ...(EXTRA_NAMES[t.id] ?? [])],
    ignore: IGNORE[t.id] ?? [],
  }));

describe('lessons', () => {
  it('are numbered 01, 02, … without gaps, each file prefix matching its order', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    parsed.forEach(({ file, lesson }, i) => {
      expect(file).toMatch(new RegExp(`^${String(i + 1).padStart(2, '0')}-[a-z0-9-]+\\.mdx$`));
      expect(lesson.order).toBe(i + 1);
    });
  });

  it('put the core track first, then the operations track', () => {
    const tracks = parsed.map((l) => l.lesson.track);
    expect(tracks[0]).toBe('core');
    expect(tracks.lastIndexOf('core')).toBeLessThan(tracks.indexOf('ops'));
  });

  it('keep the core track within 30 minutes and 7,000 words of prose', () => {
    const core = parsed.filter((l) => l.lesson.track === 'core');
    const words = core.reduce((sum, l) => sum + proseWords(l.body), 0);
    const estimate = core.reduce((sum, l) => sum + estimateMinutes(l.body), 0);
    const stated = core.reduce((sum, l) => sum + l.lesson.minutes, 0);
    console.log(
      `core track: ${String(core.length)} lessons, ${String(words)} words of prose, ` +
        `${estimate.toFixed(1)} minutes estimated, ${String(stated)} stated`,
    );
    expect(words).toBeLessThanOrEqual(CORE_WORDS);
    expect(estimate).toBeLessThanOrEqual(CORE_MINUTES);
    expect(stated).toBeLessThanOrEqual(CORE_MINUTES);
  });

  for (const { file, body, lesson } of parsed) {
    describe(file, () => {
      it('has objectives, dated sources and a quiz with one right answer per question', () => {
        expect(lesson.objectives.length).toBeGreaterThanOrEqual(3);
        expect(lesson.sources.every((s) => /^\d{4}-\d\d-\d\d$/.test(s.date))).toBe(true);
        for (const q of lesson.quiz) expect(q.options.filter((o) => o.correct)).toHaveLength(1);
      });

      it('states an honest reading time: words / 200 plus time for examples, within a minute', () => {
        const estimate = estimateMinutes(body);
        expect(lesson.minutes).toBeGreaterThanOrEqual(3);
        expect(lesson.minutes).toBeLessThanOrEqual(15);
        expect(
          Math.abs(lesson.minutes - estimate),
          `${String(proseWords(body))} words, ${estimate.toFixed(1)} minutes estimated`,
        ).toBeLessThanOrEqual(1);
      });

      it('uses only samples and presets that exist', () => {
        for (const [, id] of body.matchAll(
          /<(?:BounceExample|BounceInspector|EspVerdicts)[^>]*\bsample="([^"]+)"/g,
        )) {
          expect(sampleIds.has(id ?? ''), `sample "${id}"`).toBe(true);
        }
        for (const [, id] of body.matchAll(/<EscalationSimulator[^>]*\bpreset="([^"]+)"/g)) {
          expect(presetIds.has(id ?? ''), `preset "${id}"`).toBe(true);
        }
      });

      it('uses only example domains in the addresses it writes', () => {
        const addresses = [...body.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)].map(
          (m) => m[1] ?? '',
        );
        expect(addresses.filter((d) => !/(^|\.)example\.(com|net|org)$/.test(d))).toEqual([]);
      });

      it('links each glossary term to its entry where it is first used', () => {
        expect(firstUseProblems(body, terms)).toEqual([]);
      });

      it('writes quiz text a reader sees as it is meant', () => {
        for (const q of lesson.quiz) {
          const texts = [q.question, ...q.options.flatMap((o) => [o.text, o.explanation])];
          for (const text of texts) {
            expect(text.split('`').length % 2, `unbalanced backticks: ${text}`).toBe(1);
            expect(text, 'no Markdown emphasis in quiz text').not.toMatch(/\*\*|__/);
            expect(text, 'no doubled full stops').not.toMatch(/(?<!\.)\.\.(?!\.)/);
          }
          for (const o of q.options) {
            // The quiz already labels each explanation "Right answer:" or "Not this one:".
            expect(o.explanation, q.id).not.toMatch(/^(Right|Correct|Wrong|Not this one)\b/);
          }
        }
      });

      it('has a quiz that cannot be passed by always picking the same position', () => {
        expect(positionsThatPass(lesson.quiz)).toEqual([]);
      });

      it('has a quiz that cannot be passed by always picking the longest or shortest answer', () => {
        expect(lengthPasses(lesson.quiz)).toBe(false);
      });
    });
  }
});

describe('quiz balance across the course', () => {
  it('puts no more than 40% of the right answers at any one position', () => {
    const spread = positionSpread(parsed.map((l) => l.lesson.quiz));
    const total = spread.reduce((a, b) => a + b, 0);
    console.log(
      `right answers by position: ${spread.map((n, i) => `${String.fromCharCode(65 + i)} ${String(n)}`).join(', ')} (of ${String(total)})`,
    );
    for (const n of spread) expect(n / total).toBeLessThanOrEqual(0.4);
  });

  it('does not give the right answer away by its length', () => {
    const questions = parsed.flatMap((l) => l.lesson.quiz);
    const { longest, shortest } = lengthCues(questions);
    console.log(
      `right answer is the longest option in ${String(longest)}, the shortest in ${String(shortest)}, of ${String(questions.length)} questions`,
    );
    expect(longest / questions.length).toBeLessThanOrEqual(0.4);
    expect(shortest / questions.length).toBeLessThanOrEqual(0.4);
  });

  it('asks each question once: no two questions share their wording', () => {
    const questions = parsed.flatMap((l) => l.lesson.quiz.map((q) => q.question.toLowerCase()));
    expect(questions.filter((q, i) => questions.indexOf(q) !== i)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Facts the first edition got wrong (issue 10 §1). Each check reads every text the course owns.

const owned: Array<{ name: string; text: string }> = [
  ...lessons.map((l) => ({ name: l.file, text: readFileSync(join(lessonsDir, l.file), 'utf8') })),
  ...readdirSync(glossaryDir).map((f) => ({
    name: `glossary/${f}`,
    text: readFileSync(join(glossaryDir, f), 'utf8'),
  })),
  {
    name: 'disagreements.yaml',
    text: readFileSync(join(root, 'content/disagreements.yaml'), 'utf8'),
  },
  { name: 'cheat-sheet', text: readFileSync(join(root, 'src/pages/cheat-sheet.astro'), 'utf8') },
  { name: 'triage', text: readFileSync(join(root, 'src/pages/triage.astro'), 'utf8') },
];

/** Sentences of a text, with line breaks and YAML folding undone; each YAML field stands alone. */
function sentences(text: string): string[] {
  return text
    .split(/\n(?=\s*(?:- )?[A-Za-z]+:\s)/)
    .flatMap((field) => field.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z`"“*_[(])/))
    .map((s) => s.trim());
}

function offending(test: (sentence: string) => boolean): string[] {
  return owned.flatMap(({ name, text }) =>
    sentences(text)
      .filter(test)
      .map((s) => `${name}: ${s}`),
  );
}

interface PolicyFile {
  id: string;
  name: string;
  rule: { soft: Record<string, unknown>; hard: Record<string, unknown> };
}
const policies = readdirSync(policiesDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(policiesDir, f), 'utf8')) as PolicyFile);

/** Every number a policy's rule states (thresholds, counts, days). */
function policyNumbers(p: PolicyFile): Set<number> {
  const numbers = new Set<number>();
  for (const part of [p.rule.soft, p.rule.hard]) {
    for (const value of Object.values(part)) if (typeof value === 'number') numbers.add(value);
  }
  return numbers;
}

describe('facts the course keeps true', () => {
  it('never says "16th": Mailchimp cleans at the 7th soft bounce, or the 15th after activity', () => {
    expect(offending((s) => /\b16th\b/i.test(s))).toEqual([]);
    const mailchimp = offending((s) => /Mailchimp/.test(s) && /\b(7th|15th)\b/.test(s));
    expect(mailchimp.some((s) => /\b7th\b/.test(s) && /\b15th\b/.test(s))).toBe(true);
  });

  it("mentions the ambiguity of Mailchimp's wording once, in the escalation lesson", () => {
    const places = lessons.filter((l) => /wording[^.]*(ambiguous|two readings)/i.test(l.body));
    expect(places.map((l) => l.slug)).toEqual(['soft-bounce-escalation']);
  });

  it('makes every right quiz answer that names a service threshold agree with the policy file', () => {
    const problems: string[] = [];
    for (const { file, lesson } of parsed) {
      for (const q of lesson.quiz) {
        const right = q.options.find((o) => o.correct);
        if (!right) continue;
        const named = policies.filter(
          (p) => right.text.includes(p.name) || q.question.includes(p.name),
        );
        if (named.length !== 1) continue;
        const numbers = [
          ...right.text.matchAll(/\b(\d+)(?:st|nd|rd|th)\b|\b(\d+) (?:soft|hard) bounces?\b/g),
        ].map((m) => Number(m[1] ?? m[2]));
        const allowed = policyNumbers(named[0] as PolicyFile);
        for (const n of numbers) {
          if (!allowed.has(n))
            problems.push(`${file} ${q.id}: ${String(n)} is not in ${named[0]?.id}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('does not claim that every service suppresses a hard bounce at once', () => {
    expect(
      offending(
        (s) =>
          /\b(every|all) (email )?services?\b[^.]*(remove|suppress)[^.]*hard[- ]bounce/i.test(s) ||
          /services remove hard-bounced addresses at once/i.test(s),
      ),
    ).toEqual([]);
    const who = lessons.find((l) => l.slug === 'hard-vs-soft-bounces')?.body ?? '';
    for (const service of ['Salesforce Marketing Cloud', 'HubSpot', 'Constant Contact']) {
      expect(who, service).toContain(service);
    }
  });

  it('does not tell an auto-reply by its Auto-Submitted header alone', () => {
    const autoReply = glossary.find((t) => t.id === 'auto-reply')?.definition ?? '';
    expect(autoReply).toMatch(/report/);
    expect(autoReply).toMatch(/null (sender|reverse-path)|empty return path/);
    expect(
      offending((s) => /reads `?Auto-Submitted: auto-replied`? and calls this an/i.test(s)),
    ).toEqual([]);
  });

  it('never calls a delay notice a soft bounce', () => {
    expect(
      offending(
        (s) =>
          /delay notice|Action: delayed/i.test(s) &&
          /\b(is|as|counts as|record(ed)?) a soft bounce\b/i.test(s) &&
          !/\bnot\b/i.test(s),
      ),
    ).toEqual([]);
    const expired = glossary.find((t) => t.id === 'delivery-expired')?.definition ?? '';
    expect(expired).toMatch(/not a delay|delay notice is not/i);
  });

  it('does not say there are only four ways for an address to be dead', () => {
    expect(offending((s) => /four ways/i.test(s))).toEqual([]);
    const why = lessons.find((l) => l.slug === 'why-bounces-happen')?.body ?? '';
    expect(why).toMatch(/5\.1\.3/);
    expect(why).toMatch(/X\.2\.1/);
    expect(why).toMatch(/inactive/);
  });

  it('attributes no "must not" to RFC 5321 §4.5.5 (it says SHOULD NOT)', () => {
    expect(offending((s) => /4\.5\.5/.test(s) && /must not/i.test(s))).toEqual([]);
    const nullPath = glossary.find((t) => t.id === 'null-reverse-path')?.definition ?? '';
    expect(nullPath).toMatch(/SHOULD NOT/);
  });

  it("applies Gmail's 0.3% spam-rate rule to all senders", () => {
    expect(
      offending(
        (s) =>
          /Gmail|Google/.test(s) &&
          /0\.3\s?%/.test(s) &&
          /bulk senders?/i.test(s) &&
          // Mitigation after a breach is a rule for bulk senders only.
          !/mitigation/i.test(s) &&
          !/all senders|every sender|not only bulk|any sender/i.test(s),
      ),
    ).toEqual([]);
  });

  it('dates the default of SES account-level suppression (accounts created after 25 November 2019)', () => {
    const claims = offending((s) => /account-level/i.test(s) && /by default/i.test(s));
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim).toMatch(/2019/);
  });

  it('quotes Braze\'s "will not report hard bounces" as a community thread, not Braze\'s docs', () => {
    const quotes = offending((s) => /Braze will not report hard bounces/.test(s));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toMatch(/communit/i);
  });

  it("says SendGrid's Bounces list holds soft bounces too", () => {
    const claims = offending((s) => /SendGrid/.test(s) && /Bounces_? (suppression )?list/.test(s));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((s) => /soft/.test(s))).toBe(true);
    expect(
      offending((s) => /adds hard bounces to its _?Bounces_? suppression list/.test(s)),
    ).toEqual([]);
  });

  it("gives HubSpot's own account of content, spam and policy hard bounces, with how to undo them", () => {
    const hubspot = offending(
      (s) => /HubSpot/.test(s) && /(DMARC|policy)/i.test(s) && /hard/i.test(s),
    );
    expect(hubspot.length).toBeGreaterThan(0);
    expect(offending((s) => /HubSpot/.test(s) && /unbounce/i.test(s)).length).toBeGreaterThan(0);
  });
});
