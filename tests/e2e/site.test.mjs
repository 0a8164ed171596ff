// A reader's path through the site shell, in a real browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtPages, pickSample, pool, useSite } from './harness.mjs';

const site = useSite();

const FIRST = '/lessons/what-is-a-bounce/';

test('the home page lists the lessons in order with their reading time', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + '/');
  const items = page.locator('.outline__item');
  assert.ok((await items.count()) >= 2);
  const first = page.locator('.outline__item[data-lesson="what-is-a-bounce"]');
  assert.equal(await first.locator('.outline__title').textContent(), 'What is a bounce?');
  assert.match(await first.locator('.outline__meta').innerText(), /\d+ min\s+Not read yet/);
  assert.equal(await first.locator('.outline__meta [data-icon="circle"]').count(), 1);
  assert.equal(await first.getAttribute('data-read'), 'false');
  await page.close();
});

test('a reader opens the first lesson and follows next and previous', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + '/');
  await page.getByRole('link', { name: 'What is a bounce?', exact: true }).click();
  await page.waitForURL('**' + FIRST);
  assert.equal(await page.locator('h1').textContent(), 'What is a bounce?');
  assert.equal(await page.locator('.course-nav a[aria-current="page"]').count(), 1);
  assert.ok((await page.locator('.objectives li').count()) >= 3);
  assert.ok((await page.locator('.sources li').count()) >= 3);
  assert.ok((await page.locator('.toc a').count()) >= 3);

  await page.locator('a[rel="next"]').click();
  await page.waitForURL('**/lessons/hard-vs-soft-bounces/');
  assert.equal(await page.locator('h1').textContent(), 'Hard vs soft bounces');
  await page.locator('a[rel="prev"]').click();
  await page.waitForURL('**' + FIRST);
  assert.equal(await page.locator('h1').textContent(), 'What is a bounce?');
  await page.close();
});

test('the theme follows the system, the toggle is remembered, and there is no flash', async () => {
  const context = await site.browser.newContext({ colorScheme: 'dark' });
  // Record the theme at the moment <body> is parsed, i.e. before the first paint.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        window.__themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(site.origin + FIRST);
  assert.equal(await page.evaluate(() => window.__themeAtBody), 'dark');
  const toggle = page.locator('[data-theme-toggle]');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');

  await toggle.click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.reload();
  assert.equal(await page.evaluate(() => window.__themeAtBody), 'light');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), lightBg);
  await page.goto(site.origin + '/');
  assert.equal(await page.evaluate(() => window.__themeAtBody), 'light');

  await page.locator('[data-theme-toggle]').click();
  await page.reload();
  assert.equal(await page.evaluate(() => window.__themeAtBody), 'dark');
  assert.notEqual(
    await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    lightBg,
  );
  await context.close();
});

test('finishing a lesson marks it read on the home page, across a reload', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.origin + FIRST);
  await page.locator('.pager').scrollIntoViewIfNeeded();
  await page.locator('.mark-read[data-read="true"]').waitFor();
  assert.match(await page.locator('.mark-read').innerText(), /You finished “What is a bounce\?”/);

  await page.goto(site.origin + '/');
  const item = page.locator('.outline__item[data-lesson="what-is-a-bounce"]');
  await page.locator('.outline__item[data-lesson="what-is-a-bounce"][data-read="true"]').waitFor();
  assert.match(await item.locator('.outline__meta').innerText(), /\bRead\b/);
  assert.equal(await item.locator('.outline__meta [data-icon="check"]').count(), 1);
  const coreSummary = page.locator('.outline__track[data-track="core"] .outline__summary');
  assert.match(await coreSummary.innerText(), /^1 of \d+ lessons read/);
  const unread = page.locator('.outline__item[data-lesson="hard-vs-soft-bounces"]');
  assert.equal(await unread.getAttribute('data-read'), 'false');

  await page.reload();
  await page.locator('.outline__item[data-lesson="what-is-a-bounce"][data-read="true"]').waitFor();
  await context.close();
});

test('the highlighted bounce shows 5xx and 4xx codes in different colours, in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(site.origin + FIRST);
    const colour = (text) =>
      page
        .locator('pre[data-language] span', {
          hasText: new RegExp(`^${text.replaceAll('.', '\\.')}$`),
        })
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    const permanent = await colour('550');
    const transient = await colour('452');
    const status = await colour('5.1.1');
    const plain = await page
      .locator('pre[data-language="smtp"]')
      .evaluate((el) => getComputedStyle(el).color);
    assert.notEqual(permanent, transient, `${colorScheme}: 550 and 452 share ${permanent}`);
    assert.notEqual(permanent, plain, `${colorScheme}: 550 is not highlighted`);
    assert.notEqual(transient, plain, `${colorScheme}: 452 is not highlighted`);
    assert.equal(status, permanent, `${colorScheme}: 5.1.1 should share the permanent colour`);
    await context.close();
  }
});

test('an unknown address shows the 404 page', async () => {
  const page = await site.browser.newPage();
  const response = await page.goto(site.origin + '/no-such-page/');
  assert.equal(response?.status(), 404);
  assert.equal(await page.locator('h1').textContent(), 'Page not found');
  await page.close();
});

test('every page is readable at 320 px: nothing scrolls sideways', async () => {
  const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
  const wide = [];
  const paths = [...builtPages(), '/simulator/?policy=mailchimp&outcomes=ASSSSSSSSH'];
  await pool(paths, 3, async (path) => {
    const page = await context.newPage();
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path} is ${width} px wide`);
    await page.close();
  });
  await context.close();
  assert.deepEqual(wide.sort(), []);
});

/** Text on the page that holds an emoji (outside code, sample messages and text fields). */
const emojiInText = (page) =>
  page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('pre, code, textarea, script, style')) continue;
      const emoji = /[\p{Extended_Pictographic}\uFE0F]/u.exec(node.textContent ?? '');
      if (emoji) {
        const where = node.parentElement?.outerHTML.slice(0, 80) ?? '';
        found.push(`U+${emoji[0].codePointAt(0).toString(16).toUpperCase()} in ${where}`);
      }
    }
    return found;
  });

test('no page uses an emoji as an icon: icons are SVG in the text colour', async () => {
  const context = await site.browser.newContext();
  const found = [];
  const paths = [...builtPages(), '/simulator/?policy=mailchimp&outcomes=DASH'];
  await pool(paths, 3, async (path) => {
    const page = await context.newPage();
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    found.push(...(await emojiInText(page)).map((e) => `${path}: ${e}`));
    await page.close();
  });
  // The inspector's verdict cards, for each category.
  const page = await context.newPage();
  await page.goto(site.origin + '/inspector/');
  for (const [sample, category] of [
    ['gmail-mailbox-full', 'soft'],
    ['postfix-user-unknown', 'hard'],
  ]) {
    await pickSample(page, sample);
    await page.locator(`.inspector__results [data-category="${category}"]`).waitFor();
    found.push(...(await emojiInText(page)).map((e) => `/inspector/ (${sample}): ${e}`));
  }
  const badge = page.locator('.badge--hard').first();
  const icon = badge.locator('svg.icon');
  assert.equal(await icon.getAttribute('aria-hidden'), 'true');
  assert.equal(
    await icon.evaluate((svg) => getComputedStyle(svg).stroke),
    await badge.evaluate((el) => getComputedStyle(el).color),
    'the icon is drawn in the text colour',
  );
  assert.match(await badge.innerText(), /Hard bounce/);
  await context.close();
  assert.deepEqual(found.sort(), []);
});
