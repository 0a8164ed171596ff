#!/usr/bin/env node
// Runs every check in order, stops at the first failure, and ends with a summary.
// `npm test` calls this; CI calls `npm test`.
import { spawnSync } from 'node:child_process';

const steps = [
  { name: 'lint and format', script: 'test:lint' },
  { name: 'type and content check (astro check)', script: 'test:check' },
  { name: 'unit tests (vitest)', script: 'test:unit' },
  { name: 'production build', script: 'test:build' },
  { name: 'budgets', script: 'test:budget' },
  { name: 'browser tests (chromium)', script: 'test:e2e' },
];

const results = [];
let failed = false;
for (const step of steps) {
  if (failed) {
    results.push({ ...step, status: 'skipped', seconds: 0 });
    continue;
  }
  console.log(`\n▶ ${step.name}  (npm run ${step.script})\n`);
  const started = performance.now();
  const run = spawnSync('npm', ['run', '--silent', step.script], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  const ok = run.status === 0;
  results.push({ ...step, status: ok ? 'passed' : 'FAILED', seconds });
  if (!ok) failed = true;
}

const width = Math.max(...steps.map((s) => s.name.length));
console.log('\nSummary');
for (const r of results) {
  const time = r.status === 'skipped' ? '' : `${r.seconds.toFixed(1).padStart(6)} s`;
  console.log(`  ${r.status.padEnd(7)}  ${r.name.padEnd(width)}  ${time}`);
}
const passed = results.filter((r) => r.status === 'passed').length;
const total = results.reduce((sum, r) => sum + r.seconds, 0).toFixed(1);
console.log(`\nTotal time: ${total} s`);
const first = results.find((r) => r.status === 'FAILED');
if (first) {
  console.log(`npm test failed at: ${first.name}. Run \`npm run ${first.script}\` to repeat it.`);
}
console.log(`steps: ${passed} passed, ${results.length - passed} failed`);
process.exit(failed ? 1 : 0);
