/**
 * npm run corpus -- DIR [--scorer PATH] [--show N]
 * Classifies every file under DIR/emails (maildir/* and mailbox/*), writes JSONL to a temp file and
 * runs the scorer (default: DIR/../tools/score-corpus.mjs) on it. The last line printed is the score.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { classify } from '../lib/bounce/index.ts';
import { listFiles } from './files.ts';
import { rowsFor } from './rows.ts';

function main(argv: string[]): number {
  let dir = '';
  let scorer = '';
  let show = '40';
  let keep = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--scorer') scorer = argv[++i] ?? '';
    else if (a === '--show') show = argv[++i] ?? '40';
    else if (a === '--out') keep = argv[++i] ?? '';
    else dir = a;
  }
  if (!dir) {
    process.stderr.write(
      'usage: npm run corpus -- CORPUS_DIR [--scorer score-corpus.mjs] [--show N] [--out results.jsonl]\n',
    );
    return 2;
  }
  const emails = resolve(dir, 'emails');
  const lines: string[] = [];
  let errors = 0;
  for (const path of listFiles(emails)) {
    const file = relative(emails, path);
    const result = classify(readFileSync(path));
    if (!result.ok) {
      errors++;
      process.stderr.write(`${file}: ${result.error.code}: ${result.error.message}\n`);
      continue;
    }
    for (const row of rowsFor(file, result.messages)) lines.push(JSON.stringify(row));
  }
  const out = keep || join(mkdtempSync(join(tmpdir(), 'bounce-lab-')), 'results.jsonl');
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`classified ${lines.length} rows (${errors} inputs refused) → ${out}\n`);
  const script = scorer || resolve(dir, '..', 'tools', 'score-corpus.mjs');
  const run = spawnSync(process.execPath, [script, '--actual', out, '--show', show], {
    encoding: 'utf8',
  });
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
  return run.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
