// Accessibility: an axe scan of every built page must find nothing. Every rule runs in the light
// theme; the dark theme is scanned again for what a theme can change (colour contrast).
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtPages, pool, useSite } from './harness.mjs';

const site = useSite();

for (const theme of ['light', 'dark']) {
  test(`every page has no axe violations in the ${theme} theme`, async () => {
    const context = await site.browser.newContext({ colorScheme: theme });
    const problems = [];
    const pages = builtPages();
    await pool(pages, 3, async (path) => {
      const page = await context.newPage();
      await page.goto(site.origin + path, { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
      // Scroll to the end so islands that hydrate when visible are scanned hydrated.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const axe = new AxeBuilder({ page });
      if (theme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
      const { violations } = await axe.analyze();
      for (const v of violations) {
        const where = v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ');
        problems.push(`${path} [${theme}] ${v.id} (${v.impact}): ${v.help} at ${where}`);
      }
      await page.close();
    });
    await context.close();
    console.log(`axe (${theme}): ${pages.length} pages scanned, ${problems.length} violations`);
    assert.deepEqual(problems.sort(), []);
  });
}
