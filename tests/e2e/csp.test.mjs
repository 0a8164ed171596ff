// Content-Security-Policy: every built page carries a strict policy that covers each of its inline
// scripts and styles, and a real browser loads every page and uses every widget under it (sent
// as a header too, as a static host reading _headers would) without a single violation.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, builtPages, fileFor, pool, readHeadersFile, useSite } from './harness.mjs';

const site = useSite({ headers: true });

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The directives of a policy string, by name. */
function directives(policy) {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

test('every page has a strict policy that names each of its inline scripts and styles', () => {
  const headersFor = readHeadersFile(join(DIST, '_headers'));
  const problems = [];
  for (const path of builtPages()) {
    const html = readFileSync(fileFor(path), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
    if (!meta) {
      problems.push(`${path}: no Content-Security-Policy <meta>`);
      continue;
    }
    const policy = directives(meta[1]);
    const script = policy.get('script-src') ?? [];
    assert.ok(script.includes("'self'"), `${path}: script-src lacks 'self'`);
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:']) {
      if (script.includes(unsafe)) problems.push(`${path}: script-src allows ${unsafe}`);
    }
    for (const [name, value] of [
      ['default-src', "'self'"],
      ['connect-src', "'self'"],
      ['worker-src', "'self'"],
      ['manifest-src', "'self'"],
      ['object-src', "'none'"],
      ['base-uri', "'none'"],
      ['form-action', "'self'"],
    ]) {
      if ((policy.get(name) ?? []).join(' ') !== value) {
        problems.push(`${path}: ${name} is "${policy.get(name)?.join(' ')}", not ${value}`);
      }
    }
    if ((policy.get('style-src') ?? []).includes("'unsafe-inline'")) {
      problems.push(`${path}: style-src allows every inline <style>`);
    }
    for (const [, attrs, code] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attrs) || /type="application\/(?:ld\+)?json"/.test(attrs)) continue;
      if (!script.includes(sha256(code))) {
        problems.push(`${path}: inline script "${code.slice(0, 40)}…" is not in script-src`);
      }
    }
    for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      if (!(policy.get('style-src') ?? []).includes(sha256(css))) {
        problems.push(`${path}: inline style "${css.slice(0, 40)}…" is not in style-src`);
      }
    }
    const header = headersFor(path)['Content-Security-Policy'];
    const expected = [...meta[1].split(';').map((d) => d.trim()), "frame-ancestors 'none'"]
      .filter(Boolean)
      .join('; ');
    if (header !== expected) {
      problems.push(`${path}: _headers sends "${header?.slice(0, 60)}…", not the page's policy`);
    }
  }
  assert.deepEqual(problems, []);
});

/** A context that records CSP violations and console errors on every page it opens. */
async function watchedContext(options = {}) {
  // With the offline worker: its registration is checked by the policy too.
  const context = await site.browser.newContext({ serviceWorkers: 'allow', ...options });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const errors = [];
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  });
  const violations = async (page) => [
    ...(await page.evaluate(() => window.__violations)).map((v) => `${page.url()}: ${v}`),
  ];
  return { context, errors, violations };
}

test('every page loads in the light theme without a CSP violation or console error', async () => {
  const { context, errors, violations } = await watchedContext({ colorScheme: 'light' });
  const found = [];
  await pool(builtPages(), 3, async (path) => {
    const page = await context.newPage();
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    found.push(...(await violations(page)));
    await page.close();
  });
  await context.close();
  // The 404 page is loaded with status 404 on purpose; the browser logs that as an error.
  assert.deepEqual(found, []);
  assert.deepEqual(
    errors.filter((e) => !/\/404\.html: Failed to load resource: .* 404/.test(e)),
    [],
  );
});

test('the inspector, the simulators and search work under the policy', async () => {
  const { context, errors, violations } = await watchedContext();
  const page = await context.newPage();

  // Inspector: a sample, then pasted text, classified in the worker.
  await page.goto(site.origin + '/inspector/');
  await page.getByLabel('Sample by reason').selectOption('gmail-mailbox-full');
  await page.locator('.inspector__results [data-category="soft"]').waitFor();
  await page.getByLabel('Bounce message').fill('550 5.1.1 <a@example.com>: User unknown');
  await page.locator('.inspector__results [data-category="hard"]').waitFor();
  const found = await violations(page);

  // Simulator: a story preset, then the list simulation.
  await page.goto(site.origin + '/simulator/');
  await page.getByLabel('Story').selectOption({ index: 1 });
  await page.locator('.timeline__campaign').first().waitFor();
  await page.locator('.list-sim').scrollIntoViewIfNeeded();
  await page.locator('.list-sim__result[data-campaigns]').waitFor(); // hydrated, first run drawn
  await page.getByLabel('Seed', { exact: true }).fill('4242');
  await page.getByRole('button', { name: 'Run the simulation' }).click();
  await page.locator('.list-sim__result[data-seed="4242"] svg').first().waitFor();
  found.push(...(await violations(page)));

  // Search: the dialog over a lesson, and the search page.
  await page.goto(site.origin + '/lessons/what-is-a-bounce/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('mailbox full');
  await dialog.locator('.search__result').first().waitFor();
  found.push(...(await violations(page)));
  await page.goto(site.origin + '/search/?q=5.1.1');
  await page.locator('.search__result').first().waitFor();
  found.push(...(await violations(page)));

  // The watch works and the policy bites: an injected inline script is blocked and reported.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    await new Promise((done) => setTimeout(done, 100));
    return window.__injected === true;
  });
  assert.equal(ran, false);
  // Reported once per policy: the <meta> and the header each enforce.
  assert.deepEqual(await violations(page), [
    `${page.url()}: script-src-elem blocked inline`,
    `${page.url()}: script-src-elem blocked inline`,
  ]);

  await context.close();
  assert.deepEqual(found, []);
  assert.deepEqual(
    errors.filter((e) => !/Content Security Policy/.test(e)),
    [],
  );
});
