// Build-time only: the practice pool, built once per build from content/samples with the real
// classifier, for the /practice/ page (its index) and the per-sample data files.
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../lib/bounce/index.ts';
import {
  buildPool,
  splitPool,
  type PoolStats,
  type PracticeIndex,
  type SampleChunk,
} from '../../lib/practice/pool/index.ts';

export interface PracticeData {
  index: PracticeIndex;
  chunks: Map<string, SampleChunk>;
  stats: PoolStats;
}

let built: Promise<PracticeData> | undefined;

/** The pool, split into the page's index and one chunk per sample. Built once per build. */
export function practiceData(): Promise<PracticeData> {
  built ??= build();
  return built;
}

async function build(): Promise<PracticeData> {
  const samples = await getCollection('samples');
  const inputs = samples.map((entry) => ({
    sample: entry.data,
    text: decodeBytes(
      readFileSync(join(process.cwd(), 'content/samples', entry.data.file)),
    ).replace(/\r\n?/g, '\n'),
  }));
  const { pool, skipped, stats } = buildPool(inputs);
  for (const s of skipped) {
    console.warn(`practice: left out ${s.sample} (message ${s.message + 1}): ${s.why}`);
  }
  return { ...splitPool(pool), stats };
}

/** JSON safe to put inside a `<script type="application/json">` element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
