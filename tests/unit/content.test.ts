// Content is checked like code: lessons, the samples and presets they use, reading times.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/lib/content/index.ts';
import { PRESETS } from '../../src/lib/simulator/presets.ts';

const root = join(import.meta.dirname, '../..');
const lessonsDir = join(root, 'content/lessons');
const files = readdirSync(lessonsDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const sampleIds = new Set(
  (parse(readFileSync(join(root, 'content/samples/samples.yaml'), 'utf8')) as { id: string }[]).map(
    (s) => s.id,
  ),
);
const presetIds = new Set(PRESETS.map((p) => p.id));

function read(file: string) {
  const text = readFileSync(join(lessonsDir, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  return { data: parse(match[1] ?? '') as unknown, body: match[2] ?? '' };
}

/** Words a reader reads: the body without imports, components, comments and code fences' markup. */
function words(body: string): number {
  const prose = body
    .replace(/^import .*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[A-Z][^>]*\/>/g, '')
    .replace(/^```.*$/gm, '');
  return prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

describe('lessons', () => {
  it('are numbered 01, 02, … without gaps, each file prefix matching its order', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    files.forEach((file, i) => {
      expect(file).toMatch(new RegExp(`^${String(i + 1).padStart(2, '0')}-[a-z0-9-]+\\.mdx$`));
      expect((read(file).data as { order: number }).order).toBe(i + 1);
    });
  });

  for (const file of files) {
    describe(file, () => {
      const { data, body } = read(file);

      it('has valid front matter with objectives, dated sources and a quiz', () => {
        const lesson = lessonSchema.parse(data);
        expect(lesson.objectives.length).toBeGreaterThanOrEqual(3);
        expect(lesson.sources.every((s) => /^\d{4}-\d\d-\d\d$/.test(s.date))).toBe(true);
        expect(lesson.quiz, 'every lesson ends with a quiz').toBeDefined();
        for (const q of lesson.quiz ?? []) {
          expect(q.options.filter((o) => o.correct)).toHaveLength(1);
          expect(q.options.every((o) => o.explanation.length > 0)).toBe(true);
        }
      });

      it('states an honest reading time of 5 to 15 minutes', () => {
        const { minutes } = lessonSchema.parse(data);
        expect(minutes).toBeGreaterThanOrEqual(5);
        expect(minutes).toBeLessThanOrEqual(15);
        const estimate = words(body) / 200;
        expect(Math.abs(minutes - estimate), `${words(body)} words`).toBeLessThanOrEqual(3);
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
    });
  }
});
