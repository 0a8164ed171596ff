import { describe, expect, it } from 'vitest';
import { countWords, estimateMinutes, lessonParts, proseWords } from './index.ts';

const body = [
  "import BounceExample from '../../src/components/BounceExample.astro';",
  '',
  '## A letter that comes back',
  '',
  'A [**bounce**](/glossary/#bounce) is a report. {/* not read */}',
  '',
  '```smtp',
  '550 5.1.1 <jane@example.net>: User unknown',
  'more words inside the code block',
  '```',
  '',
  '<BounceExample sample="gmail-mailbox-full" collapsed />',
  '',
  '| Code | Meaning |',
  '| ---- | ------- |',
  '| `550` | no |',
  '',
  '<EscalationSimulator preset="mailbox-full-two-months" />',
].join('\n');

describe('lessonParts', () => {
  it('keeps the prose and counts code blocks, examples and widgets', () => {
    const parts = lessonParts(body);
    expect(parts.codeBlocks).toBe(1);
    expect(parts.examples).toBe(1);
    expect(parts.widgets).toBe(1);
    expect(parts.prose).not.toMatch(/import|User unknown|not read|glossary|BounceExample/);
    expect(parts.prose).toMatch(/A \*\*bounce\*\* is a report\./);
  });

  it('does not end a code block on a shorter fence or a fence with text', () => {
    const nested = ['````md', '```', 'inside', '```', '````', 'after'].join('\n');
    expect(lessonParts(nested)).toMatchObject({ prose: 'after', codeBlocks: 1 });
  });
});

describe('proseWords and estimateMinutes', () => {
  it('counts words of prose only', () => {
    // "A letter that comes back" (5) + "A bounce is a report." (5) + table cells (Code, Meaning, `550`, no) (4)
    expect(proseWords(body)).toBe(14);
    expect(countWords('— | --- | 5.1.1 ok')).toBe(2);
  });

  it('adds time for examples, code blocks and widgets', () => {
    expect(estimateMinutes(body)).toBeCloseTo(14 / 200 + 0.5 + 0.25 + 1, 5);
    expect(estimateMinutes('word '.repeat(1000))).toBe(5);
  });
});
