// "The same bounce on your service's screen" (ServiceViews on /exercises/core/): stacked sections
// without JavaScript, tabs switched with the arrow keys with it, the re-created values, 320 px and
// axe in both themes, and the JavaScript budget of the pages that show these components.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fileFor, useSite } from './harness.mjs';

const site = useSite();
const SERVICES = [
  'Mailchimp',
  'HubSpot',
  'Klaviyo',
  'Amazon SES',
  'SendGrid',
  'Mailgun',
  'Postmark',
];
const SAMPLES = ['postfix-user-unknown', 'gmail-mailbox-full', 'sendgrid-event-blocked'];

const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('without JavaScript every service is a section of its own, stacked', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.origin + '/exercises/core/');
  for (const sample of SAMPLES) {
    const root = page.locator(`#sv-${sample}`);
    assert.equal(await root.locator('[role="tablist"]').count(), 0);
    const headings = await root.locator('.service-view__name').allInnerTexts();
    assert.deepEqual(headings, SERVICES, `${sample}: one heading per service`);
    for (const section of await root.locator('.service-view').all()) {
      assert.equal(await section.isVisible(), true);
    }
  }
  const ses = await page.locator('#sv-postfix-user-unknown-amazon-ses').innerText();
  assert.match(ses, /"bounceType": "Permanent"/);
  assert.match(ses, /"bounceSubType": "General"/);
  assert.match(ses, /"diagnosticCode": "smtp; 550 5\.1\.1 <maria\.lopez@example\.com>/);
  assert.equal(
    await page
      .locator('#sv-postfix-user-unknown-amazon-ses .service-view__inspector a')
      .first()
      .getAttribute('href'),
    '/inspector/?sample=amazonses-event-bounce',
  );
  await context.close();
});

test('with JavaScript the services are tabs: arrow keys, Home and End switch them', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.origin + '/exercises/core/');
  const root = page.locator('#sv-postfix-user-unknown');
  const tabs = root.getByRole('tab');
  assert.deepEqual(await tabs.allInnerTexts(), SERVICES);
  const selected = () => root.locator('[role="tab"][aria-selected="true"]').innerText();
  const visible = async () => (await root.locator('[role="tabpanel"]:not([hidden])').all()).length;
  assert.equal(await selected(), 'Mailchimp');
  assert.equal(await visible(), 1);
  assert.equal(await root.locator('[role="tab"][tabindex="0"]').count(), 1);

  // Reach the tablist with Tab: the selected tab is the only stop in it.
  await root.locator('.service-views__lead a').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Mailchimp');

  const steps = [
    ['ArrowRight', 'HubSpot'],
    ['ArrowRight', 'Klaviyo'],
    ['End', 'Postmark'],
    ['ArrowRight', 'Mailchimp'],
    ['ArrowLeft', 'Postmark'],
    ['Home', 'Mailchimp'],
    ['ArrowLeft', 'Postmark'],
    ['ArrowLeft', 'Mailgun'],
  ];
  for (const [key, service] of steps) {
    await page.keyboard.press(key);
    assert.equal(await selected(), service, `${key} → ${service}`);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), service);
    assert.equal(await visible(), 1);
    const panel = root.locator('[role="tabpanel"]:not([hidden])');
    const labelledBy = await panel.getAttribute('aria-labelledby');
    assert.equal(
      await page.locator(`[id="${labelledBy}"]`).innerText(),
      service,
      'the panel is labelled by its tab',
    );
  }
  // Mailgun's view of the unknown address.
  const mailgun = await root.locator('[role="tabpanel"]:not([hidden])').innerText();
  assert.match(mailgun, /"severity": "permanent"/);
  assert.match(mailgun, /What Mailgun does: Mailgun stops after one hard bounce/);

  // Tab moves from the tab into its panel, not along the other tabs.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'tabpanel');

  // The other instances on the page have tablists of their own.
  assert.equal(await page.locator('[role="tablist"]').count(), 3);
  const blocked = page.locator('#sv-sendgrid-event-blocked');
  await blocked.getByRole('tab', { name: 'SendGrid' }).click();
  const row = await blocked.locator('#sv-sendgrid-event-blocked-sendgrid tbody tr').innerText();
  assert.match(row, /bounce\s+blocked\s+b\.novak@example\.net\s+5\.7\.1/);
  assert.match(
    await blocked.locator('#sv-sendgrid-event-blocked-sendgrid').innerText(),
    /Paste this event into the inspector/,
  );
  await context.close();
});

test("Mailchimp's Bounce Reason opens with the keyboard and shows the server's reply", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.origin + '/exercises/core/');
  const panel = page.locator('#sv-postfix-user-unknown-mailchimp');
  const summary = panel.locator('summary', { hasText: 'Bounce Reason' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const reply = panel.locator('.service-view__reveal code');
  assert.equal(await reply.isVisible(), true);
  assert.match(await reply.innerText(), /^550 5\.1\.1 <maria\.lopez@example\.com>/);
  assert.equal(await panel.locator('tbody td').nth(1).innerText(), 'Hard bounce');
  await context.close();
});

/** The page with the tab script taken out: the stacked layout a reader without JavaScript gets. */
async function withoutTabScript(page, path) {
  const html = await (await fetch(site.origin + path)).text();
  const stripped = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (tag, code) =>
    code.includes('.service-view') ? '' : tag,
  );
  assert.notEqual(stripped, html, 'the tab script is inline on the page');
  await page.route(site.origin + path, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: stripped }),
  );
}

for (const theme of ['light', 'dark']) {
  test(`every tab at 320 px and under axe in the ${theme} theme`, async () => {
    const problems = [];
    for (const tabs of [true, false]) {
      const context = await site.browser.newContext({
        colorScheme: theme,
        viewport: { width: 320, height: 640 },
      });
      try {
        const page = await context.newPage();
        if (!tabs) await withoutTabScript(page, '/exercises/ops/');
        await page.goto(site.origin + '/exercises/ops/');
        const scan = async (where) => {
          assert.equal(await overflow(page), 0, `${where}: no sideways scroll`);
          const axe = new AxeBuilder({ page }).include('.exercise-screens');
          if (theme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
          const { violations } = await axe.analyze();
          for (const v of violations) {
            problems.push(
              `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
            );
          }
        };
        if (!tabs) {
          assert.equal(await page.locator('[role="tablist"]').count(), 0);
          await scan('stacked');
        } else {
          for (const [i, service] of SERVICES.entries()) {
            for (const sample of SAMPLES) {
              await page.locator(`#sv-${sample}`).getByRole('tab').nth(i).click();
            }
            await scan(service);
          }
        }
      } finally {
        await context.close();
      }
    }
    assert.deepEqual(problems, [], theme);
  });
}

test('JavaScript budget: the exercise pages stay under 60 KB; other pages load none of this code', async () => {
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const own = new Set();
  for (const path of ['/exercises/core/', '/exercises/ops/']) {
    const page = await site.browser.newPage();
    const scripts = new Set();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
    );
    let total = inline.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
    for (const script of scripts) {
      total += gz(fileFor(script));
      if (/\/(Triage|triage)/.test(script)) own.add(script);
    }
    console.log(
      `  ${path}: ${(total / 1024).toFixed(1)} KB of JavaScript (gzip), ${scripts.size} files`,
    );
    assert.ok(total <= 60 * 1024, `${path} loads ${total} bytes of JavaScript`);
    assert.ok(
      inline.some((code) => code.includes('.service-view')),
      `${path} carries the tab script`,
    );
    await page.close();
  }
  assert.ok(own.size >= 2, 'the exercise islands are files of their own');
  for (const path of [
    '/',
    '/inspector/',
    '/simulator/',
    '/glossary/',
    '/lessons/what-is-a-bounce/',
  ]) {
    const page = await site.browser.newPage();
    const scripts = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) {
      await page.close();
      continue;
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const html = await page.content();
    assert.deepEqual(
      scripts.filter((s) => own.has(s)),
      [],
      `${path} loads the triage exercise's code`,
    );
    assert.equal(html.includes('.service-view'), false, `${path} carries the tab script`);
    await page.close();
  }
});
