/**
 * npm run bench -- --corpus DIR [--passes N] [--warmup N]
 * Classifies every file under DIR in-process. Untimed passes come first (8 by default; the first
 * counts the messages): the engine keeps optimising the code over the first passes, and a pass
 * timed then measures the compiler, not the classifier. Then several timed passes; it prints the
 * median timed pass as `bench: N messages/s (p50 X ms, p99 Y ms, M messages)`. It also times a
 * generated 5 MB adversarial input (long lines, repeated codes, deep MIME nesting).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { classify } from '../lib/bounce/index.ts';
import { listFiles } from './files.ts';

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** A 5 MB input built to stress the scanners: deep nesting, huge lines, codes everywhere. */
export function adversarialInput(size = 5 * 1024 * 1024): string {
  const parts: string[] = [
    'From: MAILER-DAEMON@example.org',
    'Subject: Undelivered Mail Returned to Sender',
  ];
  let depth = 0;
  for (; depth < 60; depth++) {
    parts.push(`Content-Type: multipart/mixed; boundary="b${depth}"`, '', `--b${depth}`);
  }
  parts.push('Content-Type: text/plain', '');
  const codes = '550 5.1.1 <a@example.com>... User unknown 4.4.7 421 '.repeat(2000);
  let body = parts.join('\n');
  while (body.length < size * 0.4) body += `${codes}\n`;
  body += `${'<'.repeat(200000)}@${'a.'.repeat(100000)}\n`;
  body += `${'-'.repeat(300000)}\n`;
  body += `Final-Recipient: rfc822; ${'x'.repeat(100000)}\n`;
  while (body.length < size) body += `${'='.repeat(50000)} 5.${'1'.repeat(40000)}\n--b1\n`;
  return body.slice(0, size);
}

function main(argv: string[]): number {
  let dir = '';
  let passes = 7;
  let warmup = 8;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--corpus') dir = argv[++i] ?? '';
    else if (a === '--passes') passes = Number(argv[++i] ?? '7') || 7;
    else if (a === '--warmup') warmup = Math.max(1, Number(argv[++i] ?? '8') || 1);
    else if (!dir) dir = a;
  }
  if (!dir) {
    process.stderr.write('usage: npm run bench -- --corpus DIR [--passes N] [--warmup N]\n');
    return 2;
  }
  const inputs = listFiles(dir).map((p) => readFileSync(p));
  let messages = 0;
  for (const input of inputs) {
    const r = classify(input);
    if (r.ok) messages += r.messages.length;
  }
  // The rest of the untimed passes (the one above counted the messages), then the timed ones.
  for (let pass = 1; pass < warmup; pass++) for (const input of inputs) classify(input);
  const rates: number[] = [];
  const perFile: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now();
    for (const input of inputs) {
      const t = performance.now();
      classify(input);
      perFile.push(performance.now() - t);
    }
    const seconds = (performance.now() - start) / 1000;
    rates.push(messages / seconds);
  }
  rates.sort((a, b) => a - b);
  perFile.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? 0;
  const adversarial = adversarialInput();
  const t0 = performance.now();
  const result = classify(adversarial);
  const ms = performance.now() - t0;
  process.stdout.write(
    `adversarial: ${(adversarial.length / 1048576).toFixed(1)} MB in ${ms.toFixed(0)} ms (${result.ok ? `${result.messages.length} message(s)` : result.error.code})\n`,
  );
  process.stdout.write(
    `bench: ${Math.round(median)} messages/s (p50 ${percentile(perFile, 50).toFixed(3)} ms, p99 ${percentile(perFile, 99).toFixed(3)} ms, ${messages} messages)\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
