// The course as a reader uses it: examples computed by the classifier, quizzes, progress, search.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useSite } from './harness.mjs';

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

test('a quiz is answered in the page, remembered after a reload, and moves progress on the home page', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.origin + '/lessons/what-is-a-bounce/');
  const quiz = page.locator('.quiz[data-quiz="what-is-a-bounce"]');
  await quiz.scrollIntoViewIfNeeded();
  const questions = quiz.locator('.quiz__question');
  await quiz.locator('fieldset:not([disabled])').first().waitFor(); // hydrated
  const count = await questions.count();
  assert.ok(count >= 3 && count <= 5, `a quiz has 3 to 5 questions, found ${count}`);

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
    }
  }
  assert.match(await quiz.locator('.quiz__summary').innerText(), /Quiz passed/);

  await page.goto(site.origin + '/');
  const item = page.locator('.outline__item[data-lesson="what-is-a-bounce"][data-quiz="passed"]');
  await item.waitFor();
  assert.match(await page.locator('.outline__summary').innerText(), /1 of \d+ quizzes passed/);

  await page.goto(site.origin + '/progress/');
  const row = page.locator('tr[data-lesson="what-is-a-bounce"]');
  await page.waitForFunction(() =>
    /Passed/.test(document.querySelector('tr[data-lesson="what-is-a-bounce"]')?.textContent ?? ''),
  );
  assert.match(await row.innerText(), /Passed/);
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  assert.match(await row.innerText(), /Not taken/);
  await context.close();
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
    titles.some((t) => /soft|greylist/i.test(t)),
    `results: ${titles.join(' | ')}`,
  );
  assert.ok(requests.some((s) => s.startsWith('/pagefind/index/')));
  await page.close();
});
