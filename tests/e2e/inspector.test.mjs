// The bounce inspector in a real browser: verdicts, files, redaction, sharing, the simulator link,
// and privacy (no request ever carries what the reader pasted).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { useSite } from './harness.mjs';

const site = useSite();

const SAMPLES = new URL('../../content/samples/', import.meta.url);
/** A marker no page, file or sample contains: if any request carries it, pasted text leaked. */
const MARKER = 'zq7marker';

/** A page that records every request the browser makes, with its body. */
async function watchedPage(context) {
  const page = await context.newPage();
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));
  return { page, requests };
}

const verdicts = (page) =>
  page
    .locator('.inspector__results [data-category]')
    .evaluateAll((els) => els.map((e) => `${e.dataset.category}/${e.dataset.reason}`));

async function waitForVerdict(page, expected) {
  await page.waitForFunction(
    (want) =>
      [...document.querySelectorAll('.inspector__results [data-category]')]
        .map((e) => `${e.dataset.category}/${e.dataset.reason}`)
        .join(' ') === want,
    expected.join(' '),
    { timeout: 10_000 },
  );
  assert.deepEqual(await verdicts(page), expected);
}

test('pasting a bounce shows its verdict; a sample and a dropped file do too', async () => {
  const context = await site.browser.newContext();
  const { page, requests } = await watchedPage(context);
  await page.goto(site.origin + '/inspector/');
  const box = page.getByLabel('Bounce message');

  await box.fill(
    `550 5.1.1 <${MARKER}@example.com>: Recipient address rejected: User unknown in virtual mailbox table`,
  );
  await waitForVerdict(page, ['hard/userunknown']);
  const card = page.locator('.inspector__results [data-category="hard"]');
  assert.match(await card.innerText(), /Hard bounce/);
  assert.match(await card.innerText(), /5\.1\.1/);

  await page.getByLabel('Sample by reason').selectOption('gmail-mailbox-full');
  await waitForVerdict(page, ['soft/mailboxfull']);

  // Drop a real file onto the text area.
  const bytes = [...readFileSync(new URL('postfix-user-unknown.eml', SAMPLES))];
  const transfer = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'bounce.eml', { type: 'message/rfc822' }));
    return dt;
  }, bytes);
  await box.dispatchEvent('drop', { dataTransfer: transfer });
  await waitForVerdict(page, ['hard/userunknown']);
  assert.match(await page.locator('.inspector__status').innerText(), /Opened “bounce\.eml”/);
  assert.match(await box.inputValue(), /maria\.lopez@example\.com/);

  // Over the size limit: a clear message, and the reader's text stays.
  await box.fill(`${MARKER} keep me`);
  const huge = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(11 * 1024 * 1024)], 'huge.eml'));
    return dt;
  });
  await box.dispatchEvent('drop', { dataTransfer: huge });
  await page.getByRole('alert').filter({ hasText: 'reads up to 10 MB' }).waitFor();
  assert.equal(await box.inputValue(), `${MARKER} keep me`);

  assert.deepEqual(
    requests.filter((r) => r.url.includes(MARKER) || r.body.includes(MARKER)),
    [],
    'a request carried pasted text',
  );
  await context.close();
});

test('redact replaces identifying values and undo restores them; the share link round-trips', async () => {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page, requests } = await watchedPage(context);
  await page.goto(site.origin + '/inspector/');
  const box = page.getByLabel('Bounce message');
  const original = readFileSync(new URL('postfix-user-unknown.eml', SAMPLES), 'utf8').replace(
    'maria.lopez@example.com',
    `${MARKER}@acme-widgets.io`,
  );
  await box.fill(original);
  await waitForVerdict(page, ['hard/userunknown']);

  await page.getByRole('button', { name: 'Redact', exact: true }).click();
  const redacted = await box.inputValue();
  assert.ok(!redacted.includes(MARKER) && !redacted.includes('acme-widgets.io'));
  assert.match(redacted, /user\d+@example\.(com|net|org)/);
  await waitForVerdict(page, ['hard/userunknown']);

  await page.getByRole('button', { name: 'Undo redaction' }).click();
  assert.equal(await box.inputValue(), original);

  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link (the message is redacted first)').inputValue();
  const url = new URL(link);
  assert.equal(url.pathname, '/inspector/');
  assert.match(url.hash, /^#m=[\w-]+$/);
  assert.ok(!link.includes(MARKER));

  const other = await context.newPage();
  await other.goto(site.origin + url.pathname + url.hash);
  await waitForVerdict(other, ['hard/userunknown']);
  assert.equal(await other.getByLabel('Bounce message').inputValue(), redacted);

  assert.deepEqual(
    requests.filter(
      (r) => r.url.includes(MARKER) || r.body.includes(MARKER) || r.url.includes('#m='),
    ),
    [],
  );
  await context.close();
});

test('send to simulator appends the bounce to the shared timeline', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.origin + '/simulator/?policy=mailchimp&outcomes=DD');
  await page.locator('.timeline__campaign[data-campaign="2"]').waitFor();

  await page.goto(site.origin + '/inspector/');
  await page.getByLabel('Sample by reason').selectOption('gmail-mailbox-full');
  await waitForVerdict(page, ['soft/mailboxfull']);
  await page.getByRole('button', { name: 'Send to simulator' }).click();
  assert.match(await page.locator('.inspector__status').innerText(), /Added a soft bounce/);

  await page.goto(site.origin + '/simulator/');
  const third = page.locator('.timeline__campaign[data-campaign="3"]');
  await third.waitFor();
  assert.equal(await third.getAttribute('data-outcome'), 'soft');
  assert.match(await third.innerText(), /From the inspector: Mailbox full/);
  assert.match(page.url(), /outcomes=DDS$/);
  await context.close();
});

test('a 1 MB paste is classified in the worker; the time is printed', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + '/inspector/');
  const one = readFileSync(new URL('postfix-user-unknown.eml', SAMPLES), 'utf8');
  const copies = Math.ceil((1024 * 1024) / (one.length + 60));
  const mbox = Array.from(
    { length: copies },
    (_, i) => `From MAILER-DAEMON Sun Nov 29 09:${String(i % 60).padStart(2, '0')}:00 2026\n${one}`,
  ).join('\n');
  await page.getByLabel('Bounce message').waitFor();
  await page.evaluate((text) => {
    const input = document.querySelector('textarea');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, mbox);
  const status = page.locator('.inspector__status');
  await page.waitForFunction(
    () => /read in \d+ ms/.test(document.querySelector('.inspector__status')?.textContent ?? ''),
    null,
    {
      timeout: 30_000,
    },
  );
  const text = await status.innerText();
  assert.match(text, new RegExp(`${copies} messages, ${copies} recipients`));
  console.log(
    `inspector: ${(mbox.length / 1024 / 1024).toFixed(2)} MB paste (${copies} messages) — ${text.match(/read in \d+ ms/)[0]} in the worker`,
  );
  await page.close();
});

test("a lesson's inspector opens with its sample read at build time, and starts the worker only on a change", async () => {
  const context = await site.browser.newContext();
  const { page, requests } = await watchedPage(context);
  await page.goto(site.origin + '/lessons/anatomy-of-a-dsn/');
  const box = page.locator('#inspector-postfix-user-unknown-text');
  await box.scrollIntoViewIfNeeded();
  await waitForVerdict(page, ['hard/userunknown']);
  assert.match(await box.inputValue(), /User unknown/);
  const worker = () => requests.filter((r) => /classify-worker/.test(r.url)).length;
  assert.equal(worker(), 0, 'the sample needed no classifier code in the browser');

  await box.fill('452 4.2.2 <someone@example.net>: Mailbox full');
  await waitForVerdict(page, ['soft/mailboxfull']);
  assert.equal(worker(), 1, 'a changed text is read by the worker');
  await context.close();
});
