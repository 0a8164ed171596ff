// Offline and installable, in a real browser: after one visit the service worker has stored the
// course, so lessons, the inspector, the simulator and search work with the server gone; a changed
// build is offered with "A new version is ready — reload" and then shown; Chromium can install it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { chromium as playwright } from 'playwright-core';
import { DIST, chromiumOptions, launchBrowser, startServer } from './harness.mjs';

let chromium;
before(async () => {
  chromium = await launchBrowser();
});
after(async () => chromium?.close());

/** Opens `path` in a context with service workers and waits until the worker controls the page. */
async function firstVisit(origin, path = '/') {
  const context = await chromium.browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(origin + path);
  // Installed means every file of the list is in the cache (addAll is all or nothing).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
      );
    }
  });
  return { context, page };
}

const cacheNames = (page) =>
  page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('bounce-lab-')));

test('the worker is small and its cache covers the course (printed)', () => {
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const version = JSON.parse(/^const BUILD = (.*);$/m.exec(worker)?.[1] ?? 'null')?.version;
  const build = JSON.parse(readFileSync(join(DIST, 'offline-files.json'), 'utf8'));
  assert.equal(build.version, version, 'dist/sw.js carries the version of its file list');
  const gzip = gzipSync(worker, { level: 9 }).length;
  let bytes = 0;
  for (const url of build.files) {
    const file = url.endsWith('/') ? `${url}index.html` : url;
    bytes += readFileSync(join(DIST, file)).length;
  }
  console.log(
    `service worker: ${(worker.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip; ` +
      `offline cache ${build.version}: ${build.files.length} files, ${(bytes / 1048576).toFixed(2)} MB`,
  );
  assert.ok(gzip < 4096, `the worker is ${gzip} B gzip, over 4 KB`);
  for (const url of [
    '/',
    '/lessons/what-is-a-bounce/',
    '/lessons/team-playbook/',
    '/reference/',
    '/reference/status-codes/',
    '/glossary/',
    '/cheat-sheet/',
    '/inspector/',
    '/simulator/',
    '/search/',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/wasm.en.pagefind',
    '/manifest.webmanifest',
  ]) {
    assert.ok(build.files.includes(url), `${url} is stored for offline use`);
  }
  assert.ok(build.files.some((f) => /^\/pagefind\/fragment\//.test(f)));
  assert.ok(build.files.some((f) => /^\/_astro\/.*\.css$/.test(f)));
  assert.ok(build.files.some((f) => /^\/_astro\/classify-worker.*\.js$/.test(f)));
  assert.ok(!build.files.includes('/sw.js'));
  assert.ok(!build.files.includes('/offline-files.json'));
  // A page someone adds later (e.g. /practice/) is stored as soon as the build has it.
  for (const page of ['/practice/']) {
    if (readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').includes(page)) {
      assert.ok(build.files.includes(page), `${page} is stored for offline use`);
    }
  }
});

test('after one visit, the course works with the network and the server gone', async () => {
  const server = await startServer();
  const { context, page } = await firstVisit(server.origin);
  assert.equal(await page.locator('[data-update-notice]').isVisible(), false);
  assert.equal((await cacheNames(page)).length, 1);
  await context.setOffline(true);
  await server.close();

  await page.goto(server.origin + '/lessons/hard-vs-soft-bounces/');
  assert.equal(await page.locator('h1').textContent(), 'Hard vs soft bounces');
  await page.locator('pre[data-language]').first().waitFor();

  await page.goto(server.origin + '/inspector/');
  await page.getByLabel('Sample by reason').selectOption('gmail-mailbox-full');
  await page.locator('.inspector__results [data-category="soft"]').waitFor();
  await page.getByLabel('Bounce message').fill('550 5.1.1 <a@example.com>: User unknown');
  await page.locator('.inspector__results [data-category="hard"]').waitFor();

  await page.goto(server.origin + '/simulator/?policy=mailchimp&outcomes=SSSSSSS');
  await page.locator('.timeline__campaign[data-campaign="7"][data-status="suppressed"]').waitFor();
  await page.getByLabel('Story').selectOption({ index: 1 });
  await page.locator('.timeline__campaign').first().waitFor();

  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('mailbox full');
  await dialog.locator('.search__result').first().waitFor();

  await context.close();
});

test('a changed build is offered, and shown after "reload"', async () => {
  const root = mkdtempSync(join(tmpdir(), 'bounce-lab-site-'));
  cpSync(DIST, root, { recursive: true });
  const server = await startServer({ root });
  try {
    const { context, page } = await firstVisit(server.origin, '/lessons/what-is-a-bounce/');
    const [before] = await cacheNames(page);

    // A new deploy: a lesson changed, and the build's last step wrote the new list.
    const lesson = join(root, 'lessons/what-is-a-bounce/index.html');
    writeFileSync(
      lesson,
      readFileSync(lesson, 'utf8').replace(
        'What is a bounce?</h1>',
        'What is a bounce? (new)</h1>',
      ),
    );
    // (Run with the project's Node, which reads TypeScript, whatever Node runs this test.)
    const run = spawnSync('npx', ['--no-install', 'node', 'src/site/postbuild.ts', root], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const version = /offline cache ([0-9a-f]{16})/.exec(run.stdout)?.[1];
    assert.ok(version, run.stdout);
    assert.notEqual(`bounce-lab-${version}`, before);

    // The browser checks for a new worker on navigation.
    await page.reload();
    const notice = page.locator('[data-update-notice]');
    await notice.waitFor({ state: 'visible', timeout: 20_000 });
    assert.equal((await notice.innerText()).trim(), 'A new version is ready — reload');
    assert.equal(await page.locator('h1').textContent(), 'What is a bounce?', 'still the old page');

    await notice.getByRole('button', { name: 'reload' }).click();
    await page.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'What is a bounce? (new)',
      undefined,
      { timeout: 20_000 },
    );
    assert.deepEqual(await cacheNames(page), [`bounce-lab-${version}`]);
    assert.equal(await notice.isVisible(), false);
    await context.close();
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('Chromium finds the site installable', async () => {
  // Browser contexts are incognito, where nothing installs: use a real (throw-away) profile.
  const profile = mkdtempSync(join(tmpdir(), 'bounce-lab-profile-'));
  const server = await startServer();
  const context = await playwright.launchPersistentContext(profile, chromiumOptions());
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.origin + '/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    const parsed = JSON.parse(manifest.data);
    assert.equal(parsed.display, 'standalone');
    assert.equal(parsed.short_name, 'Bounce Lab');
    assert.deepEqual(
      parsed.icons.filter((i) => i.purpose === 'maskable').map((i) => i.sizes),
      ['192x192', '512x512'],
    );
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
