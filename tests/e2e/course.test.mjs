// The course as a reader uses it: two tracks with progress, examples computed by the classifier,
// quizzes, a damaged progress store, the triage tree without JavaScript, search.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settled, useSite } from './harness.mjs';

const site = useSite();

test("a lesson's example shows the classifier's verdict", async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + '/lessons/hard-vs-soft-bounces/');
  const example = page.locator('.bounce-example[data-sample="gmail-mailbox-full"]');
  const card = example.locator('[data-category]');
  assert.equal(await card.getAttribute('data-category'), 'soft');
  assert.equal(await card.getAttribute('data-reason'), 'mailboxfull');
  assert.match(await card.innerText(), /Soft bounce/);
  assert.ok((await example.locator('mark.evidence, .evidence').count()) >= 1, 'evidence is marked');
  await page.close();
});

test('the home page shows both tracks, their reading time, and the triage tree', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + '/');
  const tracks = page.locator('.outline__track');
  assert.deepEqual(await tracks.evaluateAll((ts) => ts.map((t) => t.dataset.track)), [
    'core',
    'ops',
  ]);
  const core = page.locator('.outline__track[data-track="core"]');
  const coreLessons = await core.locator('.outline__item').count();
  assert.equal(coreLessons, 5);
  const minutes = Number(
    /about (\d+) minutes/.exec(await core.locator('.outline__summary').innerText())?.[1],
  );
  assert.ok(minutes > 0 && minutes <= 30, `the core track takes ${minutes} minutes`);
  const start = page.getByRole('link', { name: /Start the core track/ });
  assert.equal(await start.getAttribute('href'), '/lessons/what-is-a-bounce/');
  await page.getByRole('link', { name: /Triage it/ }).click();
  await page.waitForURL('**/triage/');
  await page.close();
});

test('a quiz is answered in the page, remembered after a reload, and moves progress in its track', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.origin + '/lessons/what-is-a-bounce/');
  const quiz = page.locator('.quiz[data-quiz="what-is-a-bounce"]');
  await quiz.scrollIntoViewIfNeeded();
  const questions = quiz.locator('.quiz__question');
  await quiz.locator('fieldset:not([disabled])').first().waitFor(); // hydrated
  const count = await questions.count();
  assert.ok(count >= 3 && count <= 5, `a quiz has 3 to 5 questions, found ${count}`);
  assert.match(await questions.first().locator('legend').innerText(), /^Question 1 of \d\b/);

  // Answer every question with the keyboard: focus the first option, arrow to the chosen one, submit.
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    await question.locator('input[type="radio"]').first().waitFor();
    await question.locator('input[type="radio"]').first().focus();
    await page.keyboard.press('Space');
    await question.getByRole('button', { name: 'Check answer' }).click();
    await question.locator('.quiz__explanation').first().waitFor();
    const explanations = await question.locator('.quiz__explanation').count();
    assert.equal(explanations, await question.locator('input[type="radio"]').count());
  }
  const states = await questions.evaluateAll((qs) => qs.map((q) => q.dataset.state));
  assert.ok(states.every((s) => s === 'correct' || s === 'wrong'));
  assert.match(await quiz.locator('.quiz__summary').innerText(), /You got \d of \d right/);

  // The wording reads as meant: code shown as code, no backticks, no doubled labels or stops.
  const text = await quiz.innerText();
  assert.doesNotMatch(text, /`/, 'quiz text shows no raw backticks');
  assert.doesNotMatch(text, /Right answer\.? Right|”\.|\.\./);
  assert.ok((await quiz.locator('legend code, .quiz__option code').count()) > 0, 'code is code');

  await page.reload();
  await quiz.scrollIntoViewIfNeeded();
  await quiz.locator('fieldset:not([disabled])').first().waitFor();
  await page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll('.quiz__question')].map((q) => q.dataset.state).join() ===
      expected,
    states.join(),
  );

  // Retake until every answer is right: the explanations say which option is right.
  while ((await quiz.getAttribute('data-passed')) !== 'true') {
    const rights = await questions.evaluateAll((qs) =>
      qs.map((q) =>
        [...q.querySelectorAll('.quiz__option')].findIndex((o) => o.dataset.correct === 'true'),
      ),
    );
    await quiz.getByRole('button', { name: /Start again|Take the quiz again/ }).click();
    for (let i = 0; i < count; i++) {
      const question = questions.nth(i);
      await question.locator('input[type="radio"]').nth(rights[i]).check();
      await question.getByRole('button', { name: 'Check answer' }).click();
      await question.locator('.quiz__explanation').first().waitFor();
    }
  }
  assert.match(await quiz.locator('.quiz__summary').innerText(), /Quiz passed/);

  await page.goto(site.origin + '/');
  const item = page.locator('.outline__item[data-lesson="what-is-a-bounce"][data-quiz="passed"]');
  await item.waitFor();
  const core = page.locator('.outline__track[data-track="core"] .outline__summary');
  const ops = page.locator('.outline__track[data-track="ops"] .outline__summary');
  assert.match(await core.innerText(), /1 of 5 lessons read · 1 of 5 quizzes passed/);
  assert.match(await ops.innerText(), /0 of \d+ lessons read · 0 of \d+ quizzes passed/);

  await page.goto(site.origin + '/progress/');
  const row = page.locator('tr[data-lesson="what-is-a-bounce"]');
  await page.waitForFunction(() =>
    /Passed/.test(document.querySelector('tr[data-lesson="what-is-a-bounce"]')?.textContent ?? ''),
  );
  assert.match(await row.innerText(), /Passed/);
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  const afterReset = await settled(
    () => row.innerText(),
    (text) => /Not taken/.test(text),
  );
  assert.match(afterReset, /Not taken/);
  await context.close();
});

test('the lesson sidebar shows both tracks and marks what the reader has read', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.origin + '/lessons/what-is-not-a-bounce/');
  const nav = page.locator('nav.course-nav');
  assert.deepEqual(
    await nav.locator('.course-nav__track').evaluateAll((ts) => ts.map((t) => t.dataset.track)),
    ['core', 'ops'],
  );
  assert.equal(
    await nav.locator('a[aria-current="page"]').getAttribute('href'),
    '/lessons/what-is-not-a-bounce/',
  );
  assert.match(await page.locator('.lesson__kicker').innerText(), /core track · lesson 4 of 5/i);

  // Reaching the end marks the lesson read; the sidebar counts it in its own track only.
  await page.locator('.mark-read').scrollIntoViewIfNeeded();
  await page.locator('.mark-read[data-read="true"]').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  const core = nav.locator('.course-nav__track[data-track="core"] .course-nav__count');
  await page.waitForFunction(
    () =>
      document.querySelector(
        'nav.course-nav .course-nav__track[data-track="core"] .course-nav__count',
      )?.textContent === '1 of 5 read',
  );
  assert.equal(await core.innerText(), '1 of 5 read');
  assert.match(
    await nav.locator('.course-nav__track[data-track="ops"] .course-nav__count').innerText(),
    /^0 of \d+ read$/,
  );
  assert.match(
    await nav.locator('li[data-read="true"]').innerText(),
    /What is not a bounce.*\(read\)/s,
  );

  // The last core lesson leads on to the operations track.
  await page.goto(site.origin + '/lessons/team-playbook/');
  assert.match(
    await page.locator('.pager__link--next').innerText(),
    /finished the core track.*operations track/is,
  );
  await context.close();
});

test('a damaged progress store never shows "undefined" or "NaN"', async () => {
  const context = await site.browser.newContext();
  await context.addInitScript(() => {
    localStorage.setItem(
      'bounce-lab:quizzes',
      JSON.stringify({
        'what-is-a-bounce': {
          answers: { 'where-bounce-goes': 7, 'who-writes-bounce': 'x' },
          total: 'lots',
        },
        'hard-vs-soft-bounces': { total: 4, correct: 4, passed: true },
        'why-bounces-happen': 3,
        'not-a-lesson': { answers: { q: 1 } },
      }),
    );
    localStorage.setItem('bounce-lab:read-lessons', JSON.stringify({ 'what-is-a-bounce': true }));
  });
  const page = await context.newPage();
  for (const path of ['/', '/progress/', '/lessons/what-is-a-bounce/']) {
    await page.goto(site.origin + path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, /undefined|NaN|null of/, `${path} reads a damaged store safely`);
  }
  // The answer that names no option counts as unanswered, so the question can still be answered.
  const first = page.locator('.quiz__question[data-question="where-bounce-goes"]');
  await first.locator('fieldset:not([disabled])').waitFor();
  assert.equal(await first.getAttribute('data-state'), 'unanswered');
  await page.goto(site.origin + '/');
  assert.match(
    await page.locator('.outline__track[data-track="core"] .outline__summary').innerText(),
    /0 of 5 lessons read · 0 of 5 quizzes passed/,
  );
  await context.close();
});

test('the triage tree works without JavaScript and leads to lessons and the inspector', async () => {
  const context = await site.browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 320, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(site.origin + '/triage/');
  const leaves = page.locator('.triage details');
  assert.ok((await leaves.count()) >= 10, 'one answer per kind of message and reason');
  // Every leaf with an action names a lesson section and an example (or the inspector).
  for (const leaf of await page.locator('.triage__leaf[data-action]').all()) {
    const hrefs = await leaf
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(
      hrefs.some((h) => h.startsWith('/lessons/')),
      `a lesson link in ${hrefs.join(' ')}`,
    );
    assert.ok(
      hrefs.some((h) => h.startsWith('/inspector/')),
      `an inspector link in ${hrefs.join(' ')}`,
    );
  }
  // A reader opens "it could not be delivered", goes on to question 2, and opens a reason.
  const failed = page.locator('.triage summary', { hasText: 'could not be delivered' });
  await failed.click();
  await page.getByRole('link', { name: 'Go on to question 2' }).click();
  await page.waitForURL(/#step-2$/);
  assert.match(page.url(), /#step-2$/);
  const gone = page.locator('.triage details', { hasText: 'The address is gone' });
  await gone.locator('summary').click();
  assert.equal(await gone.getAttribute('open'), '');
  assert.match(await gone.locator('.triage__action').innerText(), /Suppress/);
  const example = gone.locator('a[href^="/inspector/?sample="]').first();
  assert.equal(await example.getAttribute('href'), '/inspector/?sample=gmail-user-unknown');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
  await context.close();
});

test('the triage tree can be walked with the keyboard', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.origin + '/triage/');
  const summary = page.locator('.triage summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.triage details').first().getAttribute('open'), '');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  assert.match(focused ?? '', /^\/lessons\/what-is-not-a-bounce\//);
  await page.close();
});

test('search finds greylisting, with its code and index loaded only when the reader searches', async () => {
  const page = await site.browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(site.origin + '/reference/');
  assert.deepEqual(
    requests.filter((s) => /pagefind|search/.test(s)),
    [],
    'no search code loads before search is opened',
  );
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  const input = dialog.getByLabel('Search the course');
  await input.waitFor();
  assert.deepEqual(
    requests.filter((s) => s.startsWith('/pagefind/index/')),
    [],
    'the index loads only when the reader searches',
  );
  await input.fill('greylisting');
  const result = dialog.locator('.search__result > a').first();
  await result.waitFor();
  const titles = await dialog.locator('.search__result > a').allInnerTexts();
  assert.match(await dialog.locator('.search__status').innerText(), /found for “greylisting”/);
  assert.ok(
    titles.some((t) => /why bounces happen|greylist/i.test(t)),
    `results: ${titles.join(' | ')}`,
  );
  assert.ok(requests.some((s) => s.startsWith('/pagefind/index/')));
  await page.close();
});
