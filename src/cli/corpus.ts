/**
 * npm run corpus -- DIR [--scorer PATH] [--show N] [--out results.jsonl] [--by-family]
 *
 * Classifies every file under DIR/emails (maildir/* and mailbox/*), writes JSONL to a temp file and
 * runs the scorer (default: DIR/../tools/score-corpus.mjs) on it against DIR/expected.jsonl. It then
 * classifies the corpus again with the generic profile (no system-specific rules or layouts: how a
 * system the classifier has never met is read) and prints that score on the last line:
 * `generic-only: reason X% hardbounce Y% over N rows`. With --by-family, one line per sending-system
 * family (the file name before its number: `lhost-postfix`, `rhost-google`, `rfc3464`...).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { classify, type ClassifyOptions } from '../lib/bounce/index.ts';
import { listFiles } from './files.ts';
import { rowsFor } from './rows.ts';

interface Args {
  dir: string;
  scorer: string;
  show: string;
  keep: string;
  byFamily: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dir: '', scorer: '', show: '40', keep: '', byFamily: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--scorer') args.scorer = argv[++i] ?? '';
    else if (a === '--show') args.show = argv[++i] ?? '40';
    else if (a === '--out') args.keep = argv[++i] ?? '';
    else if (a === '--by-family') args.byFamily = true;
    else args.dir = a;
  }
  return args;
}

/** Classifies every file under `emails` and returns the JSONL rows (corpus vocabulary). */
function classifyAll(
  emails: string,
  options: ClassifyOptions,
): { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  for (const path of listFiles(emails)) {
    const file = relative(emails, path);
    const result = classify(readFileSync(path), options);
    if (!result.ok) {
      errors.push(`${file}: ${result.error.code}: ${result.error.message}`);
      continue;
    }
    for (const row of rowsFor(file, result.messages, { vocabulary: 'corpus' })) {
      lines.push(JSON.stringify(row));
    }
  }
  return { lines, errors };
}

interface Score {
  stdout: string;
  summary: string;
  status: number;
  report: {
    mismatch_list?: { file: string; index: number; field: string }[];
  };
}

function score(
  script: string,
  expected: string,
  lines: string[],
  show: string,
  out?: string,
): Score {
  const dir = mkdtempSync(join(tmpdir(), 'bounce-lab-'));
  const actual = out || join(dir, 'results.jsonl');
  const json = join(dir, 'report.json');
  writeFileSync(actual, `${lines.join('\n')}\n`);
  const run = spawnSync(
    process.execPath,
    [script, '--actual', actual, '--expected', expected, '--show', show, '--json', json],
    { encoding: 'utf8' },
  );
  const stdout = run.stdout ?? '';
  const summary = stdout.trim().split('\n').pop() ?? '';
  const report = existsSync(json)
    ? (JSON.parse(readFileSync(json, 'utf8')) as Score['report'])
    : {};
  if (run.stderr) process.stderr.write(run.stderr);
  return { stdout, summary, status: run.status ?? 1, report };
}

/** `lhost-postfix-13.eml` → `lhost-postfix`; an mbox file is its own family. */
export function familyOf(file: string): string {
  return basename(file)
    .replace(/\.[a-z]+$/i, '')
    .replace(/-\d+$/, '');
}

function byFamily(expectedPath: string, report: Score['report']): string[] {
  const rows = readFileSync(expectedPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; index: number; bounce?: boolean });
  const families = new Map<string, { rows: number; reason: number; hard: number }>();
  const key = (file: string, index: number): string => `${file}#${index}`;
  const wrong = new Map<string, Set<string>>();
  for (const m of report.mismatch_list ?? []) {
    const k = key(m.file, m.index);
    if (!wrong.has(k)) wrong.set(k, new Set());
    wrong.get(k)?.add(m.field);
  }
  for (const r of rows) {
    if (r.bounce === false) continue;
    const name = familyOf(r.file);
    const f = families.get(name) ?? { rows: 0, reason: 0, hard: 0 };
    const bad = wrong.get(key(r.file, r.index));
    f.rows++;
    if (!bad?.has('reason') && !bad?.has('missing')) f.reason++;
    if (!bad?.has('hardbounce') && !bad?.has('missing')) f.hard++;
    families.set(name, f);
  }
  const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;
  return [...families.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(
      ([name, f]) =>
        `family ${name.padEnd(24)} rows ${String(f.rows).padStart(3)}  reason ${pct(f.reason, f.rows).padStart(6)}  hardbounce ${pct(f.hard, f.rows).padStart(6)}`,
    );
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (!args.dir) {
    process.stderr.write(
      'usage: npm run corpus -- CORPUS_DIR [--scorer score-corpus.mjs] [--show N] [--out results.jsonl] [--by-family]\n',
    );
    return 2;
  }
  const emails = resolve(args.dir, 'emails');
  const expected = resolve(args.dir, 'expected.jsonl');
  const script = args.scorer || resolve(args.dir, '..', 'tools', 'score-corpus.mjs');

  const full = classifyAll(emails, {});
  for (const e of full.errors) process.stderr.write(`${e}\n`);
  process.stdout.write(
    `classified ${full.lines.length} rows (${full.errors.length} inputs refused)\n`,
  );
  const main = score(script, expected, full.lines, args.show, args.keep);
  process.stdout.write(main.stdout);
  if (args.byFamily)
    for (const line of byFamily(expected, main.report)) process.stdout.write(`${line}\n`);

  const generic = classifyAll(emails, { profile: 'generic' });
  const g = score(script, expected, generic.lines, '0');
  if (args.byFamily) {
    process.stdout.write('generic-only, by family:\n');
    for (const line of byFamily(expected, g.report)) process.stdout.write(`${line}\n`);
  }
  process.stdout.write(`${main.summary}\n`);
  const m = /^reason (\S+) hardbounce (\S+) over (\d+) rows/.exec(g.summary);
  process.stdout.write(
    m
      ? `generic-only: reason ${m[1]} hardbounce ${m[2]} over ${m[3]} rows\n`
      : `generic-only: ${g.summary}\n`,
  );
  return main.status;
}

process.exitCode = main(process.argv.slice(2));
