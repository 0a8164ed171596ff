import { readFileSync, writeFileSync } from 'node:fs';
import { classify } from './src/lib/bounce/index.ts';
const root = '../shared/corpus/emails/';
const exp = readFileSync('../shared/corpus/expected.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const cache = new Map<string, any[]>();
const out: string[] = [];
for (const e of exp) {
  if (e.bounce === false) continue;
  let rows = cache.get(e.file);
  if (!rows) {
    const r = classify(readFileSync(root + e.file));
    rows = [];
    if (r.ok) for (const m of r.messages) for (const x of m.recipients) rows.push({ ...x, system: m.system, kind: m.kind });
    cache.set(e.file, rows);
  }
  const a = rows[e.index - 1];
  if (!a) { out.push([e.file, e.index, e.reason, 'MISSING'].join('\t')); continue; }
  const step = a.trace.filter((t: any) => !['status','reply-code','command','recipient','action','category','context'].includes(t.step) || t.detail.includes('→')).map((t: any) => t.step).join('>');
  out.push([e.file.replace('maildir/', ''), e.index, e.reason, a.reason, e.reason === a.reason ? 'ok' : 'XX', e.hardbounce === (a.category === 'hard') ? '' : 'HB', a.system, a.command ?? '-', a.status ?? '-', e.status, a.replyCode ?? '-', step, (a.evidence[0]?.rule ?? '-'), a.diagnostic.slice(0, 120).replace(/\s+/g, ' ')].join('\t'));
}
writeFileSync('/tmp/ana.tsv', out.join('\n') + '\n');
const bad = out.filter((l) => l.includes('\tXX\t') || l.includes('MISSING') || l.includes('\tHB\t'));
console.log(`rows ${out.length}, reason mismatches ${out.filter((l) => l.includes('\tXX\t') || l.includes('MISSING')).length}, hb mismatches ${out.filter((l) => l.includes('\tHB\t')).length}`);
