// The end-of-track triage exercise (/exercises/core/, /exercises/ops/): a whole exercise done with
// the keyboard alone, the score and the printable result, progress kept in local storage (and a
// tampered value survived), 320 px in both themes, axe in both themes with answers showing.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settled, useSite } from './harness.mjs';

const site = useSite();

/** The core mailbox in page order, with the pile each message belongs in. */
const CORE = [
  'suppress',
  'not-a-bounce',
  'fix',
  'wait',
  'suppress',
  'fix',
  'wait',
  'not-a-bounce',
  'suppress',
  'fix',
  'wait',
  'not-a-bounce',
];
const PILES = ['suppress', 'wait', 'fix', 'not-a-bounce'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What the page describes the focused element as, for assertions. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      action: el?.getAttribute('data-action') ?? null,
      className: el?.className ?? '',
      id: el?.id ?? '',
      text: el?.textContent?.trim().slice(0, 60) ?? '',
      message: el?.closest('.triage-msg')?.id ?? null,
    };
  });

/** Presses Tab until `match(focused)` holds; fails after `limit` presses. */
async function tabTo(page, match, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  assert.fail(`Tab never reached the element (last: ${JSON.stringify(await focused(page))})`);
}

/**
 * The running score, once it reads `want` (or whatever it reads after the wait). The result is an
 * island of its own: it fills the line when it hydrates and again after each answer, a little
 * later than the message islands update.
 */
const status = (page, want) =>
  settled(
    () => page.locator('.triage-result__status').innerText(),
    (text) => text === want,
  );

/** The page's horizontal overflow in CSS pixels. */
const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the core exercise done with the keyboard alone: score, explanations, printable result', async () => {
  const context = await site.browser.newContext();
  await context.addInitScript(() => {
    window.print = () => {
      window.__printed = (window.__printed ?? 0) + 1;
    };
  });
  const page = await context.newPage();
  await page.goto(site.origin + '/exercises/core/');
  await page.locator('.triage-answer__pile:not([disabled])').first().waitFor();
  assert.equal(await page.locator('.triage-msg').count(), 12);
  assert.equal(await status(page, '12 messages to sort.'), '12 messages to sort.');

  // Every message the right pile except the last, which goes to "wait" instead of "not a bounce".
  const answers = [...CORE.slice(0, 11), 'wait'];
  for (const [i, pile] of answers.entries()) {
    const id = `triage-core-${i + 1}`;
    await tabTo(page, (f) => f.message === id && f.action === 'suppress');
    for (let k = 0; k < PILES.indexOf(pile); k++) await page.keyboard.press('Tab');
    assert.equal((await focused(page)).action, pile, `message ${i + 1}: the ${pile} button`);
    await page.keyboard.press('Enter');
    const card = page.locator(`#${id}`);
    await card.locator('.triage-feedback').waitFor();
    const f = await settled(
      () => focused(page),
      (x) => x.className.includes('triage-feedback'),
    );
    assert.match(f.className, /triage-feedback/, `message ${i + 1}: the explanation has focus`);
    assert.equal(
      await card.locator('.triage-feedback').getAttribute('data-result'),
      i < 11 ? 'right' : 'wrong',
    );
    // Onward with the "Next message" (or "Your result") link.
    const link = await tabTo(page, (x) => x.tag === 'a' && x.message === id);
    assert.match(link.text, i < 11 ? /Next message/ : /Your result/);
    await page.keyboard.press('Enter');
  }
  const atResult = await settled(
    () => focused(page),
    (x) => x.id === 'triage-core-result',
  );
  assert.equal(atResult.id, 'triage-core-result');

  // The explanations come from the classifier's verdicts.
  const first = page.locator('#triage-core-1 .triage-feedback');
  const firstText = await first.innerText();
  assert.match(firstText, /Right: Suppress\./);
  assert.match(firstText, /A hard bounce: Address does not exist \(userunknown\)/);
  assert.match(firstText, /Why suppress/);
  assert.equal(await first.locator('mark').innerText(), '5.1.1');
  const last = await page.locator('#triage-core-12 .triage-feedback').innerText();
  assert.match(last, /Not quite: you chose Wait; it belongs in Not a bounce\./);
  assert.match(last, /A delivery report/);

  // The score and the printable line, dated today in the reader's words.
  assert.equal(
    await status(page, 'All 12 messages sorted: 11 in the right pile.'),
    'All 12 messages sorted: 11 in the right pile.',
  );
  const now = new Date();
  const today = `${now.getDate()} ${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
  assert.equal(
    await page.locator('.triage-certificate__line').innerText(),
    `Completed the core track triage exercise — 11/12 — ${today}`,
  );
  assert.equal(await page.locator('.triage-certificate tbody tr').count(), 12);
  assert.equal(await page.locator('.triage-certificate tr[data-result="wrong"]').count(), 1);

  // A name for the onboarding file, typed and committed with the keyboard.
  await tabTo(page, (f) => f.tag === 'input');
  await page.keyboard.type('Ana Lopez');
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('.triage-certificate__name').innerText(), 'Ana Lopez');

  // The Print button prints the result alone.
  assert.equal((await focused(page)).text, 'Print the result');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.__printed), 1);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.printing), 'triage');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.triage-certificate').isVisible(), true);
  assert.equal(await page.locator('.triage-certificate__line').isVisible(), true);
  assert.equal(await page.locator('h1').isVisible(), false);
  assert.equal(await page.locator('#triage-core-1').isVisible(), false);
  assert.equal(await page.locator('.triage-result__actions').isVisible(), false);
  assert.equal(await page.locator('.site-header').isVisible(), false);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.evaluate(() => document.documentElement.dataset.printing), undefined);
  // Printed from the browser's own menu, the page keeps the messages but not the buttons.
  assert.equal(await page.locator('#triage-core-1').isVisible(), true);
  await page.emulateMedia({ media: 'screen' });

  // Kept in this browser: a reload shows the same result.
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('bounce-lab:triage')));
  assert.equal(Object.keys(stored.core.answers).length, 12);
  assert.equal(stored.core.name, 'Ana Lopez');
  await page.reload();
  await page.locator('.triage-certificate').waitFor();
  assert.match(await page.locator('.triage-certificate__line').innerText(), /— 11\/12 —/);

  // Starting again clears the answers and puts the focus on the first message.
  await page.getByRole('button', { name: 'Start again' }).click();
  const feedbackLeft = () => page.locator('.triage-feedback').count();
  assert.equal(await settled(feedbackLeft, (n) => n === 0), 0);
  const focus = await settled(
    () => focused(page),
    (x) => x.id === 'triage-core-1-title',
  );
  assert.equal(focus.id, 'triage-core-1-title');
  assert.equal(await status(page, '12 messages to sort.'), '12 messages to sort.');
  await context.close();
});

test('a tampered or broken stored value keeps what is valid and never breaks the page', async () => {
  const context = await site.browser.newContext();
  await context.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'bounce-lab:triage',
      JSON.stringify({
        core: {
          answers: { 'postfix-user-unknown': 'panic', 'auto-reply-out-of-office': 'not-a-bounce' },
          completedOn: 'yesterday',
          name: 42,
        },
        ops: 'nonsense',
      }),
    );
  });
  const page = await context.newPage();
  await page.goto(site.origin + '/exercises/core/');
  await page.locator('#triage-core-2 .triage-feedback').waitFor();
  assert.equal(await page.locator('#triage-core-1 .triage-answer__pile').count(), 4);
  assert.equal(
    await status(page, '1 of 12 sorted, 1 in the right pile so far.'),
    '1 of 12 sorted, 1 in the right pile so far.',
  );

  await page.evaluate(() => localStorage.setItem('bounce-lab:triage', '{{{ not json'));
  await page.goto(site.origin + '/exercises/ops/');
  await page.locator('.triage-answer__pile:not([disabled])').first().waitFor();
  assert.equal(await status(page, '12 messages to sort.'), '12 messages to sort.');
  await page.locator('#triage-ops-1 [data-action="suppress"]').click();
  await page.locator('#triage-ops-1 .triage-feedback[data-result="right"]').waitFor();
  await context.close();
});

/** Sorts every message of a track into the "wait" pile by clicking, then waits for the result. */
async function finish(page, track) {
  const cards = page.locator('.triage-msg');
  const count = await cards.count();
  for (let i = 0; i < count; i++) {
    await cards.nth(i).locator('[data-action="wait"]').click();
    await cards.nth(i).locator('.triage-feedback').waitFor();
  }
  await page.locator(`#triage-${track}-result`).waitFor();
  await page.locator('.triage-certificate').waitFor();
}

for (const theme of ['light', 'dark']) {
  test(`both exercises at 320 px and under axe in the ${theme} theme, before and after answering`, async () => {
    const context = await site.browser.newContext({
      colorScheme: theme,
      viewport: { width: 320, height: 640 },
    });
    for (const track of ['core', 'ops']) {
      const page = await context.newPage();
      await page.goto(site.origin + `/exercises/${track}/`);
      await page.locator('.triage-answer__pile:not([disabled])').first().waitFor();
      const problems = [];
      const scan = async (state) => {
        assert.equal(await overflow(page), 0, `/exercises/${track}/ ${state}: no sideways scroll`);
        const axe = new AxeBuilder({ page });
        if (theme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
        const { violations } = await axe.analyze();
        for (const v of violations) {
          problems.push(`${state} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
        }
      };
      await scan('unanswered');
      await finish(page, track);
      await scan('answered');
      assert.deepEqual(problems, [], `/exercises/${track}/ [${theme}]`);
      await page.close();
    }
    await context.close();
  });
}
