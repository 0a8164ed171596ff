// The "Hard or soft?" drill in a real browser: a whole seeded round with keys and buttons, the
// verdicts against samples.yaml, the score, mastery kept across a reload, the same round for the
// same seed, the reason question, bad links and data, 320 px and axe in both themes.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { builtPages, fileFor, useSite } from './harness.mjs';

const site = useSite();
const KEYS = { hard: 'h', soft: 's', none: 'n' };
const OTHER = { hard: 'soft', soft: 'none', none: 'hard' };

const samples = parse(
  readFileSync(new URL('../../content/samples/samples.yaml', import.meta.url), 'utf8'),
);
/** What samples.yaml says of message `index` of a sample: its category and reason. */
function expected(sampleId, index) {
  const sample = samples.find((s) => s.id === sampleId);
  assert.ok(sample, `the page shows sample ${sampleId}, which samples.yaml does not list`);
  const verdicts = Array.isArray(sample.expected) ? sample.expected : [sample.expected];
  const first = verdicts[index]?.recipients[0];
  return { category: first?.category ?? 'none', reason: first?.reason };
}

async function openRound(page, path) {
  await page.goto(site.origin + path);
  await page.locator('.practice-round__heading', { hasText: 'Message 1 of' }).waitFor();
}

/** The item on screen: its id and what samples.yaml expects of it. */
async function currentItem(page) {
  const item = page.locator('.practice-item');
  const sample = await item.getAttribute('data-sample');
  const message = Number(await item.getAttribute('data-message'));
  return { id: await item.getAttribute('data-item'), sample, ...expected(sample, message) };
}

/** Answers every message of the round with `choose(item, n)`; returns the item ids in order. */
async function playRound(page, choose, { useKeys = (n) => n % 2 === 0 } = {}) {
  const ids = [];
  for (let n = 0; n < 10; n++) {
    await page.locator('.practice-round__heading', { hasText: `Message ${n + 1} of 10` }).waitFor();
    const item = await currentItem(page);
    ids.push(item.id);
    const answer = choose(item, n);
    if (useKeys(n)) await page.keyboard.press(KEYS[answer]);
    else await page.locator(`[data-answer="${answer}"]`).click();
    const feedback = page.locator('.practice-feedback[data-verdict]');
    await feedback.waitFor();
    assert.equal(
      await feedback.getAttribute('data-verdict'),
      item.category,
      `${item.id}: the classifier's category matches samples.yaml`,
    );
    assert.equal(await feedback.getAttribute('data-correct'), String(answer === item.category));
    if (useKeys(n)) await page.keyboard.press('Enter');
    else await page.locator('[data-next]').click();
  }
  return ids;
}

test('a whole seeded round with keys and buttons, its score, and mastery kept after a reload', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openRound(page, '/practice/?seed=e2e-round');

  // The first message: focus is on its heading, no evidence is shown before the answer.
  assert.equal(
    await page.evaluate(() =>
      document.activeElement?.classList.contains('practice-round__heading'),
    ),
    true,
  );
  assert.equal(await page.locator('.practice-item mark').count(), 0);

  const first = await currentItem(page);
  await page.keyboard.press(KEYS[first.category]);
  await page.locator('.practice-feedback').waitFor();
  // After the answer: focus on the feedback, the result announced, the evidence marked.
  assert.equal(
    await page.evaluate(() =>
      document.activeElement?.classList.contains('practice-feedback__heading'),
    ),
    true,
  );
  assert.match(await page.locator('.practice-live').innerText(), /^Right/);
  if (first.category !== 'none') {
    const mark = page.locator('.practice-item mark.evidence').first();
    assert.equal(await mark.getAttribute('tabindex'), '0');
    assert.match(await mark.innerText(), /evidence: rule \S+/);
  }
  const link = page.locator('.practice-feedback__why a');
  assert.match(await link.getAttribute('href'), /^\/reference\/reasons\/#[a-z]+$/);
  await page.keyboard.press('Enter');

  // The other nine: right for messages 2–7, wrong for 8–10; keys and buttons in turn.
  const rest = [];
  for (let n = 1; n < 10; n++) {
    await page.locator('.practice-round__heading', { hasText: `Message ${n + 1} of 10` }).waitFor();
    assert.equal(
      await page.evaluate(() =>
        document.activeElement?.classList.contains('practice-round__heading'),
      ),
      true,
      'focus moves to the next message',
    );
    const item = await currentItem(page);
    rest.push(item.id);
    const answer = n < 7 ? item.category : OTHER[item.category];
    if (n % 2 === 0) await page.keyboard.press(KEYS[answer]);
    else await page.locator(`[data-answer="${answer}"]`).click();
    const feedback = page.locator('.practice-feedback[data-verdict]');
    await feedback.waitFor();
    assert.equal(await feedback.getAttribute('data-verdict'), item.category, item.id);
    if (n % 2 === 0) await page.keyboard.press('Enter');
    else await page.locator('[data-next]').click();
  }

  const end = page.locator('[data-score]');
  await end.waitFor();
  assert.equal(await end.getAttribute('data-score'), '7/10');
  const card = await page.locator('#practice-card').inputValue();
  assert.match(card, /Hard or soft\? 7\/10/);
  assert.match(card, /Team challenge, round “e2e-round”/);
  assert.match(card, /\/practice\/\?seed=e2e-round$/);
  assert.equal((card.match(/✗/g) ?? []).length, 3);

  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('bounce-lab:practice')));
  const seen = Object.values(stored.topics).reduce((sum, t) => sum + t.core.seen, 0);
  assert.equal(seen, 10);

  await page.reload();
  const core = page.locator('.mastery [data-track="core"]');
  await core.waitFor();
  assert.match(await core.innerText(), /^7 of 10 \(70%\) right/);
  assert.ok((await page.locator('.mastery-row').count()) >= 3);
  assert.ok((await page.locator('.mastery-weakest li').count()) >= 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same seed gives the same round in a fresh browser context; another seed another', async () => {
  const rounds = [];
  for (const seed of ['same-seed', 'same-seed', 'other-seed']) {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await openRound(page, `/practice/?seed=${seed}`);
    rounds.push(await playRound(page, (item) => item.category));
    assert.equal(await page.locator('[data-score]').getAttribute('data-score'), '10/10');
    await context.close();
  }
  assert.deepEqual(rounds[1], rounds[0]);
  assert.notDeepEqual(rounds[2], rounds[0]);
  assert.equal(new Set(rounds[0]).size, 10);
});

test('reasons answered wrong come back in the next practice round', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await openRound(page, '/practice/?seed=comes-back');
  const missed = new Set();
  await playRound(page, (item) => {
    missed.add(item.reason ?? 'not-bounce');
    return OTHER[item.category];
  });
  assert.equal(await page.locator('[data-score]').getAttribute('data-score'), '0/10');
  for (const topic of missed) {
    assert.match(
      await page.locator(`.mastery-row[data-topic="${topic}"]`).innerText(),
      /Comes back next round/,
    );
  }

  await page.getByRole('button', { name: 'Play another round' }).click();
  await page.waitForURL((url) => url.search === '');
  assert.equal(new URL(page.url()).search, '', 'the practice round leaves the challenge link');
  const again = [];
  await page.locator('.practice-round__heading', { hasText: 'Message 1 of 10' }).waitFor();
  assert.match(await page.locator('.practice-round__meta').innerText(), /Practice round/);
  await playRound(page, (item) => {
    again.push(item.reason ?? 'not-bounce');
    return item.category;
  });
  const back = again.filter((topic) => missed.has(topic)).length;
  assert.ok(
    back >= Math.min(6, missed.size),
    `${back} of the next round's messages practise the ${missed.size} reasons missed`,
  );
  await context.close();
});

test('the ops track asks the reason: keys 1–4 answer it, Escape skips it', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await openRound(page, '/practice/?seed=ops-track');
  await page.getByLabel('Also name the reason (ops track)').check();
  let asked = 0;
  for (let n = 0; n < 10; n++) {
    await page.locator('.practice-round__heading', { hasText: `Message ${n + 1} of 10` }).waitFor();
    const item = await currentItem(page);
    await page.keyboard.press(KEYS[item.category]);
    const reasons = page.locator('.practice-reason');
    await page.locator('.practice-reason, .practice-feedback').first().waitFor();
    let named = '';
    if ((await reasons.count()) > 0) {
      asked++;
      const options = await reasons.evaluateAll((els) => els.map((e) => e.dataset.reason));
      assert.equal(options.length, 4);
      assert.ok(options.includes(item.reason), `${item.id}: ${item.reason} is offered`);
      // Focus is on the first reason.
      await page.waitForFunction(
        (first) => document.activeElement?.getAttribute('data-reason') === first,
        options[0],
        { timeout: 2000 },
      );
      named = asked === 2 ? 'skipped' : 'right';
      if (named === 'skipped') await page.keyboard.press('Escape');
      else await page.keyboard.press(String(options.indexOf(item.reason) + 1));
    }
    const feedback = page.locator('.practice-feedback');
    await feedback.waitFor();
    if (named === 'right') assert.match(await feedback.innerText(), /Your reason[\s\S]*— right/);
    if (named === 'skipped') assert.doesNotMatch(await feedback.innerText(), /Your reason/);
    await page.keyboard.press('Enter');
  }
  await page.locator('[data-score]').waitFor();
  assert.ok(asked >= 5, `the reason was asked ${asked} times`);
  assert.match(await page.locator('.practice-end').innerText(), /Reasons named right: \d+ of \d+/);
  const ops = await page.locator('.mastery [data-track="ops"]').innerText();
  assert.match(ops, new RegExp(`^${asked - 1} of ${asked - 1} \\(100%\\) right`));
  await context.close();
});

test('a bad seed, damaged storage and a failed download each get a clear message', async () => {
  const context = await site.browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        'bounce-lab:practice',
        '{"topics":{"mailboxfull":{"box":"x"}},"round":-1',
      );
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  await openRound(page, '/practice/?seed=%3Cscript%3E');
  assert.match(await page.locator('.practice-notice').innerText(), /letters, digits and dashes/);
  assert.match(await page.locator('.mastery').innerText(), /Answer a few messages/);

  await page.route('**/practice/data/**', (route) => route.abort());
  await page.reload();
  const alert = page.locator('.practice-error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not be loaded/);
  await page.unroute('**/practice/data/**');
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.practice-round__heading', { hasText: 'Message 1 of 10' }).waitFor();
  await context.close();
});

test('at 320 px nothing scrolls sideways: messages, rows, feedback, the whole message, the end', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await site.browser.newContext({
      viewport: { width: 320, height: 700 },
      colorScheme,
    });
    const page = await context.newPage();
    await openRound(page, '/practice/?seed=narrow');
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    const formats = new Set();
    for (let n = 0; n < 10; n++) {
      await page
        .locator('.practice-round__heading', { hasText: `Message ${n + 1} of 10` })
        .waitFor();
      formats.add(await page.locator('.practice-item').getAttribute('data-format'));
      assert.equal(await overflow(), 0, `message ${n + 1} (${colorScheme})`);
      await page.keyboard.press('s');
      await page.locator('.practice-feedback').waitFor();
      const toggle = page.locator('.practice-item__toggle');
      if ((await toggle.count()) > 0) {
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      }
      assert.equal(await overflow(), 0, `feedback ${n + 1} (${colorScheme})`);
      await page.locator('[data-next]').click();
    }
    await page.locator('[data-score]').waitFor();
    assert.equal(await overflow(), 0, `the end of the round (${colorScheme})`);
    assert.ok(formats.size >= 2, `the round shows several formats: ${[...formats]}`);
    await context.close();
  }
});

test('axe finds nothing in the question, the feedback and the end, in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await openRound(page, '/practice/?seed=axe-check');
    const problems = [];
    const scan = async (state) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations) {
        problems.push(
          `${state} [${colorScheme}] ${v.id}: ${v.help} at ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
        );
      }
    };
    await scan('question');
    await page.getByLabel('Also name the reason (ops track)').check();
    for (let n = 0; n < 10; n++) {
      await page
        .locator('.practice-round__heading', { hasText: `Message ${n + 1} of 10` })
        .waitFor();
      await page.keyboard.press('h');
      if (n === 0) {
        await page.locator('.practice-reason').first().waitFor();
        await scan('reason');
      }
      if ((await page.locator('.practice-reason').count()) > 0) await page.keyboard.press('1');
      await page.locator('.practice-feedback').waitFor();
      if (n < 3) {
        // The feedback fades in: scan its colours once the animation has run.
        await page
          .locator('.practice-feedback')
          .evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
        const toggle = page.locator('.practice-item__toggle');
        if ((await toggle.count()) > 0) await toggle.click();
        await scan(`feedback ${n + 1}`);
      }
      await page.locator('[data-next]').click();
    }
    await page.locator('[data-score]').waitFor();
    await page.getByRole('button', { name: 'Reset my practice record' }).click();
    await scan('end, reset confirmation');
    console.log(`axe on /practice/ (${colorScheme}): ${problems.length} violations`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('budget: only /practice/ loads the drill, and its JavaScript and data stay small', async () => {
  // No other built page refers to the drill's islands.
  for (const path of builtPages()) {
    if (path === '/practice/') continue;
    const html = readFileSync(fileFor(path), 'utf8');
    assert.doesNotMatch(html, /PracticeDrill|MasterySummary/, `${path} loads the drill`);
  }

  const page = await site.browser.newPage();
  const scripts = new Set();
  const data = new Set();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === 'script') scripts.add(pathname);
    if (pathname.startsWith('/practice/data/')) data.add(pathname);
  });
  await page.goto(site.origin + '/practice/?seed=budget', { waitUntil: 'networkidle' });
  await page.locator('.practice-round__heading').waitFor();
  const gz = (file) => gzipSync(readFileSync(fileFor(file)), { level: 9 }).length;
  const js = [...scripts].reduce((sum, s) => sum + gz(s), 0);
  const round = [...data].reduce((sum, s) => sum + gz(s), 0);
  const html = gz('/practice/');
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `/practice/ (gzip): JavaScript ${kb(js)} in ${scripts.size} files; page HTML with the pool index ${kb(html)}; ` +
      `one round's data ${kb(round)} in ${data.size} files`,
  );
  assert.ok(js <= 40 * 1024, `the drill loads ${kb(js)} of JavaScript`);
  assert.ok(data.size <= 10, 'a round fetches at most one file per message');
  await page.close();
});
