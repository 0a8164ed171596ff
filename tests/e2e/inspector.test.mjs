// The bounce inspector in a real browser: honest verdicts (not recognised, delays, confidence,
// layout names, both meanings of a status code, a service's own label), files (several at once,
// UTF-16), samples from the address, keeping the reader's text (undo, session storage), redaction,
// share links, keyboard paths, and privacy (no request ever carries what the reader pasted).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { settled, useSite } from './harness.mjs';

const site = useSite();

const SAMPLES = new URL('../../content/samples/', import.meta.url);
const sampleText = (file) => readFileSync(new URL(file, SAMPLES), 'utf8');
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
    { timeout: 15_000 },
  );
  assert.deepEqual(await verdicts(page), expected);
}

/** Puts a (large) text into the box the way a paste does, in one input event. */
async function paste(page, text) {
  await page.getByLabel('Bounce message').waitFor();
  await page.locator('textarea:not([readonly])').waitFor();
  await page.evaluate((value) => {
    const box = document.querySelector('textarea');
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

async function openInspector(context, path = '/inspector/') {
  const { page, requests } = await watchedPage(context);
  await page.goto(site.origin + path);
  await page.locator('textarea:not([readonly])').waitFor();
  return { page, requests };
}

test('nonsense and 1 MB of random text are not recognised: no category, what was looked for, samples offered', async () => {
  const context = await site.browser.newContext();
  const { page } = await openInspector(context);
  await paste(page, 'Hello, my mailbox is full, please call me.');
  const outcome = page.locator('.inspector__results [data-outcome="unrecognised"]');
  await outcome.waitFor({ timeout: 15_000 });
  assert.equal(await page.locator('.inspector__results [data-category]').count(), 0);
  assert.match(await outcome.innerText(), /Not recognised/);
  assert.match(await outcome.innerText(), /enhanced status code/);
  assert.doesNotMatch(await outcome.innerText(), /Hard bounce|Soft bounce/);
  assert.equal(await page.getByRole('button', { name: 'Send to simulator' }).count(), 0);

  // 1 MB of random characters, with @ signs and digits that look like codes.
  await paste(page, '550 5.1.1 <someone@example.com>: User unknown');
  await waitForVerdict(page, ['hard/userunknown']);
  await page.evaluate(() => {
    let seed = 12345;
    let text = '';
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789 @.\n:<>-_ABCDEFGHIJ465';
    for (let i = 0; i < 1024 * 1024; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      text += chars[seed % chars.length];
    }
    const box = document.querySelector('textarea');
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await outcome.waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('.inspector__results [data-category]').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Send to simulator' }).count(), 0);

  // The samples it offers load at once (the first is a hard bounce, an unknown user).
  await outcome.locator('.inspector__offers button').first().click();
  await waitForVerdict(page, ['hard/userunknown']);
  await context.close();
});

test('a delay is "Delayed — not a bounce yet", names its cause and what each service does', async () => {
  const context = await site.browser.newContext();
  const { page } = await openInspector(context, '/inspector/?sample=sendmail-delay-notice');
  await waitForVerdict(page, ['none/networkerror']);
  const card = page.locator('.inspector__results article.verdict');
  assert.equal(await card.getAttribute('data-kind'), 'delay');
  assert.equal(await card.getAttribute('data-confidence'), 'high');
  const words = await card.innerText();
  assert.match(words, /Delayed — not a bounce yet/);
  assert.match(words, /Delayed: network or DNS problem for events@example\.net/);
  assert.match(words, /If the retries run out:.*soft bounce/s);
  assert.doesNotMatch(words, /Soft bounce ·|Gave up retrying/);
  assert.equal(await page.getByRole('button', { name: 'Send to simulator' }).count(), 0);

  const next = page.locator('.next-step');
  await next.getByLabel('At', { exact: true }).selectOption('hubspot');
  // The chosen service is a shared store: the card redraws with it a moment after the choice.
  const hubspot = /Pending and retried until delivered or for 72 hours/;
  assert.match(
    await settled(
      () => next.innerText(),
      (t) => hubspot.test(t),
    ),
    hubspot,
  );
  await next.locator('summary', { hasText: 'Compare every service' }).click();
  const table = next.locator('[data-delay="true"]');
  assert.equal(
    await table.locator('tr[data-policy="klaviyo"]').getAttribute('data-documented'),
    'false',
  );
  assert.match(
    await table.locator('tr[data-policy="klaviyo"]').innerText(),
    /Our sources do not document/,
  );
  assert.match(
    await table.locator('tr[data-policy="salesforce-marketing-cloud"]').innerText(),
    /every 15 minutes for 72 hours[\s\S]*SF1/,
  );

  // A lone 452 line is a temporary refusal: a soft failure, not a delay.
  await paste(page, '452 4.2.2 <someone@example.net>: Mailbox full');
  await waitForVerdict(page, ['soft/mailboxfull']);
  assert.equal(await card.getAttribute('data-kind'), 'failure');
  assert.equal(await page.getByRole('button', { name: 'Send to simulator' }).count(), 1);
  await context.close();
});

test('verdicts name the layout, give confidence in words, and both meanings of 5.1.10', async () => {
  const context = await site.browser.newContext();
  const { page } = await openInspector(context, '/inspector/?sample=office365-user-unknown');
  await waitForVerdict(page, ['hard/userunknown']);
  const card = page.locator('.inspector__results article.verdict');
  const words = await card.innerText();
  assert.match(words, /Registry \(RFC 7505[^)]*\): “Recipient address has null MX”/);
  assert.match(
    words,
    /Microsoft \(Exchange Online \/ Office 365\) uses it for: RESOLVER\.ADR\.RecipientNotFound/,
  );
  assert.match(words, /source: \[SR1\]/);
  assert.match(words, /Confidence\s+High\. The message's own report fields/);

  const layout = () => page.locator('.inspector__results [data-layout]').innerText();
  assert.equal(await layout(), 'Microsoft Exchange');
  await page
    .getByLabel('Sample by sending system')
    .selectOption({ label: 'Gmail: the account does not exist' });
  await page.waitForFunction(
    () =>
      document.querySelector('.inspector__results [data-layout]')?.textContent ===
      'Gmail / Google Workspace',
  );
  await waitForVerdict(page, ['hard/userunknown']);
  await paste(page, '550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown');
  await page.waitForFunction(
    () =>
      document.querySelector('.inspector__results [data-layout]')?.textContent ===
      'a single SMTP reply',
  );
  assert.doesNotMatch(await page.locator('.inspector__results').innerText(), /smtp-line|exim/);
  await context.close();
});

test("a sending service's JSON event shows its own label beside the classifier's, and says when they differ", async () => {
  const context = await site.browser.newContext();
  const { page } = await openInspector(context);
  await paste(
    page,
    JSON.stringify({
      RecordType: 'Bounce',
      Type: 'SoftBounce',
      TypeCode: 4096,
      Name: 'Soft bounce',
      Details: 'smtp;550 5.1.1 The email account that you tried to reach does not exist.',
      Email: 'jane.doe@example.net',
    }),
  );
  await waitForVerdict(page, ['hard/userunknown']);
  const service = page.locator('.inspector__results .verdict__service');
  assert.equal(await service.getAttribute('data-service-differs'), 'true');
  assert.match(
    await service.innerText(),
    /Postmark says: RecordType Bounce, Type SoftBounce \(TypeCode 4096\)\.\s+Bounce Lab reads it differently: the service calls it a soft bounce; .* a hard bounce/,
  );
  assert.equal(await page.locator('.inspector__results [data-layout]').innerText(), 'Postmark');
  await context.close();
});

test('files: one opens, several make a batch, a UTF-16 file is read; oversized files keep the text', async () => {
  const context = await site.browser.newContext();
  const { page, requests } = await openInspector(context);
  const box = page.getByLabel('Bounce message');
  const drop = async (files) => {
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
      return dt;
    }, files);
    await box.dispatchEvent('drop', { dataTransfer: transfer });
  };
  const bytes = (file) => [...readFileSync(new URL(file, SAMPLES))];

  await drop([{ name: 'bounce.eml', bytes: bytes('postfix-user-unknown.eml') }]);
  await waitForVerdict(page, ['hard/userunknown']);
  assert.match(
    await page.locator('.inspector__status').innerText(),
    /Opened “bounce\.eml”: 1 message, 1 recipient\./,
  );

  // A UTF-16LE file with a byte-order mark, as Windows tools save "Unicode" text.
  const line = '550 5.1.1 <jörg@example.com>: Recipient address rejected: User unknown';
  const utf16 = [
    0xff,
    0xfe,
    ...[...line].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
  ];
  await drop([{ name: 'unicode.txt', bytes: utf16 }]);
  await page.locator('.inspector__status', { hasText: 'Opened “unicode.txt”' }).waitFor();
  assert.equal(await box.inputValue(), line);
  await waitForVerdict(page, ['hard/userunknown']);

  await drop([
    { name: 'a.eml', bytes: bytes('gmail-mailbox-full.eml') },
    { name: 'b.txt', bytes: bytes('smtp-line-user-unknown.txt') },
    { name: 'c.eml', bytes: bytes('sendmail-delay-notice.eml') },
  ]);
  const batch = page.locator('.batch');
  await batch.waitFor({ timeout: 15_000 });
  assert.equal(await batch.locator('h3').innerText(), 'Batch: 3 messages');
  assert.deepEqual(await batch.locator('.batch__table tbody tr td:nth-child(2)').allInnerTexts(), [
    'a.eml',
    'b.txt',
    'c.eml',
  ]);

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
  );
  await context.close();
});

test('picking a sample keeps typed text one Undo away; the text survives the simulator and Back', async () => {
  const context = await site.browser.newContext();
  const { page } = await openInspector(context);
  const box = page.getByLabel('Bounce message');
  const mine = `550 5.1.1 <${MARKER}@example.com>: User unknown, typed by me`;
  await box.fill(mine);
  await waitForVerdict(page, ['hard/userunknown']);

  // Stepping through two samples still leaves the typed text one Undo away.
  await page
    .getByLabel('Sample by reason')
    .selectOption({ label: 'Gmail: the inbox is full and inactive (552 5.2.2)' });
  await waitForVerdict(page, ['soft/mailboxfull']);
  await page
    .getByLabel('Sample by sending system')
    .selectOption({ label: 'Postfix: the mailbox does not exist' });
  await waitForVerdict(page, ['hard/userunknown']);
  await page.getByRole('button', { name: 'Undo: put back your text' }).click();
  assert.equal(await box.inputValue(), mine);

  await page.getByRole('link', { name: 'Open the simulator' }).click();
  await page.waitForURL('**/simulator/');
  await page.goBack();
  await page.waitForURL('**/inspector/');
  await page.locator('textarea:not([readonly])').waitFor();
  await page.waitForFunction((want) => document.querySelector('textarea')?.value === want, mine);
  await waitForVerdict(page, ['hard/userunknown']);

  // Opening a sample from the address in the same tab keeps the earlier text one Undo away too.
  await page.goto(site.origin + '/inspector/?sample=gmail-mailbox-full');
  await waitForVerdict(page, ['soft/mailboxfull']);
  await page.getByRole('button', { name: 'Undo: put back your text' }).click();
  assert.equal(await box.inputValue(), mine);
  await context.close();
});

test('redacting twice then Undo gives back the original; plurals are right', async () => {
  const context = await site.browser.newContext();
  const { page, requests } = await openInspector(context);
  const box = page.getByLabel('Bounce message');
  await paste(page, `550 5.1.1 <${MARKER}@example.com>: Recipient address rejected: User unknown`);
  await waitForVerdict(page, ['hard/userunknown']);
  await page.getByRole('button', { name: 'Redact', exact: true }).click();
  await page.locator('.inspector__replaced summary', { hasText: /\(1 value\)$/ }).waitFor();

  const original = sampleText('exim-office365-access-denied.eml').concat(
    '\nX-Note: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; blocked using zen.spamhaus.org\n',
  );
  await paste(page, original);
  await waitForVerdict(page, ['hard/userunknown']);
  await page.getByRole('button', { name: 'Redact', exact: true }).click();
  await page.locator('.inspector__replaced summary', { hasText: /\(\d+ values\)$/ }).waitFor();
  const once = await box.inputValue();
  assert.notEqual(once, original);
  assert.match(once, /RESOLVER\.ADR\.RecipientNotFound; blocked using zen\.spamhaus\.org/);
  await waitForVerdict(page, ['hard/userunknown']);

  await page.getByRole('button', { name: 'Redact', exact: true }).click();
  await page.waitForFunction(() =>
    /Nothing more to redact/.test(document.querySelector('.inspector__status')?.textContent ?? ''),
  );
  assert.equal(await box.inputValue(), once);
  await page.getByRole('button', { name: 'Undo redaction' }).click();
  assert.equal(await box.inputValue(), original);
  assert.deepEqual(
    requests.filter((r) => r.url.includes(MARKER) || r.body.includes(MARKER)),
    [],
  );
  await context.close();
});

test('a share link round-trips; a 3 MB message offers its relevant part instead', async () => {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page, requests } = await openInspector(context);
  const original = sampleText('postfix-user-unknown.eml').replace(
    'maria.lopez@example.com',
    `${MARKER}@acme-widgets.io`,
  );
  await paste(page, original);
  await waitForVerdict(page, ['hard/userunknown']);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel(/^Share link/).inputValue();
  const url = new URL(link);
  assert.equal(url.pathname, '/inspector/');
  assert.match(url.hash, /^#m=[\w-]+$/);
  const other = await context.newPage();
  await other.goto(site.origin + url.pathname + url.hash);
  await waitForVerdict(other, ['hard/userunknown']);
  const opened = await other.getByLabel('Bounce message').inputValue();
  assert.ok(
    !opened.includes(MARKER) && opened.includes('@acme-widgets.io'),
    'redacted, domain kept',
  );
  await other.close();

  // About 3 MB: an attachment of random base64 in the returned message.
  await page.evaluate((text) => {
    const boundary = text.match(/boundary="([^"]+)"/)[1];
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let seed = 7;
    const lines = [];
    for (let l = 0; l < 40_000; l++) {
      let row = '';
      for (let i = 0; i < 76; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        row += alphabet[seed % 64];
      }
      lines.push(row);
    }
    const attachment = `--${boundary}\nContent-Type: application/pdf; name="catalogue.pdf"\nContent-Transfer-Encoding: base64\n\n${lines.join('\n')}\n`;
    const box = document.querySelector('textarea');
    box.value = text.replace(`--${boundary}--`, `${attachment}--${boundary}--`);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, original);
  await page.locator('[data-long-text]', { hasText: /This text is 2\.9 MB/ }).waitFor();
  await page.waitForFunction(
    () =>
      /1 message, 1 recipient/.test(
        document.querySelector('.inspector__status')?.textContent ?? '',
      ),
    null,
    { timeout: 20_000 },
  );
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const tooBig = page.locator('[data-share="too-big"]');
  await tooBig.waitFor({ timeout: 20_000 });
  assert.match(await tooBig.innerText(), /over the 32 KB a link can carry/);
  await tooBig.getByRole('button', { name: 'Share the relevant part' }).click();
  const partLink = await page
    .getByLabel(/^Share link .*relevant part/)
    .inputValue({ timeout: 20_000 });
  assert.ok(partLink.length < 50_000, `the link is ${partLink.length} characters`);
  assert.match(await page.locator('.inspector__share').innerText(), /gives the same verdict/);
  const part = new URL(partLink);
  const reader = await context.newPage();
  await reader.goto(site.origin + part.pathname + part.hash);
  await waitForVerdict(reader, ['hard/userunknown']);
  const shared = await reader.getByLabel('Bounce message').inputValue();
  assert.match(shared, /Diagnostic-Code: smtp; 550 5\.1\.1/);
  assert.doesNotMatch(shared, /catalogue\.pdf/);
  assert.deepEqual(
    requests.filter(
      (r) => r.url.includes(MARKER) || r.body.includes(MARKER) || r.url.includes('#m='),
    ),
    [],
  );
  await context.close();
});

test('keyboard: arrow keys step through samples, evidence marks are focusable and announce their rule', async () => {
  const context = await site.browser.newContext();
  const { page } = await openInspector(context);
  const picker = page.getByLabel('Sample by sending system');
  await picker.selectOption({ label: 'Postfix: the mailbox does not exist' });
  await waitForVerdict(page, ['hard/userunknown']);
  const first = await picker.inputValue();
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(
    () =>
      /Loaded the sample/.test(document.querySelector('.inspector__status')?.textContent ?? '') &&
      !document.querySelector('textarea').value.includes('maria.lopez'),
  );
  const second = await picker.inputValue();
  assert.notEqual(second, first, 'the picker moved to the next sample');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(
    (prev) => document.activeElement?.tagName === 'SELECT' && document.activeElement.value !== prev,
    second,
  );
  assert.notEqual(
    await picker.inputValue(),
    second,
    'and on again: the value is kept between picks',
  );
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction((want) => document.activeElement.value === want, second);

  const mark = page.locator('.inspector__results mark.evidence').first();
  await mark.waitFor();
  await mark.focus();
  assert.equal(await mark.evaluate((el) => el === document.activeElement), true);
  const rule = page.locator('.inspector__results .inspector__rule').first();
  assert.equal(await rule.getAttribute('role'), 'status');
  assert.match(await rule.innerText(), /^Rule that fired here: ./);
  assert.equal(
    await rule.innerText(),
    `Rule that fired here: ${await mark.getAttribute('data-rule')}`,
  );
  await context.close();
});

test('send to simulator appends the bounce to the shared timeline', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.origin + '/simulator/?policy=mailchimp&outcomes=DD');
  await page.locator('.timeline__campaign[data-campaign="2"]').waitFor();

  await page.goto(site.origin + '/inspector/?sample=gmail-mailbox-full');
  await waitForVerdict(page, ['soft/mailboxfull']);
  await page.getByRole('button', { name: 'Send to simulator' }).click();
  await page.locator('.inspector__status', { hasText: /Added a soft bounce/ }).waitFor();

  await page.goto(site.origin + '/simulator/');
  const third = page.locator('.timeline__campaign[data-campaign="3"]');
  await third.waitFor();
  assert.equal(await third.getAttribute('data-outcome'), 'soft');
  assert.match(await third.innerText(), /From the inspector: Mailbox full/);
  await page.waitForURL(/outcomes=DDS$/);
  assert.match(page.url(), /outcomes=DDS$/);
  await context.close();
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
