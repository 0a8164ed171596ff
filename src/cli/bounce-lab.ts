#!/usr/bin/env node
/**
 * bounce-lab classify [--format jsonl|text] FILE...   (`-` reads stdin)
 * Exit 0 when every input was read; 1 with one line per unreadable file.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../lib/bounce/index.ts';
import { rowsFor, textFor } from './rows.ts';

const USAGE = 'usage: bounce-lab classify [--format jsonl|text] FILE...  (use - for stdin)';

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'classify') {
    process.stderr.write(`${USAGE}\n`);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  let format = 'jsonl';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--format') format = rest[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else files.push(a);
  }
  if ((format !== 'jsonl' && format !== 'text') || files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let failed = false;
  const out: string[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file === '-' ? 0 : file);
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      const why: Record<string, string> = {
        ENOENT: 'no such file',
        EISDIR: 'it is a directory, not a file',
        EACCES: 'permission denied',
      };
      process.stderr.write(
        `bounce-lab: cannot read ${file}: ${why[code] ?? (code || 'unreadable')}\n`,
      );
      failed = true;
      continue;
    }
    const result = classify(bytes);
    if (!result.ok) {
      process.stderr.write(`bounce-lab: ${file}: ${result.error.message}\n`);
      if (result.error.code !== 'empty') failed = true;
      continue;
    }
    if (format === 'jsonl')
      for (const row of rowsFor(file, result.messages)) out.push(JSON.stringify(row));
    else out.push(textFor(file, result.messages));
    if (out.length > 2000) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return failed ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`bounce-lab: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
