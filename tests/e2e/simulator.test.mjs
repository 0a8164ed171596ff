// The escalation simulator in a real browser, driven through its URL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useSite } from './harness.mjs';

const site = useSite();

async function statuses(path) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.origin + path);
  const count = new URL(path, site.origin).searchParams.get('outcomes').length;
  await page.locator(`.timeline__campaign[data-campaign="${count}"]`).waitFor();
  const result = await page
    .locator('.timeline__campaign')
    .evaluateAll((els) => els.map((e) => e.dataset.status));
  const words = await page.locator('.timeline__campaign .status-word').allInnerTexts();
  await context.close();
  return { result, words };
}

test('Mailchimp: six soft bounces stay active, the seventh is cleaned', async () => {
  const six = await statuses('/simulator/?policy=mailchimp&outcomes=SSSSSS');
  assert.deepEqual(six.result, Array(6).fill('active'));
  const seven = await statuses('/simulator/?policy=mailchimp&outcomes=SSSSSSS');
  assert.deepEqual(seven.result, [...Array(6).fill('active'), 'suppressed']);
  assert.match(seven.words.at(-1), /Cleaned/);
});

test('Mailchimp: with earlier activity, 15 soft bounces end Cleaned and 14 stay Subscribed', async () => {
  const fifteen = await statuses(`/simulator/?policy=mailchimp&outcomes=A${'S'.repeat(15)}`);
  assert.equal(
    fifteen.result.at(-2),
    'active',
    'the 14th soft bounce (campaign 15) is still active',
  );
  assert.equal(fifteen.result.at(-1), 'suppressed', 'the 15th soft bounce (campaign 16) cleans');
  assert.match(fifteen.words.at(-1), /Cleaned/);
  const fourteen = await statuses(`/simulator/?policy=mailchimp&outcomes=A${'S'.repeat(14)}`);
  assert.deepEqual(fourteen.result, Array(15).fill('active'));
  assert.match(fourteen.words.at(-1), /Subscribed/);
});

test('a hard bounce suppresses at once', async () => {
  const { result, words } = await statuses('/simulator/?policy=mailchimp&outcomes=HD');
  assert.deepEqual(result, ['suppressed', 'suppressed']);
  assert.match(words[0], /Cleaned/);
});

test('a bad outcome code gets a clear message', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + '/simulator/?policy=mailchimp&outcomes=SSX');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not be used/);
  await page.close();
});

test('compare mode runs the same timeline under every service', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + `/simulator/?policy=mailchimp&outcomes=${'S'.repeat(10)}`);
  await page.locator('.timeline__campaign[data-campaign="10"]').waitFor();
  await page.getByLabel('Compare every email service on this timeline').check();
  const removedAt = Object.fromEntries(
    await page
      .locator('table.compare tbody tr[data-policy]')
      .evaluateAll((rows) => rows.map((r) => [r.dataset.policy, r.dataset.removedAt])),
  );
  assert.equal(removedAt.mailchimp, '7');
  assert.equal(removedAt.klaviyo, '8');
  assert.equal(removedAt.brevo, '5');
  assert.equal(removedAt['campaign-monitor'], '3');
  assert.equal(removedAt['amazon-ses'], 'never');
  assert.equal(removedAt.braze, 'never');
  assert.equal(removedAt.hubspot, 'never');
  await page.close();
});

test('list mode simulates a list and draws its chart with reference lines', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + '/simulator/');
  await page.locator('.list-sim').scrollIntoViewIfNeeded();
  const result = page.locator('.list-sim__result[data-campaigns="52"]');
  await result.waitFor();
  const points = await page.locator('.chart__line.line--all').getAttribute('points');
  assert.equal(points.trim().split(/\s+/).length, 52);
  assert.equal(await page.locator('.chart__reference[data-rate="0.05"]').count(), 1);
  assert.equal(await page.locator('.chart__reference[data-rate="0.1"]').count(), 1);
  // Benchmark (printed, not asserted): the first run and five warm runs of 10,000 x 52.
  const times = [Number(await result.getAttribute('data-ms'))];
  for (let run = 0; run < 5; run++) {
    // Each run uses a new seed, so the result shows which run it belongs to (two runs can take
    // exactly as long).
    const seed = String(100 + run);
    await page.getByLabel('Seed', { exact: true }).fill(seed);
    await page.getByRole('button', { name: 'Run the simulation' }).click();
    const done = page.locator(`.list-sim__result[data-seed="${seed}"]`);
    await done.waitFor();
    times.push(Number(await done.getAttribute('data-ms')));
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  console.log(
    `list simulation in the browser, 10,000 contacts x 52 campaigns: first run ${times[0].toFixed(1)} ms, ` +
      `warm median ${warm[2].toFixed(1)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
  );

  await page.getByLabel('Contacts', { exact: true }).fill('2000');
  await page.getByLabel('Campaigns', { exact: true }).fill('20');
  await page.getByRole('button', { name: 'Run the simulation' }).click();
  await page.locator('.list-sim__result[data-campaigns="20"]').waitFor();
  await page.close();
});
