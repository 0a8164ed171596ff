import { readFileSync, readdirSync } from 'node:fs';
import { classify } from './src/lib/bounce/index.ts';
const dir = '../shared/corpus/emails/maildir/bsd/';
const counts = new Map<string, Map<string, number>>();
for (const f of readdirSync(dir).sort()) {
  const r = classify(readFileSync(dir + f));
  const sys = r.ok ? r.messages.map((m) => m.system).join(',') : 'ERR';
  const name = f.replace(/-\d+\.eml$/, '');
  if (process.argv[2] && !name.includes(process.argv[2])) continue;
  console.log(name.padEnd(24), sys, f);
}
