// Site search in a real browser: the dialog over any page (opened by the header button or "/",
// loaded on demand, keyboard-trapped, closed by Escape) and the /search/ page, both finding
// status codes in the concrete forms readers type.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settled, useSite } from './harness.mjs';

const site = useSite();
const LESSON = '/lessons/what-is-a-bounce/';

/** Result links of a list, and what each result's excerpt marks. */
const results = (scope) =>
  scope.locator('.search__result').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector(':scope > a')?.getAttribute('href'),
      marks: [...li.querySelectorAll(':scope > p mark')].map((m) => m.textContent),
      tags: [...li.querySelectorAll(':scope > p *')].map((el) => el.tagName),
      text: li.querySelector(':scope > p')?.textContent ?? '',
    })),
  );

test('the header button opens the search dialog, which loads search only then', async () => {
  const page = await site.browser.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(site.origin + LESSON, { waitUntil: 'networkidle' });
  assert.deepEqual(
    requested.filter((p) => /pagefind|search-dialog/.test(p)),
    [],
    'nothing of search loads before the dialog opens',
  );
  const button = page.getByRole('link', { name: 'Search' });
  assert.equal(await button.getAttribute('aria-haspopup'), 'dialog');
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.waitFor();
  const box = dialog.getByRole('searchbox', { name: 'Search the course' });
  assert.ok(await box.evaluate((el) => el === document.activeElement), 'focus is in the field');
  await page.waitForLoadState('networkidle');
  assert.ok(requested.includes('/pagefind/pagefind.js'), 'Pagefind loads when the dialog opens');

  await box.fill('5.1.1');
  await dialog.locator('.search__result').first().waitFor();
  const found = await results(dialog);
  assert.match(await dialog.getByRole('status').innerText(), /^\d+ pages? found for “5\.1\.1”\.$/);
  assert.ok(found.length >= 3);
  assert.ok(
    found.some((r) => r.href === '/reference/status-codes/'),
    `the status code reference is found: ${found.map((r) => r.href).join(' ')}`,
  );
  assert.ok(found[0].marks.length > 0, 'the top hit highlights what matched');
  for (const mark of found[0].marks) {
    assert.match(mark, /^\(?5\.1\.1\W*$/, `the top hit highlights "${mark}", not 5.1.1`);
  }
  for (const r of found)
    assert.ok(
      r.tags.every((t) => t === 'MARK'),
      `excerpt of ${r.href}`,
    );

  // Escape closes it and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  const returned = await settled(
    () => button.evaluate((el) => el === document.activeElement),
    (focused) => focused,
  );
  assert.ok(returned, 'focus is returned');
  await page.close();
});

test('"/" opens the dialog; Tab stays inside it; arrows and Enter follow a result', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + LESSON);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.waitFor();
  const box = dialog.getByRole('searchbox');
  await box.fill('4.2.2');
  await dialog.locator('.search__result').first().waitFor();
  const found = await results(dialog);
  assert.ok(found.some((r) => r.href === '/reference/status-codes/'));
  for (const mark of found[0].marks) assert.match(mark, /^\(?4\.2\.2\W*$/);

  // Focus is trapped: Tab and Shift+Tab never leave the dialog.
  const inside = () => page.evaluate(() => document.activeElement?.closest('dialog') !== null);
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await inside(), `Tab ${i + 1} left the dialog`);
  }
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Shift+Tab');
    assert.ok(await inside(), `Shift+Tab ${i + 1} left the dialog`);
  }

  // Arrow down from the field reaches the first result; Enter follows it.
  await box.focus();
  await page.keyboard.press('ArrowDown');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  assert.equal(first, found[0].href);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${found[0].href}`);
  assert.equal(await page.locator('dialog#search-dialog[open]').count(), 0);
  await page.close();
});

test('"/" types normally in a text field, and a click outside closes the dialog', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + '/inspector/');
  const box = page.getByLabel('Bounce message');
  await box.fill('');
  await box.press('/');
  assert.equal(await box.inputValue(), '/');
  assert.equal(await page.locator('dialog#search-dialog[open]').count(), 0);

  await page.locator('h1').click();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.waitFor();
  await page.mouse.click(5, 700); // on the backdrop
  await dialog.waitFor({ state: 'hidden' });
  await page.close();
});

test('the search page works on its own and from a ?q= link', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + '/search/?q=5.1.1');
  await page.locator('.search__result').first().waitFor();
  const found = await results(page);
  assert.ok(found.some((r) => r.href === '/reference/status-codes/'));
  for (const mark of found[0].marks) assert.match(mark, /^\(?5\.1\.1\W*$/);
  // Excerpts keep angle brackets of addresses as text, never as markup.
  const withAddress = found.find((r) => /<[^>\s]+@[^>\s]+>/.test(r.text));
  assert.ok(withAddress, 'an excerpt shows an address in angle brackets');
  for (const r of found) assert.ok(r.tags.every((t) => t === 'MARK'));

  // "/" on the search page goes to its own field.
  await page.locator('h1').click();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
  await page.locator('#search-input').fill('mailbox full');
  await page.waitForURL('**/search/?q=mailbox%20full');
  await page.locator('.search__status', { hasText: 'mailbox full' }).waitFor();
  assert.equal(await page.locator('dialog#search-dialog[open]').count(), 0);
  await page.close();
});

test('the open dialog with results has no axe violations, in both themes, at 320 px too', async () => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  for (const [colorScheme, width] of [
    ['light', 1280],
    ['dark', 320],
  ]) {
    const context = await site.browser.newContext({
      colorScheme,
      viewport: { width, height: 700 },
    });
    const page = await context.newPage();
    await page.goto(site.origin + LESSON);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await dialog.getByRole('searchbox').fill('mailbox full');
    await dialog.locator('.search__result').first().waitFor();
    const { violations } = await new AxeBuilder({ page }).include('#search-dialog').analyze();
    assert.deepEqual(
      violations.map((v) => `${colorScheme} ${width}px: ${v.id} at ${v.nodes[0]?.target}`),
      [],
    );
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width);
    await context.close();
  }
});
