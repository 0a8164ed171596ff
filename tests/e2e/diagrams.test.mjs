// The teaching diagrams: the path of a bounce (lesson 1), the anatomy of a DSN (lesson 5) and the
// status-code map (lesson 4), driven in Chromium: keyboard stepping and announcements, the variant
// switch, explanations on focus, links that land on the reference page's anchors, 320 px, print,
// axe in both themes, and the JavaScript each lesson loads.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fileFor, useSite } from './harness.mjs';

const site = useSite();

const PATH_LESSON = '/lessons/what-is-a-bounce/';
const MAP_LESSON = '/lessons/enhanced-status-codes/';
const DSN_LESSON = '/lessons/anatomy-of-a-dsn/';
const LESSONS = [PATH_LESSON, MAP_LESSON, DSN_LESSON];

/** A fresh page; reduced motion so that nothing animates between an action and a check. */
async function open(path, options = {}) {
  const context = await site.browser.newContext({ reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.origin + path);
  return { context, page, errors };
}

/** The data-state of every box and arrow of one variant's drawing. */
const states = (page, variant) =>
  page.locator(`[data-bounce-path] [data-variant="${variant}"] svg`).evaluate((svg) => ({
    nodes: Object.fromEntries(
      [...svg.querySelectorAll('[data-node]')].map((g) => [g.dataset.node, g.dataset.state]),
    ),
    edges: Object.fromEntries(
      [...svg.querySelectorAll('[data-edge]')].map((g) => [g.dataset.edge, g.dataset.state]),
    ),
  }));

test('the path of a bounce: stepping with the keyboard highlights each step and announces it', async () => {
  const { context, page, errors } = await open(PATH_LESSON);
  const figure = page.locator('[data-bounce-path]');
  await page.locator('[data-bounce-path][data-enhanced]').waitFor();
  const live = figure.locator('[aria-live="polite"]');
  assert.equal(await live.count(), 1);
  const next = figure.getByRole('button', { name: 'Next' });
  const previous = figure.getByRole('button', { name: 'Previous' });

  assert.match(await live.innerText(), /^Step 1 of 6:\s+The campaign leaves the ESP\./);
  assert.equal(await previous.getAttribute('aria-disabled'), 'true');
  assert.equal(await figure.locator('[data-variant="sync"]').isVisible(), true);
  assert.equal(await figure.locator('[data-variant="async"]').isVisible(), false);
  assert.equal(await figure.locator('.bounce-path__steps').first().isVisible(), false);
  let drawn = await states(page, 'sync');
  assert.equal(drawn.nodes.sender, 'active');
  assert.equal(drawn.edges.submit, 'active');
  assert.equal(drawn.nodes['return-path'], 'todo');

  // Reach the stepper with Tab, as a keyboard user would: the variant switch comes first.
  await figure.locator('input[type="radio"]:checked').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await next.evaluate((b) => b === document.activeElement), true);

  const heard = [await live.innerText()];
  await page.keyboard.press('ArrowRight');
  heard.push(await live.innerText());
  assert.match(heard[1], /^Step 2 of 6:\s+The SMTP conversation\./);
  drawn = await states(page, 'sync');
  assert.equal(drawn.nodes['sending-mta'], 'active');
  assert.equal(drawn.edges.smtp, 'active');
  assert.equal(drawn.nodes.sender, 'done');

  await page.keyboard.press('ArrowRight');
  heard.push(await live.innerText());
  assert.match(heard[2], /^Step 3 of 6:\s+Refused during the conversation\..*550 5\.1\.1/s);
  drawn = await states(page, 'sync');
  assert.equal(drawn.nodes['receiving-mta'], 'active');
  assert.equal(drawn.edges.refuse, 'active');

  await page.keyboard.press('Enter'); // the focused Next button
  heard.push(await live.innerText());
  assert.match(heard[3], /^Step 4 of 6:\s+The sending MTA writes the bounce\..*MAIL FROM:<>/s);
  assert.equal((await states(page, 'sync')).edges['dsn-sync'], 'active');

  await page.keyboard.press('ArrowLeft');
  assert.match(await live.innerText(), /^Step 3 of 6:/);
  await page.keyboard.press('End');
  heard.push(await live.innerText());
  assert.match(heard[4], /^Step 6 of 6:\s+Onto the suppression list\./);
  assert.equal(await next.getAttribute('aria-disabled'), 'true');
  drawn = await states(page, 'sync');
  assert.equal(drawn.nodes.suppression, 'active');
  assert.equal(drawn.edges.suppress, 'active');
  await page.keyboard.press('ArrowRight');
  assert.match(await live.innerText(), /^Step 6 of 6:/, 'the last step stays the last');
  await page.keyboard.press('Home');
  assert.match(await live.innerText(), /^Step 1 of 6:/);
  assert.equal(await previous.getAttribute('aria-disabled'), 'true');

  assert.equal(new Set(heard).size, heard.length, 'every step is announced with its own words');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the path of a bounce: switching to the asynchronous variant shows its own path', async () => {
  const { context, page, errors } = await open(PATH_LESSON);
  const figure = page.locator('[data-bounce-path]');
  await page.locator('[data-bounce-path][data-enhanced]').waitFor();
  const live = figure.locator('[aria-live="polite"]');
  await figure.getByRole('button', { name: 'Next' }).click();
  assert.match(await live.innerText(), /^Step 2 of 6:/);

  // Arrow keys on the radio buttons switch the variant, as they do in any radio group.
  await figure.getByRole('radio', { name: /Refused during the conversation/ }).focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(
    await figure.getByRole('radio', { name: /Accepted, then bounced/ }).isChecked(),
    true,
  );
  assert.match(await live.innerText(), /^Step 1 of 7:\s+The campaign leaves the ESP\./);
  assert.equal(await figure.locator('[data-variant="sync"]').isVisible(), false);
  assert.equal(await figure.locator('[data-variant="async"]').isVisible(), true);

  await figure.getByRole('button', { name: 'Next' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  assert.match(await live.innerText(), /^Step 4 of 7:\s+Delivery fails later\./);
  let drawn = await states(page, 'async');
  assert.equal(drawn.nodes.mailbox, 'active');
  assert.equal(drawn.edges.deliver, 'active');
  assert.equal(drawn.edges.accept, 'done');
  assert.equal(drawn.edges['dsn-async'], 'todo');
  assert.equal(drawn.edges.refuse, undefined, 'no refusal in this variant');
  await page.keyboard.press('ArrowRight');
  assert.match(await live.innerText(), /^Step 5 of 7:\s+The receiving side writes the bounce\./);
  drawn = await states(page, 'async');
  assert.equal(drawn.nodes['receiving-mta'], 'active');
  assert.equal(drawn.edges['dsn-async'], 'active');

  // The synchronous drawing never reaches the mailbox and has no DSN from the receiving side.
  const sync = await states(page, 'sync');
  assert.equal(sync.edges['dsn-async'], undefined);
  assert.equal(sync.edges.deliver, undefined);
  assert.equal(
    await figure.locator('[data-variant="sync"] [data-node="mailbox"]').getAttribute('data-unused'),
    'true',
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('the path of a bounce: without JavaScript, and on paper, every step of both variants is text', async () => {
  const { context, page } = await open(PATH_LESSON, { javaScriptEnabled: false });
  const figure = page.locator('[data-bounce-path]');
  for (const [variant, count] of [
    ['sync', 6],
    ['async', 7],
  ]) {
    const section = figure.locator(`[data-variant="${variant}"]`);
    assert.equal(await section.isVisible(), true);
    assert.equal(await section.locator('.bounce-path__steps > li').count(), count);
    assert.equal(await section.locator('.bounce-path__steps').isVisible(), true);
    const svg = section.locator('svg[role="img"]');
    const labelled = await svg.evaluate((el) =>
      el
        .getAttribute('aria-labelledby')
        .split(' ')
        .map((id) => document.getElementById(id)?.tagName),
    );
    assert.deepEqual(labelled, ['title', 'desc']);
  }
  assert.equal(await figure.getByRole('button').count(), 0, 'no buttons that cannot work');
  assert.equal(await figure.locator('fieldset').isVisible(), false);
  await context.close();

  const printed = await open(PATH_LESSON);
  const printFigure = printed.page.locator('[data-bounce-path]');
  await printed.page.locator('[data-bounce-path][data-enhanced]').waitFor();
  await printFigure.getByRole('button', { name: 'Next' }).click();
  await printed.page.emulateMedia({ media: 'print' });
  for (const variant of ['sync', 'async']) {
    const section = printFigure.locator(`[data-variant="${variant}"]`);
    assert.equal(await section.isVisible(), true, `${variant} printed`);
    assert.equal(await section.locator('.bounce-path__steps').isVisible(), true);
  }
  assert.equal(await printFigure.locator('.bounce-path__stepper').isVisible(), false);
  assert.equal(await printFigure.locator('fieldset').isVisible(), false);
  await printed.context.close();
});

test('the path of a bounce: every label fits inside its box', async () => {
  const { context, page } = await open(PATH_LESSON, { javaScriptEnabled: false });
  const overflows = await page.locator('[data-bounce-path] svg').evaluateAll((svgs) =>
    svgs.flatMap((svg) =>
      [...svg.querySelectorAll('[data-node]')].flatMap((g) => {
        const box = g.querySelector('rect').getBBox();
        return [...g.querySelectorAll('text')]
          .map((t) => t.getBBox())
          .filter((b) => b.x < box.x + 2 || b.x + b.width > box.x + box.width - 2)
          .map((b) => `${g.dataset.node}: ${b.width.toFixed(1)} wide in ${box.width}`);
      }),
    ),
  );
  assert.deepEqual(overflows, []);
  await context.close();
});

test('the anatomy of a DSN: focusing a field shows its explanation and links it', async () => {
  const { context, page, errors } = await open(DSN_LESSON);
  const figure = page.locator('.dsn-anatomy');

  // The outline comes from the MIME scan: the parts and the report's two kinds of field groups.
  const regions = await figure
    .locator('[data-region]')
    .evaluateAll((els) => els.map((e) => e.dataset.region));
  for (const kind of [
    'headers',
    'human',
    'delivery-status',
    'per-message',
    'per-recipient',
    'returned',
  ])
    assert.ok(regions.includes(kind), `${kind} is outlined`);
  assert.match(
    await figure.locator('[data-region="delivery-status"] > .dsn-region__label').innerText(),
    /machine-readable report \(message\/delivery-status\)/,
  );

  // From the link before the listing, Tab reaches the first explained field.
  await figure.getByRole('link', { name: /Every explanation is also listed below/ }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.note), 'top-return-path');

  const status = figure.locator('[data-region="per-recipient"] [data-note="per-recipient-status"]');
  const tip = status.locator('.dsn-field__tip');
  assert.equal(await tip.isVisible(), false);
  await status.focus();
  assert.equal(await tip.isVisible(), true);
  assert.match(await tip.innerText(), /Status\s+RFC 3464 §2\.3\.4.*enhanced status code/s);
  const describedBy = await status.getAttribute('aria-describedby');
  const note = page.locator(`[id="${describedBy}"]`);
  assert.equal(await note.count(), 1);
  assert.equal(await note.isVisible(), true, 'the explanation is also listed as text');
  assert.match(await note.innerText(), /enhanced status code.*\(RFC 3464 §2\.3\.4; RFC 3463\)/s);
  const description = await status.evaluate((el) =>
    document.getElementById(el.getAttribute('aria-describedby'))?.textContent?.trim(),
  );
  assert.match(description, /^Required\. The enhanced status code/);

  // Escape hides it without moving focus; coming back shows it again.
  await page.keyboard.press('Escape');
  assert.equal(await tip.isVisible(), false);
  assert.equal(await status.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await tip.isVisible(), true);

  // Hover works too, with CSS only.
  const reporting = figure.locator('[data-note="per-message-reporting-mta"]');
  await reporting.hover();
  assert.match(
    await reporting.locator('.dsn-field__tip').innerText(),
    /Reporting-MTA\s+RFC 3464 §2\.2\.2/,
  );
  const contentType = figure.locator('[data-region="headers"] [data-note="top-content-type"]');
  await contentType.focus();
  assert.match(await contentType.locator('.dsn-field__tip').innerText(), /report-type/);

  // No explanation points nowhere.
  const dangling = await figure
    .locator('[aria-describedby]')
    .evaluateAll(
      (els) =>
        els.filter((el) => !document.getElementById(el.getAttribute('aria-describedby'))).length,
    );
  assert.equal(dangling, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the anatomy of a DSN: without JavaScript it is all there, and hover still explains', async () => {
  const { context, page } = await open(DSN_LESSON, { javaScriptEnabled: false });
  const figure = page.locator('.dsn-anatomy');
  const notes = figure.locator('.dsn-anatomy__notes dd');
  assert.ok((await notes.count()) >= 15);
  for (const text of [
    'Reporting-MTA',
    'Final-Recipient',
    'Action',
    'Status',
    'Remote-MTA',
    'Diagnostic-Code',
  ])
    assert.equal(
      await figure.locator('.dsn-anatomy__notes dt', { hasText: text }).first().isVisible(),
      true,
    );
  const action = figure.locator('[data-note="per-recipient-action"]');
  await action.focus();
  assert.equal(await action.locator('.dsn-field__tip').isVisible(), true);
  await context.close();
});

test('the status-code map: cells and headings land on their anchors on the reference page', async () => {
  const { context, page } = await open(MAP_LESSON, { javaScriptEnabled: false });
  const map = page.locator('.status-map');
  assert.equal(await map.locator('thead th[scope="col"]').count(), 3);
  assert.equal(await map.locator('tbody th[scope="row"]').count(), 8);

  // Every link points at an id the reference page really has.
  const reference = await context.newPage();
  await reference.goto(`${site.origin}/reference/status-codes/`);
  const ids = new Set(await reference.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
  await reference.close();
  const hrefs = await map.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 30);
  for (const href of hrefs) {
    const [path, anchor] = href.split('#');
    assert.equal(path, '/reference/status-codes/');
    assert.ok(ids.has(anchor), `${href} has a target`);
  }

  const follow = async (link, anchor, text) => {
    await page.goto(site.origin + MAP_LESSON);
    await link(page.locator('.status-map')).click();
    await page.waitForURL(`**/reference/status-codes/#${anchor}`);
    const target = page.locator(`[id="${anchor}"]`);
    assert.match(await target.innerText(), text);
    const box = await target.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box && box.y >= -1 && box.y < viewport.height, `#${anchor} is scrolled into view`);
  };
  await follow(
    (m) => m.locator('a[data-code="5.1.1"]'),
    'x-1-1',
    /X\.1\.1\s+Bad destination mailbox address/,
  );
  await follow((m) => m.locator('a[data-code="4.2.2"]'), 'x-2-2', /X\.2\.2\s+Mailbox full/);
  await follow((m) => m.locator('a[data-code="5.7.515"]'), 'provider-codes', /Provider codes/);
  await follow(
    (m) => m.getByRole('link', { name: /5\.X\.X/ }),
    '5-x-x',
    /5\.X\.X\s+Permanent Failure/,
  );
  await follow(
    (m) => m.getByRole('link', { name: /X\.7\s+Security or Policy/ }),
    'x-7-x',
    /X\.7\.XXX/,
  );
  await context.close();
});

test('the three lessons have no sideways scroll at 320 px, in both themes', async () => {
  const widths = [];
  for (const colorScheme of ['light', 'dark']) {
    const context = await site.browser.newContext({
      viewport: { width: 320, height: 800 },
      colorScheme,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    for (const path of LESSONS) {
      await page.goto(site.origin + path);
      if (path === PATH_LESSON) {
        await page.locator('[data-bounce-path][data-enhanced]').waitFor();
        await page.getByRole('radio', { name: /Accepted, then bounced/ }).check();
        await page.locator('[data-bounce-path]').getByRole('button', { name: 'Next' }).click();
      }
      if (path === DSN_LESSON) {
        await page.locator('[data-note="per-recipient-diagnostic-code"]').focus();
      }
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      widths.push(`${path} ${colorScheme}: ${scroll}/${client}`);
      assert.ok(scroll <= client, `${path} (${colorScheme}) is ${scroll}px wide at 320px`);
    }
    await context.close();
  }
  console.log(`page width at 320 px: ${widths.join(', ')}`);
});

for (const theme of ['light', 'dark']) {
  test(`axe finds nothing on the three lessons in the ${theme} theme, diagrams in use`, async () => {
    const problems = [];
    for (const path of LESSONS) {
      const { context, page } = await open(path, { colorScheme: theme });
      if (path === PATH_LESSON) {
        await page.locator('[data-bounce-path][data-enhanced]').waitFor();
        await page.locator('[data-bounce-path]').getByRole('button', { name: 'Next' }).click();
      }
      if (path === DSN_LESSON) await page.locator('[data-note="per-recipient-status"]').focus();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const axe = new AxeBuilder({ page });
      // As in a11y.test.mjs: every rule in the light theme, what a theme can change in the dark one.
      if (theme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
      const { violations } = await axe.analyze();
      for (const v of violations) {
        const where = v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ');
        problems.push(`${path} [${theme}] ${v.id}: ${v.help} at ${where}`);
      }
      await context.close();
    }
    assert.deepEqual(problems, []);
  });
}

test('JavaScript: each diagram lesson loads only its own diagram script, within budget', async () => {
  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const rows = [];
  for (const path of [...LESSONS, '/lessons/hard-vs-soft-bounces/']) {
    const page = await site.browser.newPage();
    const files = new Set();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') files.add(new URL(r.url()).pathname);
    });
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !s.type || s.type === 'module')
        .map((s) => s.textContent ?? ''),
    );
    await page.close();
    const external = [...files].map((f) => readFileSync(fileFor(f), 'utf8'));
    const code = [...inline, ...external];
    const total = code.reduce((sum, c) => sum + gzip(c), 0);
    const pathScript = code.filter((c) => c.includes('[data-bounce-path]'));
    const dsnScript = code.filter((c) => c.includes('.dsn-field--explained'));
    rows.push({
      path,
      total,
      path_diagram: pathScript.reduce((s, c) => s + gzip(c), 0),
      dsn_diagram: dsnScript.reduce((s, c) => s + gzip(c), 0),
    });
    assert.equal(pathScript.length > 0, path === PATH_LESSON, `${path}: stepper script`);
    assert.equal(dsnScript.length > 0, path === DSN_LESSON, `${path}: DSN script`);
    assert.ok(total <= 60 * 1024, `${path} loads ${total} B of JavaScript (gzip)`);
  }
  console.log('\nJavaScript per lesson (gzip, whole page / of which diagram script):');
  for (const r of rows) {
    const own = r.path_diagram + r.dsn_diagram;
    console.log(`  ${r.path.padEnd(36)} ${(r.total / 1024).toFixed(1).padStart(5)} KB / ${own} B`);
  }
  const lesson1 = rows.find((r) => r.path === PATH_LESSON);
  assert.ok(lesson1.path_diagram < 2048, 'the stepper stays under 2 KB gzip');
});
