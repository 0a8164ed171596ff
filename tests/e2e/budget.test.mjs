// JavaScript budget: prints the gzip size of the JavaScript each built page loads in a real
// browser (after scrolling to the end, so islands that hydrate when visible count too), and fails
// when a page without islands loads any beyond the inline theme script and the small site script
// every page shares (search dialog on demand, offline worker registration), or a page loads over
// 60 KB.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { builtPages, fileFor, pool, useSite } from './harness.mjs';

/** Per-page limits in bytes of gzip; pages not listed get the default. */
const LIMITS = { default: 60 * 1024, '/inspector/': 60 * 1024, '/simulator/': 40 * 1024 };
/** The inline script that sets the theme before first paint may stay on island-free pages. */
const INLINE_THEME_LIMIT = 512;
/**
 * The site script every page loads (deferred, after first paint), with the module helper it
 * imports: it opens the search dialog (whose code loads only then) and registers the offline
 * worker. Island-free pages may load it and nothing else.
 */
const SITE_SCRIPT_LIMIT = 2 * 1024;

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const site = useSite();

test('JavaScript each page loads stays within budget', async () => {
  const rows = [];
  await pool(builtPages(), 3, async (path) => {
    const page = await site.browser.newPage();
    const scripts = new Set();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    // Scroll to the end so islands that hydrate when visible load their code too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const { inline, islands } = await page.evaluate(() => ({
      inline: [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
        .map((s) => s.textContent ?? ''),
      islands: document.querySelectorAll('astro-island, [data-interactive]').length,
    }));
    await page.close();

    let external = 0;
    for (const script of scripts) {
      const file = fileFor(script);
      assert.ok(file, `${path} loads ${script}, which is not in the build`);
      external += gzip(readFileSync(file));
    }
    const inlineBytes = inline.reduce((sum, code) => sum + gzip(code), 0);
    rows.push({
      path,
      islands,
      scripts,
      files: scripts.size,
      external,
      inlineBytes,
      total: external + inlineBytes,
    });
  });
  rows.sort((a, b) => a.path.localeCompare(b.path));

  console.log('\nJavaScript per page (gzip):');
  console.log('  page'.padEnd(44) + 'islands  files   external     inline      total');
  for (const r of rows) {
    console.log(
      `  ${r.path.padEnd(42)}${String(r.islands).padStart(7)}${String(r.files).padStart(7)}` +
        `${kb(r.external).padStart(11)}${`${r.inlineBytes} B`.padStart(11)}${kb(r.total).padStart(11)}`,
    );
  }

  // The site script: what every page loads.
  const shared = [...rows[0].scripts].filter((script) => rows.every((r) => r.scripts.has(script)));
  const sharedBytes = shared.reduce((sum, script) => sum + gzip(readFileSync(fileFor(script))), 0);
  console.log(
    `  site script on every page: ${shared.join(', ')} (${sharedBytes} B gzip, limit ${SITE_SCRIPT_LIMIT} B)`,
  );
  assert.ok(shared.length >= 1 && shared.length <= 2, `shared scripts: ${shared.join(', ')}`);
  assert.ok(sharedBytes <= SITE_SCRIPT_LIMIT, `the site script is ${sharedBytes} B gzip`);

  for (const r of rows) {
    const limit = LIMITS[r.path] ?? LIMITS.default;
    assert.ok(
      r.total <= limit,
      `${r.path} loads ${kb(r.total)} of JavaScript, over its ${kb(limit)} budget`,
    );
    if (r.islands === 0) {
      const other = [...r.scripts].filter((script) => !shared.includes(script));
      assert.deepEqual(
        other,
        [],
        `${r.path} has no interactive parts but loads script file(s) beyond the site script`,
      );
      assert.ok(
        r.inlineBytes <= INLINE_THEME_LIMIT,
        `${r.path} has no interactive parts but carries ${r.inlineBytes} B of inline script (limit ${INLINE_THEME_LIMIT} B)`,
      );
    }
  }
});
