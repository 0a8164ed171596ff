// "Same bounce, different verdicts": the static tables on the inspector page, and the live
// "Compare every service" disclosure under a recipient in the inspector.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { useSite } from './harness.mjs';

const site = useSite();

/** The ids of the vendor policies (the reader's editable `custom` preset is not a service). */
const POLICIES = new URL('../../content/policies/', import.meta.url);
const SERVICES = readdirSync(POLICIES)
  .filter((f) => f.endsWith('.yaml'))
  .filter((f) => !/^custom:\s*true\s*$/m.test(readFileSync(new URL(f, POLICIES), 'utf8')))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

const rowsIn = (locator) =>
  locator
    .locator('tr[data-policy]')
    .evaluateAll((rows) => rows.map((r) => r.dataset.policy).sort());

test('the inspector page shows the three disagreements and a delay, each with a row for every service', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.origin + '/inspector/');
  const section = page.locator('section.esp-demo');
  await section.getByRole('heading', { name: 'Same bounce, different verdicts' }).waitFor();

  const cases = [
    ['gmail-mailbox-full', 'mailbox-full', /Transient \/ MailboxFull/],
    ['exim-office365-access-denied', 'office365-access-denied', /Permanent/],
    ['auto-reply-out-of-office', 'auto-reply', /Transient \/ General/],
  ];
  for (const [sample, disagreement, sesTerm] of cases) {
    const example = section.locator(`[data-sample="${sample}"]`);
    assert.deepEqual(await rowsIn(example), SERVICES, `${sample}: one row per service`);
    assert.equal(await example.locator('table caption').count(), 1);
    assert.equal(await example.locator('thead th[scope="col"]').count(), 5);
    assert.equal(await example.locator('tbody th[scope="row"]').count(), SERVICES.length);
    assert.match(await example.locator('tr[data-policy="amazon-ses"]').innerText(), sesTerm);
    const note = example.locator(`[data-disagreement="${disagreement}"]`);
    assert.equal(await note.count(), 1, `${sample}: shows the ${disagreement} disagreement`);
    assert.match(await note.innerText(), /Sources disagree/);
  }

  const full = section.locator('[data-sample="gmail-mailbox-full"]');
  assert.equal(
    await full.locator('tr[data-policy="amazon-ses"]').getAttribute('data-counts'),
    'false',
  );
  assert.match(
    await full.locator('tr[data-policy="hubspot"]').innerText(),
    /reported by users.*Portal bounce/s,
  );
  const office = section.locator('[data-sample="exim-office365-access-denied"]');
  assert.match(
    await office.locator('[data-disagreement="office365-access-denied"]').innerText(),
    /SparkPost[\s\S]*block[\s\S]*Invalid Recipient[\s\S]*Spam Resource/,
  );
  assert.match(
    await section
      .locator('[data-sample="auto-reply-out-of-office"] tr[data-policy="mailchimp"]')
      .innerText(),
    /Not necessarily a soft bounce/,
  );

  // A delay: what each service does while it retries, each with its source or "not documented".
  const delay = section.locator('[data-sample="sendmail-delay-notice"]');
  assert.deepEqual(await rowsIn(delay), SERVICES);
  assert.match(await delay.locator('.esp-example__lead').innerText(), /a delay, not a bounce yet/);
  assert.match(
    await delay.locator('tr[data-policy="hubspot"]').innerText(),
    /“Pending”[\s\S]*72 hours[\s\S]*HS1/,
  );
  assert.equal(
    await delay.locator('tr[data-policy="klaviyo"]').getAttribute('data-documented'),
    'false',
  );
  await context.close();
});

test('"Compare every service" in the inspector shows SES calling a full mailbox MailboxFull', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.origin + '/inspector/?sample=gmail-mailbox-full');
  const results = page.locator('.inspector__results');
  await results.locator('[data-category="soft"][data-reason="mailboxfull"]').waitFor();

  const details = results.locator('details.esp-verdicts__details');
  assert.equal(await details.count(), 1);
  const summary = details.locator('summary');
  assert.equal(await summary.innerText(), 'Compare every service');
  assert.equal(await details.locator('table').isVisible(), false, 'closed until asked');
  await summary.click();

  const ses = details.locator('tr[data-policy="amazon-ses"]');
  await ses.waitFor();
  assert.match(await ses.innerText(), /MailboxFull/);
  assert.equal(await ses.getAttribute('data-counts'), 'false');
  assert.deepEqual(await rowsIn(details), SERVICES);
  assert.equal(await details.locator('[data-disagreement="mailbox-full"]').count(), 1);

  // Another bounce replaces the comparison: a plain unknown user has no disagreement note.
  await page.getByLabel('Bounce message').fill('550 5.1.1 <someone@example.com>: User unknown');
  await results.locator('[data-category="hard"][data-reason="userunknown"]').waitFor();
  const again = results.locator('details.esp-verdicts__details');
  if (!(await again.evaluate((d) => d.open))) await again.locator('summary').click();
  assert.match(
    await results.locator('tr[data-policy="mailchimp"]').innerText(),
    /Hard bounce[\s\S]*Cleaned/,
  );
  assert.equal(await results.locator('[data-disagreement]').count(), 0);
  await context.close();
});
