#!/usr/bin/env node
// Bundles the classifier (src/lib/bounce/index.ts) for the browser the way a widget would get it:
// minified ESM, tree-shaken, with its MIME decoding dependencies. Prints the gzip size and fails
// above the budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 40;
const entry = fileURLToPath(new URL('../../src/lib/bounce/index.ts', import.meta.url));

const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  treeShaking: true,
  write: false,
  logLevel: 'silent',
});
const code = result.outputFiles[0].contents;
const kb = gzipSync(code, { level: 9 }).length / 1024;
console.log(
  `classifier bundle: ${kb.toFixed(1)} KB gzip (${(code.length / 1024).toFixed(1)} KB minified)`,
);
if (kb > BUDGET_KB) {
  console.error(`classifier bundle is over the ${BUDGET_KB} KB gzip budget`);
  process.exit(1);
}
